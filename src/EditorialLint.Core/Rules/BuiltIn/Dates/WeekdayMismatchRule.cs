using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>
/// Dates.WeekdayMismatch: a weekday that does not match its date ("Wednesday, 2 July 2026" is a Thursday), or a
/// relative day that contradicts its gloss ("yesterday, Tuesday" in a Monday piece; "last Friday (October 17)" when
/// last Friday was the 24th). Fix: the correct weekday, or the correct date.
/// </summary>
public sealed class WeekdayMismatchRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Dates.WeekdayMismatch",
        "Weekday does not match its date",
        Severity.Warning,
        "A weekday written with a date must be that date's weekday, and a relative day (\"yesterday\", \"last Friday\") "
        + "must agree with the weekday or date that glosses it. The fix offers the right weekday, or the right date.",
        "\"Wednesday, 2 July 2026\" -> 2 July 2026 is a Thursday; published Monday: \"Yesterday, Tuesday\" -> \"Sunday\"");

    public void Analyze(AnalysisContext context) => DateAnalysis.Run(context, Descriptor, Find);

    public static IEnumerable<DateFinding> Find(DateModel model)
    {
        var pub = model.Reference;
        foreach (var m in model.Mentions)
        {
            var e = m.Expression;
            if (e.IsDayDate && e.Weekday is { } written && TemporalResolver.IsValidDay(e) && e.Role != TemporalRole.FinancialPeriod)
            {
                var finding = e.Modifier != RelativeModifier.None && pub is { } p
                    ? RelativeAgainstDate(model, m, m, written, e.Modifier, p)
                    : WeekdayAgainstDate(model, m, written, pub);
                if (finding is not null)
                {
                    yield return finding;
                }

                continue;
            }

            if (m.Gloss is not { } gloss || pub is not { } reference)
            {
                continue;
            }

            var g = gloss.Expression;
            var glossIsPlainDate = g.IsDayDate && g.Weekday is null && TemporalResolver.IsValidDay(g);
            var glossFinding = e.Kind switch
            {
                // "last Friday (October 17)"
                TemporalKind.Weekday when e.Modifier != RelativeModifier.None && glossIsPlainDate =>
                    RelativeAgainstDate(model, m, gloss, e.Weekday!.Value, e.Modifier, reference),

                // "on Tuesday (February 4)"
                TemporalKind.Weekday when glossIsPlainDate => WeekdayAgainstGloss(m, gloss, reference),

                // "yesterday, Tuesday"
                TemporalKind.RelativeDay when !e.Approximate => RelativeDayAgainstWeekday(model, m, gloss),
                _ => null,
            };
            if (glossFinding is not null)
            {
                yield return glossFinding;
            }
        }
    }

    private static DateFinding? WeekdayAgainstGloss(DateMention m, DateMention gloss, DateOnly reference)
    {
        var e = m.Expression;
        var readings = Plausible(TemporalResolver.Readings(gloss.Expression, reference), reference);
        if (readings.Count == 0 || readings.Any(r => r.DayOfWeek == e.Weekday) || e.WeekdayRange is not { } range)
        {
            return null;
        }

        var date = TemporalResolver.ChooseReading(readings, reference, m.Tense, gloss.Expression.Role);
        var actual = date.DayOfWeek.ToString();
        return new DateFinding(m.BlockIndex, range.Start, range.Length, $"{gloss.Text} is a {actual} in {date.Year}, not a {e.Weekday}",
            [new DateFix($"Change to {actual}", m.BlockIndex, range.Start, range.Length, actual)]);
    }

    private static DateFinding? RelativeDayAgainstWeekday(DateModel model, DateMention relative, DateMention gloss)
    {
        if (relative.Resolution is not { IsDay: true } day || gloss.Expression.Weekday is not { } glossDay ||
            gloss.Expression.WeekdayRange is not { } range || glossDay == day.Start.DayOfWeek)
        {
            return null;
        }

        var actual = day.Start.DayOfWeek;
        var style = gloss.Expression.Style ?? default;
        var name = style.HasWeekday ? style.RenderWeekday(actual) : actual.ToString();
        return new DateFinding(gloss.BlockIndex, range.Start, range.Length,
            $"{Capitalise(relative.Text)} is {DateDescriber.Day(day.Start)} ({model.ReferenceInWords}), not a {glossDay}",
            [new DateFix($"Change to {name}", gloss.BlockIndex, range.Start, range.Length, name)]);
    }

    private static DateFinding? WeekdayAgainstDate(DateModel model, DateMention m, DayOfWeek written, DateOnly? pub)
    {
        var e = m.Expression;
        DateOnly date;
        if (e.Year is not null)
        {
            date = TemporalResolver.Readings(e, default)[0];
        }
        else if (pub is { } p)
        {
            var readings = Plausible(TemporalResolver.Readings(e, p), p);
            if (readings.Count == 0 || readings.Any(r => r.DayOfWeek == written))
            {
                return null; // a plausible year's reading fits the weekday: a question of year, not of weekday
            }

            date = TemporalResolver.ChooseReading(readings, p, m.Tense, e.Role);
        }
        else
        {
            return null;
        }

        if (date.DayOfWeek == written || e.WeekdayRange is not { } range)
        {
            return null;
        }

        var style = e.Style ?? default;
        var actual = date.DayOfWeek;
        var fixes = new List<DateFix>
        {
            new($"Change the weekday to {style.RenderWeekday(actual)}", m.BlockIndex, range.Start, range.Length, style.RenderWeekday(actual)),
        };
        var shift = ((int)written - (int)actual + 7) % 7;
        var nearest = date.AddDays(shift <= 3 ? shift : shift - 7);
        fixes.Add(DateWords.ReplaceDate(m, nearest, "Change the date to {0}", forceYear: false));
        var dateText = m.Text[(e.DateRange!.Value.Start - m.Start)..];
        var year = e.Year is null ? $" in {date.Year}" : string.Empty;
        return DateFinding.For(m, $"{dateText}{year} is a {actual}, not a {written}", [.. fixes]);
    }

    private static DateFinding? RelativeAgainstDate(DateModel model, DateMention relative, DateMention dated, DayOfWeek weekday,
        RelativeModifier modifier, DateOnly pub)
    {
        var expected = TemporalResolver.ResolveWeekday(weekday, modifier, pub, relative.Tense);
        var e = dated.Expression;
        var readings = TemporalResolver.Readings(e, pub);
        if (readings.Count == 0)
        {
            return null;
        }

        var date = readings.MinBy(r => Math.Abs(r.DayNumber - expected.DayNumber));
        if (date == expected)
        {
            return null;
        }

        var relText = dated == relative ? relative.Text[..(e.DateRange!.Value.Start - relative.Start)].TrimEnd(' ', ',') : relative.Text;
        var dateText = dated.Text[(e.DateRange!.Value.Start - dated.Start)..];
        var target = dated == relative ? relative : dated;
        var fix = DateWords.ReplaceDate(target, expected, "Change the date to {0}");
        return new DateFinding(target.BlockIndex, e.DateRange.Value.Start, e.DateRange.Value.Length,
            $"{Capitalise(relText)} is {DateDescriber.Day(expected)} ({model.ReferenceInWords}), not {dateText}", [fix]);
    }

    /// <summary>Readings of a date without a year within half a year of publication, or the nearest one.</summary>
    private static IReadOnlyList<DateOnly> Plausible(IReadOnlyList<DateOnly> readings, DateOnly pub)
    {
        var near = readings.Where(r => Math.Abs(r.DayNumber - pub.DayNumber) <= 183).ToList();
        return near.Count > 0 || readings.Count == 0 ? near : [readings.MinBy(r => Math.Abs(r.DayNumber - pub.DayNumber))];
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
