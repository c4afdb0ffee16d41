using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>
/// Dates.PublicationConflict: a date that cannot be true given the publication date and its context: an event
/// told in the past but dated after publication, one told as future but dated before it, a date outside the
/// frame that governs it, a relative day that its date contradicts, a dateline days away from publication.
/// </summary>
public sealed class PublicationConflictRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Dates.PublicationConflict",
        "Date conflicts with the publication date",
        Severity.Error,
        "A date cannot be right given when the article was published and how the text tells it: an event told in the past "
        + "is dated after publication, an event told as still to come is dated before it, a date falls outside the period "
        + "that frames its paragraph (\"over the past few days\"), a relative day disagrees with the date that glosses it, "
        + "or a dateline is days away from publication. A date without a year is read in the publication year (AP style), "
        + "the previous year when the article has placed itself there; financial periods (\"the year ended June 30\") are "
        + "not events. Month slips (January/June, March/May) and digit slips are offered as fixes.",
        "Published 4 Feb 2026: \"Over the past few days ... travelled to Moscow on June 30\" -> \"January 30\", last Friday");

    public void Analyze(AnalysisContext context) => DateAnalysis.Run(context, Descriptor, Find);

    public static IEnumerable<DateFinding> Find(DateModel model)
    {
        if (model.Reference is not { } pub)
        {
            yield break;
        }

        var lastYearTold = false;
        foreach (var m in model.Mentions)
        {
            if (Check(model, m, pub, lastYearTold) is { } finding)
            {
                yield return finding;
            }

            lastYearTold |= !m.InQuote && m.Resolution is { } r && r.Start.Year == pub.Year - 1 && r.End.Year == pub.Year - 1 &&
                            m.Kind is not (TemporalKind.PartialDate or TemporalKind.Weekday or TemporalKind.RelativeDay);
        }
    }

    /// <param name="lastYearTold">
    /// True once the article has named a time in the previous year ("last September", "in 2025"): from then on a past
    /// date without a year may be last year's.
    /// </param>
    private static DateFinding? Check(DateModel model, DateMention m, DateOnly pub, bool lastYearTold)
    {
        var e = m.Expression;
        if (m.Gloss is { } gloss && e.Kind == TemporalKind.RelativeDay)
        {
            return CheckGloss(model, m, gloss, pub);
        }

        if (!e.IsDayDate || !TemporalResolver.IsValidDay(e) || m.IsGloss)
        {
            return null;
        }

        var readings = TemporalResolver.Readings(e, pub);
        if (readings.Count == 0)
        {
            return null;
        }

        switch (e.Role)
        {
            case TemporalRole.Dateline:
                return CheckDateline(model, m, readings, pub);
            case TemporalRole.Event:
                break;
            default:
                return null;
        }

        if (m.InQuote)
        {
            return null; // a quotation keeps the speaker's words, and its own timeline
        }

        if (!m.DatesEvent || (e.Modifier != RelativeModifier.None && e.Weekday is null))
        {
            return null; // a deadline, a label, or a date whose "last"/"next" already picks the year
        }

        var tense = m.PrecedingWord == "since" ? Tense.Past : m.Tense;
        var frame = m.TenseReading.Pluperfect || m.InRelativeClause ? null : UsableFrame(m);
        if (e.Year is null && frame is { Resolution: { } frameDays })
        {
            var window = frameDays.Widen(frame.Expression.Unit == RelativeUnit.Month ? 3 : 2);
            if (readings.Any(window.Contains))
            {
                return null;
            }

            if (frame.Expression.Unit is not RelativeUnit.Year)
            {
                return FrameConflict(model, m, frame, window, readings, pub);
            }
        }

        if (e.Year is not null && Math.Abs(readings[0].DayNumber - pub.DayNumber) > FullDateReach)
        {
            return null; // bonds maturing in 2013, a handover in 1999: an explicit far year is deliberate
        }

        var written = e.Year is not null ? readings[0] : readings.FirstOrDefault(r => r.Year == pub.Year);
        if (written == default)
        {
            return null;
        }

        var lastYearReading = e.Year is null ? readings.FirstOrDefault(r => r.Year == pub.Year - 1) : default;
        if (tense == Tense.Past && !m.AfterIrrealis && written > pub.AddDays(1) &&
            !(lastYearReading != default && (lastYearTold || pub.DayNumber - lastYearReading.DayNumber < written.DayNumber - pub.DayNumber)))
        {
            var slips = SlipSuggester.Find(e, pub, d => d <= pub.AddDays(1) && d >= pub.AddDays(-62));
            var fixes = slips.Take(2).Select(s => DateWords.ReplaceDate(m, s.Date, "Change to {0}")).ToList();
            var lastYear = e.Year is null ? readings.FirstOrDefault(r => r.Year == pub.Year - 1) : default;
            string? addYear = null;
            if (lastYear != default)
            {
                fixes.Add(DateWords.ReplaceDate(m, lastYear, "Add the year: {0}", forceYear: true));
                addYear = $"if last year is meant, add the year ({DateWords.Render(e, lastYear, true)})";
            }

            var hint = DateWords.DidYouMean(e, slips, pub);
            var tail = string.Join("; ", new[] { hint, addYear }.Where(s => s is not null));
            return DateFinding.For(m,
                $"{m.Text} is told in the past but {DateDescriber.Short(written)} is {DateDescriber.RelativeToPublication(written, pub)} " +
                $"({model.ReferenceInWords})" + (tail.Length > 0 ? "; " + tail : string.Empty), [.. fixes]);
        }

        if (tense == Tense.Future && written < pub.AddDays(-1))
        {
            var nextYear = e.Year is null ? readings.FirstOrDefault(r => r.Year == pub.Year + 1) : default;
            if (nextYear != default && nextYear.DayNumber - pub.DayNumber <= 92)
            {
                return null;
            }

            var slips = SlipSuggester.Find(e, pub, d => d >= pub.AddDays(-1) && d <= pub.AddDays(92));
            var hint = DateWords.DidYouMean(e, slips, pub);
            return DateFinding.For(m,
                $"{m.Text} is told as still to come but {DateDescriber.Short(written)} is {DateDescriber.RelativeToPublication(written, pub)} " +
                $"({model.ReferenceInWords})" + (hint is null ? string.Empty : "; " + hint),
                [.. slips.Take(2).Select(s => DateWords.ReplaceDate(m, s.Date, "Change to {0}"))]);
        }

        return null;
    }

    /// <summary>How far from publication a date with an explicit year is still checked against the tense.</summary>
    private const int FullDateReach = 548;

    private static DateMention? UsableFrame(DateMention m)
    {
        if (m.Frame is not { FrameDirection: { } direction } frame || frame.BlockIndex != m.BlockIndex || frame.Start > m.Start)
        {
            return null;
        }

        return (direction, m.Tense) switch
        {
            (FrameDirection.Past, Tense.Past) => frame,
            (FrameDirection.Future, Tense.Future) => frame,
            (FrameDirection.Both, Tense.Past or Tense.Future) => frame,
            _ => null,
        };
    }

    private static DateFinding FrameConflict(DateModel model, DateMention m, DateMention frame, DateInterval window,
        IReadOnlyList<DateOnly> readings, DateOnly pub)
    {
        var e = m.Expression;
        var shown = readings.FirstOrDefault(r => r.Year == pub.Year);
        if (shown == default)
        {
            shown = readings[0];
        }

        var slips = SlipSuggester.Find(e, pub, d => window.Contains(d) &&
            (m.Tense != Tense.Past || d <= pub.AddDays(1)) && (m.Tense != Tense.Future || d >= pub.AddDays(-1)));
        var hint = DateWords.DidYouMean(e, slips, pub);
        var message =
            $"{m.Text} falls {DateDescriber.RelativeToPublication(shown, pub)} ({model.ReferenceInWords}), " +
            $"outside \"{DateWords.Inline(frame.Text)}\" that frames it" + (hint is null ? string.Empty : "; " + hint);
        return DateFinding.For(m, message, [.. slips.Take(2).Select(s => DateWords.ReplaceDate(m, s.Date, "Change to {0}"))]);
    }

    private static DateFinding? CheckDateline(DateModel model, DateMention m, IReadOnlyList<DateOnly> readings, DateOnly pub)
    {
        var nearest = TemporalResolver.ChooseReading(readings, pub, Tense.Unknown, TemporalRole.Dateline);
        var delta = nearest.DayNumber - pub.DayNumber;
        if (Math.Abs(delta) <= 1)
        {
            return null;
        }

        var slips = SlipSuggester.Find(m.Expression, pub, d => Math.Abs(d.DayNumber - pub.DayNumber) <= 1);
        var hint = slips.Count > 0 ? $"; did you mean {DateWords.Render(m.Expression, slips[0].Date)}?" : string.Empty;
        return DateFinding.For(m,
            $"The dateline's {m.Text} is {DateDescriber.RelativeToPublication(nearest, pub)} ({model.ReferenceInWords}); " +
            "a dateline carries the day the story was filed" + hint,
            DateWords.ReplaceDate(m, slips.Count > 0 ? slips[0].Date : pub, "Change the dateline to {0}"));
    }

    private static DateFinding? CheckGloss(DateModel model, DateMention relative, DateMention gloss, DateOnly pub)
    {
        var g = gloss.Expression;
        if (!g.IsDayDate || g.Weekday is not null || relative.Resolution is not { } expected || !TemporalResolver.IsValidDay(g))
        {
            return null; // weekday glosses are Dates.WeekdayMismatch's
        }

        var readings = TemporalResolver.Readings(g, pub);
        if (readings.Count == 0)
        {
            return null;
        }

        var date = readings.MinBy(r => Math.Abs(r.DayNumber - expected.Start.DayNumber));
        var slack = relative.Expression.Approximate ? 2 : Math.Abs(relative.Expression.Offset) > 1 ? 1 : 0;
        if (expected.Widen(slack).Contains(date))
        {
            return null;
        }

        var meant = expected.Start.AddDays((expected.End.DayNumber - expected.Start.DayNumber) / 2);
        return DateFinding.For(gloss,
            $"{gloss.Text} is {DateDescriber.RelativeToPublication(date, pub)} ({model.ReferenceInWords}), " +
            $"not {DateWords.Inline(relative.Text)} ({DateDescriber.Day(meant)})",
            DateWords.ReplaceDate(gloss, meant, "Change to {0}"));
    }
}
