using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Dates;

/// <summary>
/// Finds the publication date: an override, else front matter (date, published, publishDate, pubDate,
/// publication_date), else a dateline near the top ("Published On 4 Feb 2026", "Published: February 4, 2026",
/// "Updated 4 Feb 2026"); a published line wins over an updated one. Datelines are read with the same recogniser
/// as prose dates.
/// </summary>
public static class PublicationDateDetector
{
    private static readonly string[] FrontMatterKeys = ["date", "published", "publishDate", "pubDate", "publication_date", "published_at", "publishedAt"];

    /// <summary>How many lines from the top a dateline is looked for.</summary>
    private const int DatelineSearchLines = 25;

    public static PublicationDate? Detect(Document document, DateOnly? overrideDate, string overrideSource = "--published")
    {
        if (overrideDate is { } given)
        {
            return new PublicationDate(given, PublicationDateSource.Override, overrideSource, null);
        }

        if (document.FrontMatter is { } frontMatter)
        {
            foreach (string key in FrontMatterKeys)
            {
                if (frontMatter.TryGetValue(key, out string value, out TextSpan span) && TryParseValue(value, out DateOnly date))
                {
                    return new PublicationDate(date, PublicationDateSource.FrontMatter, $"front matter `{key}`", span);
                }
            }
        }

        return FindDateline(document.Source, document.FrontMatter?.Span.End ?? 0);
    }

    /// <summary>
    /// A metadata value that is one complete date: an ISO date or timestamp ("2026-02-04", "1987-03-13T15:05:02Z"),
    /// or a date in words read by the same recogniser as prose ("4 Feb 2026", "Wednesday, 4 February 2026").
    /// </summary>
    public static bool TryParseValue(string value, out DateOnly date)
    {
        date = default;
        string text = value.Trim().Trim('"', '\'').Trim();
        if (text.Length >= 10 && char.IsDigit(text[0]) && text[4] == '-'
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
        {
            // A timestamp may follow: "2026-02-04T10:00:00Z", "2026-02-04 10:00".
            return text.Length == 10 || (text.Length > 11 && text[10] is 'T' or ' ' && char.IsDigit(text[11]));
        }

        var expressions = TemporalRecognizer.Recognize(text);
        return expressions.Count == 1 && expressions[0] is { Kind: TemporalKind.FullDate } e
            && e.End >= text.TrimEnd('.').Length && (e.Start == 0 || e.WeekdayRange is { Start: 0 })
            && TemporalResolver.TryDate(e.Year!.Value, e.Month!.Value, e.Day!.Value, out date);
    }

    /// <summary>The first "Published ..." line near the top, else the first "Updated ..." line.</summary>
    public static PublicationDate? FindDateline(SourceText source, int startOffset = 0)
    {
        PublicationDate? updated = null;
        int firstLine = startOffset > 0 ? source.GetLineIndex(startOffset) : 0;
        int endLine = Math.Min(source.LineCount, firstLine + DatelineSearchLines);
        for (int line = firstLine; line < endLine; line++)
        {
            TextSpan lineSpan = source.GetLineSpan(line);
            if (lineSpan.Length is 0 or > 200)
            {
                continue;
            }

            // Markup before the label ("*Published on ...*", "> Updated ...") is skipped.
            string text = source.Slice(lineSpan);
            int skip = 0;
            while (skip < text.Length && text[skip] is ' ' or '\t' or '*' or '_' or '#' or '>')
            {
                skip++;
            }

            string label = text[skip..];
            if (!TemporalRecognizer.MayContainExpression(label))
            {
                continue; // no digit, month, weekday or day word: no date
            }

            var expressions = TemporalRecognizer.Recognize(label);
            if (expressions.Count == 0 || expressions[0] is not { Kind: TemporalKind.FullDate } e ||
                e.Role is not (TemporalRole.PublicationLine or TemporalRole.UpdateLine) ||
                !TemporalResolver.TryDate(e.Year!.Value, e.Month!.Value, e.Day!.Value, out DateOnly date))
            {
                continue;
            }

            var found = new PublicationDate(date, PublicationDateSource.Dateline, $"dateline on line {line + 1}",
                new TextSpan(lineSpan.Start + skip + e.Start, e.Length));
            if (e.Role == TemporalRole.PublicationLine)
            {
                return found;
            }

            updated ??= found;
        }

        return updated;
    }
}
