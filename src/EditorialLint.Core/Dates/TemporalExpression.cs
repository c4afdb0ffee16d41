namespace EditorialLint.Core.Dates;

/// <summary>What a temporal expression names.</summary>
public enum TemporalKind
{
    /// <summary>Day, month and year: "4 Feb 2026", "February 4, 2026", "2026-02-04".</summary>
    FullDate,

    /// <summary>Day and month without a year: "June 30", "30 June".</summary>
    PartialDate,

    /// <summary>A month with a year: "June 2025", "mid-June 2025".</summary>
    MonthYear,

    /// <summary>A month without a year: "in June", "mid-June", "early February".</summary>
    Month,

    /// <summary>A year: "in 2026", "the 2015 agreement".</summary>
    Year,

    /// <summary>A weekday: "on Monday", "last Friday", "Friday's meeting".</summary>
    Weekday,

    /// <summary>A day relative to the reference: "yesterday", "today", "three days ago", "last night".</summary>
    RelativeDay,

    /// <summary>A period relative to the reference: "this week", "last month", "over the past few days".</summary>
    RelativePeriod,
}

/// <summary>The part an expression plays in the article.</summary>
public enum TemporalRole
{
    /// <summary>Dates an event told in the text.</summary>
    Event,

    /// <summary>The date of a dateline ("LONDON, March 13 -"): the story's own date.</summary>
    Dateline,

    /// <summary>A "Published On 4 Feb 2026" line.</summary>
    PublicationLine,

    /// <summary>An "Updated 5 Feb 2026" line.</summary>
    UpdateLine,

    /// <summary>A financial period end ("the year ended June 30", "the quarter ending March 31").</summary>
    FinancialPeriod,
}

/// <summary>Early/mid/late qualifier of a month ("mid-June", "early February", "end of March").</summary>
public enum PeriodPart
{
    Whole,
    Early,
    Mid,
    Late,
}

/// <summary>Modifier of a weekday or relative period: "last Friday", "this week", "next Tuesday".</summary>
public enum RelativeModifier
{
    None,
    Last,
    This,
    Next,
}

/// <summary>Unit of a relative expression.</summary>
public enum RelativeUnit
{
    Day,
    Week,
    Weekend,
    Month,
    Year,
}

/// <summary>Where a relative period lies around its anchor.</summary>
public enum RelativeShape
{
    /// <summary>The whole unit: "this week", "last month", "three days ago".</summary>
    Whole,

    /// <summary>From the unit's start up to the reference: "earlier this month".</summary>
    UpToReference,

    /// <summary>From the reference to the unit's end: "later this week".</summary>
    FromReference,

    /// <summary>The span of units just before the reference: "over the past few days".</summary>
    Trailing,

    /// <summary>The span of units just after the reference: "in the coming days".</summary>
    Leading,
}

/// <summary>
/// A temporal expression recognised in a prose string, with its exact range (UTF-16 offsets of that string)
/// and its parts. It is resolved against a reference date by <see cref="TemporalResolver"/>.
/// </summary>
public sealed record TemporalExpression(int Start, int Length, TemporalKind Kind)
{
    public int End => Start + Length;

    public TemporalRole Role { get; init; }

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>Last day of a range such as "June 1-3".</summary>
    public int? EndDay { get; init; }

    /// <summary>The weekday written in the expression ("Friday" in "Friday, 30 January" or "last Friday").</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>Range of the weekday word inside the expression, when there is one.</summary>
    public (int Start, int Length)? WeekdayRange { get; init; }

    /// <summary>Range of the date proper (without a leading weekday), for dates.</summary>
    public (int Start, int Length)? DateRange { get; init; }

    public PeriodPart Part { get; init; }

    public RelativeModifier Modifier { get; init; }

    public RelativeUnit Unit { get; init; }

    public RelativeShape Shape { get; init; }

    /// <summary>Signed count of units from the reference: -1 yesterday, -3 three days ago, +2 in two weeks.</summary>
    public int Offset { get; init; }

    /// <summary>True when the count is vague ("a few days", "several weeks", "recent days").</summary>
    public bool Approximate { get; init; }

    /// <summary>"Friday's meeting", "yesterday's vote".</summary>
    public bool Possessive { get; init; }

    /// <summary>Written style of a date with a day or of a month-year.</summary>
    public DateStyle? Style { get; init; }

    public bool IsDayDate => Kind is TemporalKind.FullDate or TemporalKind.PartialDate;

    /// <summary>Expressions that pin a single day relative to the reference ("yesterday", "last Friday", "three days ago").</summary>
    public bool IsRelativeDay =>
        Kind == TemporalKind.RelativeDay ||
        (Kind == TemporalKind.Weekday && Weekday is not null);
}
