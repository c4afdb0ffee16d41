using System.Globalization;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>Dates.Invalid: a date that does not exist ("February 30", "31 April", "29 February 2027").</summary>
public sealed class InvalidRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Dates.Invalid",
        "Date does not exist",
        Severity.Error,
        "The day does not exist in its month: February has 28 days (29 in a leap year); April, June, September and "
        + "November have 30.",
        "\"February 30\", \"31 April\", \"29 February 2027\" (2027 is not a leap year)");

    public void Analyze(AnalysisContext context) => DateAnalysis.Run(context, Descriptor, Find);

    public static IEnumerable<DateFinding> Find(DateModel model)
    {
        foreach (var m in model.Mentions)
        {
            var e = m.Expression;
            if (!e.IsDayDate || TemporalResolver.IsValidDay(e))
            {
                continue;
            }

            var month = e.Month!.Value;
            var name = DateLexicon.MonthNames[month - 1];
            string reason;
            if (month == 2 && e.Day == 29 && e.Year is { } year)
            {
                reason = $"{year.ToString(CultureInfo.InvariantCulture)} is not a leap year";
            }
            else
            {
                var days = month == 2 ? 29 : DateTime.DaysInMonth(2001, month);
                reason = month == 2 ? "February has 28 days, 29 in a leap year" : $"{name} has {days} days";
            }

            var (start, length) = e.DateRange ?? (m.Start, m.Length);
            yield return new DateFinding(m.BlockIndex, start, length,
                $"{m.Text[(start - m.Start)..]} does not exist: {reason}", []);
        }
    }
}
