using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// Curly (“ ” ‘ ’) and straight (" ') quotation marks and apostrophes mixed in one article. The style used most
/// wins; each mark of the other style is reported with a fix that writes it in the winning style. Marks after a
/// digit (5'11", the '90s excepted) are primes, not quotes, and are left alone.
/// </summary>
public sealed class QuotesRule : IRule
{
    private enum Style
    {
        Straight,
        Curly,
    }

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.Quotes",
        "Curly and straight quotes mixed",
        Severity.Info,
        "The article uses both curly (typographic) and straight quotation marks or apostrophes, usually because "
        + "text was pasted from different sources. Use one style throughout; the fix converts a mark to the style "
        + "the article uses most.",
        "“Iran is talking to us,” he said. It's \"serious\". -> “Iran is talking to us,” he said. It’s “serious”.");

    public void Analyze(AnalysisContext context)
    {
        // The same vote as the other Consistency rules, counted in a first pass without keeping every mark; only an
        // article that mixes styles is read again for the outliers, in document order.
        var tally = new StyleTally(2);
        foreach (BlockAnalysis block in context.Blocks)
        {
            string text = block.Text;
            for (int i = TextScan.Next(text, 0, Marks); i >= 0; i = TextScan.Next(text, i + 1, Marks))
            {
                if (StyleAt(text, i) is { } style)
                {
                    tally.Add((int)style);
                }
            }
        }

        if (tally.Used < 2)
        {
            return;
        }

        var majority = (Style)tally.Majority;
        int total = tally.Total;
        int winner = tally.CountOf((int)majority);
        bool decisive = tally.IsDecisive;
        foreach (BlockAnalysis block in context.Blocks)
        {
            string text = block.Text;
            for (int i = TextScan.Next(text, 0, Marks); i >= 0; i = TextScan.Next(text, i + 1, Marks))
            {
                if (StyleAt(text, i) is not { } style || style == majority)
                {
                    continue;
                }

                var span = new TextSpan(i, 1);
                char mark = text[i];
                string replacement = majority == Style.Straight ? Straighten(mark) : Curl(text, i);
                string kind = mark is '"' or '\u201C' or '\u201D' ? "quotation mark" : "apostrophe or single quote";
                string message = $"{(majority == Style.Straight ? "curly" : "straight")} {kind} {mark}; the article mostly uses {majority.ToString().ToLowerInvariant()} marks ({winner} of {total})";
                context.Report(Descriptor, block, span, message, Fix.Replace($"Write {replacement}", block.Block, span, replacement, safe: decisive));
            }
        }
    }

    /// <summary>The style of the mark at <paramref name="i"/>, or null for a prime (a mark after a digit).</summary>
    private static Style? StyleAt(string text, int i)
    {
        char c = text[i];
        if (c is '\u201C' or '\u201D' or '\u2018' or '\u2019')
        {
            return Style.Curly;
        }

        return c is '"' or '\'' && !(i > 0 && char.IsDigit(text[i - 1])) ? Style.Straight : null;
    }

    /// <summary>Quotation marks and apostrophes, curly and straight: the only characters the vote counts.</summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\u201C\u201D\u2018\u2019\"'");

    private static string Straighten(char mark) => mark is '\u201C' or '\u201D' ? "\"" : "'";

    /// <summary>An opening mark at the start, after space or an opening bracket or dash; a closing mark (or apostrophe) otherwise.</summary>
    private static string Curl(string text, int index)
    {
        bool opens = index == 0 || char.IsWhiteSpace(text[index - 1]) || text[index - 1] is '(' or '[' or '\u2014' or '\u2013' or '\u201C' or '\u2018';
        bool apostropheOfElision = text[index] == '\'' && opens && index + 1 < text.Length && char.IsDigit(text[index + 1]);
        return text[index] == '"'
            ? (opens ? "\u201C" : "\u201D")
            : (opens && !apostropheOfElision ? "\u2018" : "\u2019");
    }
}
