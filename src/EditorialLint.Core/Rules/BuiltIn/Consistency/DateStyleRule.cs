using System.Globalization;
using System.Text.RegularExpressions;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// Dates written in more than one style in one article: month-day ("June 30", "Feb. 4, 2026"), day-month
/// ("30 June", "4 Feb 2026"), ISO ("2026-02-04") or all-numeric ("04/02/2026"). The style used most wins (on a
/// tie, the first used); the others are reported, with a fix that swaps day and month for the two word styles.
/// The classification is this rule's own, minimal one (month name and day next to each other), until the Dates
/// family's analysis offers one.
/// </summary>
public sealed partial class DateStyleRule : IRule
{
    private enum Style
    {
        MonthDay,
        DayMonth,
        Iso,
        Numeric,
    }

    private readonly record struct DateMention(TextSpan Span, Style Style, string Month, string Day, string? Year);

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.DateStyle",
        "Date styles mixed",
        Severity.Info,
        "The article writes dates in more than one style, such as \"4 Feb 2026\" and \"June 30\". Pick the house "
        + "style (AP: \"Feb. 4\"; most British papers: \"4 February\") and use it throughout; the fix rewrites a date "
        + "in the order the article uses most.",
        "\"Published On 4 Feb 2026 ... travelled to Moscow on June 30\" -> \"... on 30 June\"");

    public void Analyze(AnalysisContext context)
    {
        var vote = new StyleVote<Style>();
        var mentions = new Dictionary<(int Block, int Start), DateMention>();
        foreach (BlockAnalysis block in context.Blocks)
        {
            foreach (DateMention mention in Find(block))
            {
                vote.Add(block, mention.Span, mention.Style);
                mentions[(block.Block.Index, mention.Span.Start)] = mention;
            }
        }

        var outliers = vote.Outliers(out Style majority).ToList();
        if (outliers.Count == 0)
        {
            return;
        }

        StyleOccurrence<Style> example = vote.Occurrences.First(o => o.Style == majority);
        string exampleText = example.Block.TextOf(example.Span).Replace('\n', ' ');
        foreach (var o in outliers)
        {
            DateMention mention = mentions[(o.Block.Block.Index, o.Span.Start)];
            string found = o.Block.TextOf(o.Span).Replace('\n', ' ');
            string message = $"'{found}' is written {Describe(o.Style)}, but the article mostly writes dates {Describe(majority)} ('{exampleText}')";
            string? rewritten = Rewrite(mention, majority);
            Fix[] fixes = rewritten is null ? [] : [Fix.Replace($"Write '{rewritten}'", o.Block.Block, o.Span, rewritten, safe: true)];
            context.Report(Descriptor, o.Block, o.Span, message, fixes);
        }
    }

    private static IEnumerable<DateMention> Find(BlockAnalysis block)
    {
        var found = new List<DateMention>();
        foreach (Match m in NumericDate().Matches(block.Text))
        {
            found.Add(new DateMention(new TextSpan(m.Index, m.Length), m.Groups["iso"].Success ? Style.Iso : Style.Numeric, string.Empty, string.Empty, null));
        }

        var tokens = block.Tokens;
        foreach (int i in block.WordTokenIndices)
        {
            Token token = tokens[i];
            string word = block.TextOf(token);
            if (!char.IsUpper(word[0]) || !SimpleDateParser.TryMonth(word, out _))
            {
                continue;
            }

            // Month then day: "June 30", "Feb. 4", "June 30, 2026".
            int after = i + 1;
            bool period = after < tokens.Length && block.Text[tokens[after].Start] == '.' && tokens[after].Length == 1;
            if (period)
            {
                after++;
            }

            if (after + 1 < tokens.Length && tokens[after].Kind == TokenKind.Whitespace && IsDay(block, tokens[after + 1]))
            {
                int end = tokens[after + 1].End;
                string? year = YearAfter(block, after + 1, allowComma: true, ref end);
                found.Add(new DateMention(TextSpan.FromBounds(token.Start, end), Style.MonthDay, word + (period ? "." : string.Empty), block.TextOf(tokens[after + 1]), year));
                continue;
            }

            // Day then month: "30 June", "4 Feb 2026".
            if (i >= 2 && tokens[i - 1].Kind == TokenKind.Whitespace && IsDay(block, tokens[i - 2]))
            {
                int end = token.End;
                string? year = YearAfter(block, i, allowComma: false, ref end);
                found.Add(new DateMention(TextSpan.FromBounds(tokens[i - 2].Start, end), Style.DayMonth, word, block.TextOf(tokens[i - 2]), year));
            }
        }

        return found.OrderBy(m => m.Span.Start);
    }

    /// <summary>"30", "4th": a day of the month.</summary>
    private static bool IsDay(BlockAnalysis block, Token token)
    {
        ReadOnlySpan<char> text = block.Span(token);
        if (token.Kind == TokenKind.Word && text.Length is 3 or 4 && (text.EndsWith("st") || text.EndsWith("nd") || text.EndsWith("rd") || text.EndsWith("th")))
        {
            text = text[..^2];
        }
        else if (token.Kind != TokenKind.Number)
        {
            return false;
        }

        return text.Length <= 2 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int day) && day is >= 1 and <= 31;
    }

    /// <summary>A four-digit year right after the token (" 2026" or ", 2026"), extending <paramref name="end"/> over it.</summary>
    private static string? YearAfter(BlockAnalysis block, int tokenIndex, bool allowComma, ref int end)
    {
        var tokens = block.Tokens;
        int i = tokenIndex + 1;
        if (allowComma && i < tokens.Length && block.Text[tokens[i].Start] == ',' && tokens[i].Length == 1)
        {
            i++;
        }

        if (i + 1 < tokens.Length && tokens[i].Kind == TokenKind.Whitespace && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Length == 4)
        {
            end = tokens[i + 1].End;
            return block.TextOf(tokens[i + 1]);
        }

        return null;
    }

    private static string? Rewrite(DateMention mention, Style target)
    {
        string month = mention.Month;
        return (mention.Style, target) switch
        {
            (Style.MonthDay, Style.DayMonth) => $"{mention.Day} {month.TrimEnd('.')}" + (mention.Year is null ? string.Empty : " " + mention.Year),
            (Style.DayMonth, Style.MonthDay) => $"{month}{(month.Length == 3 && !month.Equals("May", StringComparison.Ordinal) ? "." : string.Empty)} {mention.Day}" + (mention.Year is null ? string.Empty : ", " + mention.Year),
            _ => null,
        };
    }

    private static string Describe(Style style) => style switch
    {
        Style.MonthDay => "month-day",
        Style.DayMonth => "day-month",
        Style.Iso => "as ISO year-month-day",
        _ => "in numbers",
    };

    /// <summary>"2026-02-04" (ISO) and "04/02/2026", "4.2.26" (numeric).</summary>
    [GeneratedRegex(@"(?<![\d/.-])(?:(?<iso>\d{4}-\d{2}-\d{2})|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();
}
