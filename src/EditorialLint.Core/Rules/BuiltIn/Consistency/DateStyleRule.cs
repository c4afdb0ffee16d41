using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// Dates written in more than one order in one article: day-month ("4 Feb 2026", "30 June"), month-day ("June 30",
/// "Feb. 4, 2026") or ISO ("2026-02-04"). The dates and their styles come from the Dates family's
/// <see cref="DateAnalysis"/>. The order used most wins (on a tie, the first used); each date in another order is
/// reported, with a fix that writes it the way the article's first date of the winning order is written. Month
/// forms ("Feb." beside "June") are not compared: AP abbreviates some months and not others.
/// </summary>
public sealed class DateStyleRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.DateStyle",
        "Date styles mixed",
        Severity.Info,
        "The article writes dates in more than one order, such as \"4 Feb 2026\" and \"June 30\". Pick the house "
        + "style (AP: \"Feb. 4\"; most British papers: \"4 February\") and use it throughout; the fix rewrites a date "
        + "in the style the article uses most.",
        "\"Published On 4 Feb 2026 ... travelled to Moscow on June 30\" -> \"... on 30 Jun\"");

    public void Analyze(AnalysisContext context)
    {
        DateAnalysis dates = context.Get<DateAnalysis>();
        var blocksByIndex = context.Blocks.ToDictionary(b => b.Block.Index);
        var vote = new StyleVote<DateOrder>();
        var occurrences = new Dictionary<(int Block, int Start), DateOccurrence>();
        foreach (DateOccurrence o in dates.Occurrences)
        {
            if (o.Style is not { } style || style.Order == DateOrder.MonthOnly || o.Expression.Day is null || o.Expression.Month is null || o.Expression.EndDay is not null)
            {
                continue;
            }

            BlockAnalysis block = blocksByIndex[o.Block.Index];
            TextSpan span = DateOnlySpan(o);
            vote.Add(block, span, style.Order);
            occurrences[(o.Block.Index, span.Start)] = o;
        }

        var outliers = vote.Outliers(out DateOrder majority).ToList();
        if (outliers.Count == 0)
        {
            return;
        }

        var example = vote.Occurrences.First(o => o.Style == majority);
        DateStyle exampleStyle = occurrences[(example.Block.Block.Index, example.Span.Start)].Style!.Value;
        string exampleText = example.Block.TextOf(example.Span).Replace('\n', ' ');
        foreach (var outlier in outliers)
        {
            DateOccurrence o = occurrences[(outlier.Block.Block.Index, outlier.Span.Start)];
            string found = outlier.Block.TextOf(outlier.Span).Replace('\n', ' ');
            string message = $"'{found}' is written {Describe(outlier.Style)}, but the article mostly writes dates {Describe(majority)} ('{exampleText}')";
            var fixes = new List<Fix>();
            if (o.Expression is { Month: { } month, Day: { } day } expression && TryDate(expression.Year ?? context.PublicationDate?.Date.Year ?? 2000, month, day, out DateOnly date))
            {
                string rewritten = exampleStyle.Render(date, includeYear: o.Style!.Value.HasYear);
                fixes.Add(Fix.Replace($"Write '{rewritten}'", outlier.Block.Block, outlier.Span, rewritten, safe: vote.IsDecisive));
            }

            context.Report(Descriptor, outlier.Block, outlier.Span, message, [.. fixes]);
        }
    }

    /// <summary>The date without a leading weekday ("Friday, 30 January" -> "30 January").</summary>
    private static TextSpan DateOnlySpan(DateOccurrence o) =>
        o.Expression.DateRange is { } range ? new TextSpan(range.Start, range.Length) : o.ProseSpan;

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static string Describe(DateOrder order) => order switch
    {
        DateOrder.MonthDay => "month-day",
        DateOrder.DayMonth => "day-month",
        _ => "as ISO year-month-day",
    };
}
