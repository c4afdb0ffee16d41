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

        if (e.Kind is TemporalKind.Year or TemporalKind.MonthYear)
        {
            return CheckPeriod(model, m, pub);
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
            case TemporalRole.PublicationLine or TemporalRole.UpdateLine:
                return CheckPublicationLine(model, m, readings, pub);
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
        // A frame does not reach into a pluperfect, a relative clause or reported speech, which may tell of an
        // earlier event ("police said the man attacked her on 12 December").
        var frame = m.TenseReading.Pluperfect || m.InRelativeClause || m.AfterReporting ? null : UsableFrame(m);
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

        // The written date: its own year, or (AP style) the publication year.
        var written = e.Year is not null ? readings[0] : readings.FirstOrDefault(r => r.Year == pub.Year);
        if (written == default)
        {
            return null;
        }

        return tense switch
        {
            Tense.Past when !m.AfterIrrealis && written > pub.AddDays(1) => PastAfterPublication(model, m, written, readings, pub, lastYearTold),
            Tense.Future when written < pub.AddDays(-1) => FutureBeforePublication(model, m, written, readings, pub),
            _ => null,
        };
    }

    private static DateFinding? PastAfterPublication(DateModel model, DateMention m, DateOnly written, IReadOnlyList<DateOnly> readings,
        DateOnly pub, bool lastYearTold)
    {
        // Last year's reading excuses a date without a year when the article has placed itself in last year, or
        // when that reading lies nearer to publication than the written one.
        var e = m.Expression;
        var lastYear = e.Year is null ? readings.FirstOrDefault(r => r.Year == pub.Year - 1) : default;
        if (lastYear != default && (lastYearTold || pub.DayNumber - lastYear.DayNumber < written.DayNumber - pub.DayNumber))
        {
            return null;
        }

        // A date without a year slips to a recent day; a full date may also have its year wrong.
        var reach = e.Year is null ? 62 : 400;
        var slips = SlipSuggester.Find(e, pub, d => d <= pub.AddDays(1) && d >= pub.AddDays(-reach));
        var fixes = slips.Take(2).Select(s => DateWords.ReplaceDate(m, s.Date, "Change to {0}")).ToList();
        string? addYear = null;
        if (lastYear != default)
        {
            fixes.Add(DateWords.ReplaceDate(m, lastYear, "Add the year: {0}", forceYear: true));
            addYear = $"if last year is meant, add the year ({DateWords.Render(e, lastYear, true)})";
        }

        var tail = string.Join("; ", new[] { DateWords.DidYouMean(e, slips, pub), addYear }.Where(s => s is not null));
        return DateFinding.For(m,
            $"{m.Text} is told in the past but {DateDescriber.Short(written)} is {DateDescriber.RelativeToPublication(written, pub)} " +
            $"({model.ReferenceInWords})" + (tail.Length > 0 ? "; " + tail : string.Empty), [.. fixes]);
    }

    private static DateFinding? FutureBeforePublication(DateModel model, DateMention m, DateOnly written, IReadOnlyList<DateOnly> readings,
        DateOnly pub)
    {
        // Late in the year, "January 5" told as future is next year's.
        var e = m.Expression;
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

    /// <summary>How far from publication a date with an explicit year is still checked against the tense.</summary>
    private const int FullDateReach = 548;

    /// <summary>"The plant closed in March 2027", "the firm will open in 2024": a whole year or month on the wrong side.</summary>
    private static DateFinding? CheckPeriod(DateModel model, DateMention m, DateOnly pub)
    {
        // Only "closed in 2027", "will open in December 2025": the verb right before, and no infinitive after
        // ("aimed in 1988 to recoup"), since a year is often the time of something else in the sentence.
        if (m.Resolution is not { } period || m.PrecedingWord != "in" || m.WordsAfterMarker is < 0 or > 2 || m.BeforeInfinitive ||
            m.InQuote || m.InRelativeClause || m.TenseReading.Reporting || Math.Abs(period.Start.Year - pub.Year) > 1)
        {
            return null;
        }

        if (m.Tense == Tense.Past && !m.TenseReading.Pluperfect && !m.AfterIrrealis && period.Start > pub.AddDays(1))
        {
            return DateFinding.For(m,
                $"{m.Text} is told in the past but begins {DateDescriber.RelativeToPublication(period.Start, pub)} ({model.ReferenceInWords})");
        }

        if (m.Tense == Tense.Future && period.End < pub.AddDays(-1))
        {
            return DateFinding.For(m,
                $"{m.Text} is told as still to come but ended {DateDescriber.RelativeToPublication(period.End, pub)} ({model.ReferenceInWords})");
        }

        return null;
    }

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

    /// <summary>
    /// "Updated 2 Feb 2026" on a piece published 4 February, or "Published On 5 Feb 2026" when the front matter says
    /// 4 February: the article's own lines disagree with its publication date.
    /// </summary>
    private static DateFinding? CheckPublicationLine(DateModel model, DateMention m, IReadOnlyList<DateOnly> readings, DateOnly pub)
    {
        var e = m.Expression;
        var date = e.Year is not null ? readings[0] : TemporalResolver.ChooseReading(readings, pub, Tense.Unknown, e.Role);
        if (e.Role == TemporalRole.UpdateLine)
        {
            return date < pub.AddDays(-1)
                ? DateFinding.For(m,
                    $"The update date {m.Text} is {DateDescriber.RelativeToPublication(date, pub)} ({model.ReferenceInWords}); " +
                    "a piece cannot be updated before it is published")
                : null;
        }

        if (!model.ReferenceFromMetadata || Math.Abs(date.DayNumber - pub.DayNumber) <= 1)
        {
            return null;
        }

        return DateFinding.For(m,
            $"The published line's {m.Text} is {DateDescriber.RelativeToPublication(date, pub)} ({model.ReferenceInWords}); " +
            "the article and its metadata disagree",
            DateWords.ReplaceDate(m, pub, "Change to {0}"));
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
