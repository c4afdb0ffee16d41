namespace EditorialLint.Core.Tests.Dates.Labelled;

/// <summary>One labelled draft: its publication date, expected diagnostics (rule id and flagged text) and body.</summary>
internal sealed record LabelledDraft(string Name, string? Published, IReadOnlyList<(string Rule, string Flagged)> Expected, string Body)
{
    public bool IsTrap => Expected.Count == 0;

    public override string ToString() => Name;
}

/// <summary>Reads tests/.../Dates/Labelled/drafts.txt (format described at the top of that file).</summary>
internal static class LabelledDrafts
{
    public static readonly string[] WarningOrAboveRules =
        ["Dates.PublicationConflict", "Dates.WeekdayMismatch", "Dates.Invalid"];

    public static IReadOnlyList<LabelledDraft> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Dates", "Labelled", "drafts.txt");
        var drafts = new List<LabelledDraft>();
        string? name = null;
        string? published = null;
        var expected = new List<(string, string)>();
        var body = new List<string>();
        var inBody = false;

        void Flush()
        {
            if (name is not null)
            {
                drafts.Add(new LabelledDraft(name, published, [.. expected], string.Join("\n", body).Trim()));
            }
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Flush();
                name = line[4..].Trim();
                published = null;
                expected = [];
                body = [];
                inBody = false;
                continue;
            }

            if (name is null)
            {
                continue;
            }

            if (!inBody)
            {
                if (line.StartsWith("published:", StringComparison.Ordinal))
                {
                    published = line["published:".Length..].Trim();
                }
                else if (line.StartsWith("expect:", StringComparison.Ordinal))
                {
                    var parts = line["expect:".Length..].Split('|', 2);
                    expected.Add((parts[0].Trim(), parts[1].Trim()));
                }
                else if (line.Length == 0)
                {
                    inBody = true;
                }

                continue;
            }

            if (!line.StartsWith('#'))
            {
                body.Add(line);
            }
        }

        Flush();
        return drafts;
    }
}
