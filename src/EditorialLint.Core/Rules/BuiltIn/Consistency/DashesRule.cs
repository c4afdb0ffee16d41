using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// Parenthetical dashes written two ways in one article: spaced en dashes ("a – b"), closed em dashes ("a—b"),
/// spaced em dashes ("a — b"), or typewriter dashes ("a - b", "a -- b"). The style used most wins; each other
/// dash is reported with a fix that writes the winning style. Hyphens inside words and dashes in ranges
/// ("1990–95", "pages 4-6") are not parenthetical dashes.
/// </summary>
public sealed class DashesRule : IRule
{
    private enum Style
    {
        SpacedEn,
        ClosedEm,
        SpacedEm,
        SpacedHyphen,
        DoubleHyphen,
    }

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.Dashes",
        "Dash styles mixed",
        Severity.Info,
        "The article writes its parenthetical dashes in more than one style: spaced en dashes (British and most "
        + "newspaper styles), closed em dashes (AP and Chicago), or typewriter hyphens. Use one style throughout; "
        + "the fix converts a dash to the style the article uses most.",
        "\"It has receded – if only for now. Everything else—formats, venues—is secondary.\" -> use \" – \" throughout");

    public void Analyze(AnalysisContext context)
    {
        // The same vote as the other Consistency rules, counted in a first pass without keeping every dash; only an
        // article that mixes styles is read again for the outliers, in document order.
        var tally = new StyleTally(5);
        foreach (BlockAnalysis block in context.Blocks)
        {
            string text = block.Text;
            for (int i = TextScan.Next(text, 0, Dashes); i >= 0; i = TextScan.Next(text, i + 1, Dashes))
            {
                if (TryRead(text, i, out TextSpan span, out Style style))
                {
                    tally.Add((int)style);
                    i = span.End - 1;
                }
            }
        }

        if (tally.Used < 2)
        {
            return;
        }

        var majority = (Style)tally.Majority;
        string replacement = Write(majority);
        bool decisive = tally.IsDecisive;
        foreach (BlockAnalysis block in context.Blocks)
        {
            string text = block.Text;
            for (int i = TextScan.Next(text, 0, Dashes); i >= 0; i = TextScan.Next(text, i + 1, Dashes))
            {
                if (!TryRead(text, i, out TextSpan span, out Style style))
                {
                    continue;
                }

                i = span.End - 1;
                if (style == majority)
                {
                    continue;
                }

                string found = block.TextOf(span);
                string message = $"{Describe(style)} '{found.Trim()}'; the article mostly uses {Plural(majority)} ({tally.CountOf((int)majority)} of {tally.Total})";
                context.Report(Descriptor, block, span, message, Fix.Replace($"Write '{replacement.Trim()}' as {Describe(majority)}", block.Block, span, replacement, safe: decisive));
            }
        }
    }

    /// <summary>A parenthetical dash at <paramref name="i"/>, with the spaces around it when it is spaced.</summary>

    /// <summary>En dash, em dash and hyphen: only these can start a dash.</summary>
    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("\u2013\u2014-");

    private static bool TryRead(string text, int i, out TextSpan span, out Style style)
    {
        span = default;
        style = default;
        char c = text[i];
        if (c is not ('\u2013' or '\u2014' or '-'))
        {
            return false;
        }

        int end = i + 1;
        if (c == '-' && end < text.Length && text[end] == '-')
        {
            end++;
        }

        bool spaceBefore = i > 0 && text[i - 1] == ' ';
        bool spaceAfter = end < text.Length && text[end] == ' ';
        bool wordBefore = i > 0 && char.IsLetterOrDigit(text[i - 1]);
        bool wordAfter = end < text.Length && char.IsLetterOrDigit(text[end]);

        if (end - i == 2)
        {
            style = Style.DoubleHyphen;
        }
        else if (spaceBefore && spaceAfter)
        {
            style = c switch { '\u2013' => Style.SpacedEn, '\u2014' => Style.SpacedEm, _ => Style.SpacedHyphen };
        }
        else if (c == '\u2014' && (wordBefore || wordAfter) && !(i > 0 && char.IsDigit(text[i - 1]) && wordAfter && char.IsDigit(text[end])))
        {
            style = Style.ClosedEm;
        }
        else
        {
            return false; // a hyphen in a word, a range ("1990–95"), a minus sign, a list bullet
        }

        // A spaced hyphen between numbers is a score or a range ("won 4 - 0").
        if (style == Style.SpacedHyphen && i >= 2 && char.IsDigit(text[i - 2]) && end + 1 < text.Length && char.IsDigit(text[end + 1]))
        {
            return false;
        }

        int start = spaceBefore && style != Style.ClosedEm ? i - 1 : i;
        int stop = spaceAfter && style != Style.ClosedEm ? end + 1 : end;
        span = TextSpan.FromBounds(start, stop);
        return true;
    }

    private static string Write(Style style) => style switch
    {
        Style.SpacedEn => " \u2013 ",
        Style.ClosedEm => "\u2014",
        Style.SpacedEm => " \u2014 ",
        Style.SpacedHyphen => " - ",
        _ => " -- ",
    };

    private static string Plural(Style style) => style switch
    {
        Style.SpacedEn => "spaced en dashes",
        Style.ClosedEm => "closed em dashes",
        Style.SpacedEm => "spaced em dashes",
        Style.SpacedHyphen => "spaced hyphens as dashes",
        _ => "double hyphens as dashes",
    };

    private static string Describe(Style style) => style switch
    {
        Style.SpacedEn => "spaced en dash",
        Style.ClosedEm => "closed em dash",
        Style.SpacedEm => "spaced em dash",
        Style.SpacedHyphen => "spaced hyphen used as a dash",
        _ => "double hyphen used as a dash",
    };
}
