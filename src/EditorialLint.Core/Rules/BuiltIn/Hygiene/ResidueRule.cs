using System.Text.RegularExpressions;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Hygiene;

/// <summary>
/// Scraped page furniture and editing leftovers: "Read Entire Article", "International | | | |", "3 hours ago 4",
/// "Click here to subscribe", "TK", "[link]", "XX", lorem ipsum. The phrase lists are data
/// (rules/hygiene/residue.yaml); the shapes (pipe rows, timestamps, placeholders) are found here. Offered fix:
/// delete the leftover when it is a whole paragraph.
/// </summary>
public sealed partial class ResidueRule : IRule
{
    public const string DataFile = "hygiene/residue.yaml";

    private static readonly Lazy<PhraseLists> Lists = new(() => PhraseLists.LoadEmbedded(DataFile));

    /// <summary>Furniture reported only as a line of its own.</summary>
    private static readonly Lazy<PhraseMatcher> LinePhrases = new(() => Lists.Value.Matcher("lines"));

    /// <summary>Calls to action and leftovers reported anywhere.</summary>
    private static readonly Lazy<PhraseMatcher> AnywherePhrases = new(() => Lists.Value.Matcher("anywhere"));

    private static readonly HashSet<string> Placeholders = new(StringComparer.Ordinal) { "TK", "TKTK", "TKTKTK", "XX", "XXX", "XXXX" };

    public RuleDescriptor Descriptor { get; } = new(
        "Hygiene.Residue",
        "Page furniture or editing leftover",
        Severity.Info,
        "Text that is not part of the story: web page furniture carried over by copy and paste (\"Read Entire Article\", "
        + "navigation pipes, \"3 hours ago\" counters, \"Click here to subscribe\") or a drafting leftover (TK, XX, "
        + "[link], lorem ipsum). Delete it, or fill in what it stands for.",
        "\"Read Entire Article\" at the end of a pasted draft -> delete the line")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    public void Analyze(AnalysisContext context)
    {
        foreach (BlockAnalysis block in context.Blocks)
        {
            string text = block.Text;

            // A whole line of furniture: pipes, or a relative timestamp with a counter.
            var furnitureLines = new List<TextSpan>();
            for (int lineStart = 0; lineStart < text.Length;)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd;
                Match? whole = MayBeFurniture(text.AsSpan(lineStart, lineEnd - lineStart)) ? WholeLineFurniture().Match(text, lineStart, lineEnd - lineStart) : null;
                if (whole is { Success: true })
                {
                    TextSpan span = Trimmed(text, lineStart, lineEnd);
                    furnitureLines.Add(span);
                    string kind = whole.Groups["pipes"].Success ? "a row of navigation pipes" : "a relative timestamp from a web page";
                    context.Report(Descriptor, block, span, $"'{Shown(block.TextOf(span))}' is {kind}, not part of the story", DeleteFix(block, span));
                }

                lineStart = lineEnd + 1;
            }

            var matches = LinePhrases.Value.Matches(block).Select(m => (m.Span, Anywhere: false))
                .Concat(AnywherePhrases.Value.Matches(block).Select(m => (m.Span, Anywhere: true)));
            foreach (var (span, anywhere) in matches)
            {
                if (furnitureLines.Any(l => l.OverlapsWith(span)))
                {
                    continue;
                }

                TextSpan line = LineAround(text, span);
                bool wholeLine = line.Start == span.Start && TrimEnd(text, line.End) <= span.End;
                if (!wholeLine && !anywhere)
                {
                    continue;
                }

                string message = $"'{Shown(block.TextOf(span))}' looks like page furniture or an editing leftover";
                context.Report(Descriptor, block, span, message, wholeLine ? [DeleteFix(block, line)] : []);
            }

            if (text.Contains('['))
            {
                foreach (Match m in BracketPlaceholder().Matches(text))
                {
                    context.Report(Descriptor, block, new TextSpan(m.Index, m.Length), $"'{m.Value}' is a placeholder left in the copy");
                }
            }

            var placeholders = Placeholders.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (int i in block.WordTokenIndices)
            {
                Token t = block.Tokens[i];
                if (text[t.Start] is 'T' or 'X' && placeholders.Contains(block.Span(t)) && !AfterCapitalisedWord(block, i))
                {
                    context.Report(Descriptor, block, t.Span, $"'{block.TextOf(t)}' is a placeholder left in the copy");
                }
            }
        }
    }

    /// <summary>"Super Bowl XX", "Pope Pius XX": a Roman numeral after a name, not a placeholder.</summary>
    private static bool AfterCapitalisedWord(BlockAnalysis block, int index)
    {
        int previous = block.PreviousWord(index);
        return previous >= 0 && index - previous == 2 && block.Tokens[index - 1].Kind == TokenKind.Whitespace
            && char.IsUpper(block.Text[block.Tokens[previous].Start]) && !Placeholders.Contains(block.TextOf(block.Tokens[previous]));
    }

    /// <summary>
    /// A line can be furniture only with three pipes or with "ago" (any case): every other line skips the regex.
    /// </summary>
    private static bool MayBeFurniture(ReadOnlySpan<char> line) => line.Count('|') >= 3 || ContainsAgo(line);

    /// <summary>"ago" in any case (as an ordinal case-insensitive search finds it), by its middle letter.</summary>
    private static bool ContainsAgo(ReadOnlySpan<char> line)
    {
        for (int from = 1; from < line.Length - 1;)
        {
            int g = line[from..^1].IndexOfAny('g', 'G');
            if (g < 0)
            {
                return false;
            }

            g += from;
            if ((line[g - 1] | 0x20) == 'a' && (line[g + 1] | 0x20) == 'o')
            {
                return true;
            }

            from = g + 1;
        }

        return false;
    }

    private static Fix DeleteFix(BlockAnalysis block, TextSpan span) =>
        Fix.Replace($"Delete '{Shown(block.TextOf(span))}'", block.Block, span, string.Empty);

    /// <summary>The line (within the block) around a span, without surrounding white space.</summary>
    private static TextSpan LineAround(string text, TextSpan span)
    {
        int start = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        int end = text.IndexOf('\n', span.End);
        return Trimmed(text, start, end < 0 ? text.Length : end);
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The end without trailing space and the dots or arrows of a link ("Read more »").</summary>
    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or '>' or '\u00BB' or '\u203A' or '\u2026'))
        {
            end--;
        }

        return end;
    }

    private static string Shown(string text)
    {
        string flat = text.Replace('\n', ' ').Replace("\r", string.Empty);
        return flat.Length > 50 ? flat[..47] + "…" : flat;
    }

    /// <summary>"International | | | |", "Home | World | Business", "3 hours ago 4", "Updated 12 minutes ago".</summary>
    [GeneratedRegex(@"\G\s*(?:(?<pipes>[^|\n]{0,40}(?:\|\s*){3,}[^|\n]{0,40}|(?:[^|\n]{1,30}\|){3,}[^|\n]{0,30})|(?:updated\s+)?\d{1,2}\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago(?:\s+\d{1,4})?)\s*(?=\r?$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeLineFurniture();

    /// <summary>"[link]", "[TK]", "[photo]", "[insert quote]", "[URL]".</summary>
    [GeneratedRegex(@"\[(?:link|links|url|tk|tktk|photo|pic|image|picture|quote|source|name|date|xx+|citation needed|insert [^\]\n]{1,30}|to come|add [^\]\n]{1,30}|check[^\]\n]{0,30})\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BracketPlaceholder();
}
