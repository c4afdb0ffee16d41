namespace EditorialLint.Core.Dates;

/// <summary>A closed interval of days; a single day when <see cref="Start"/> equals <see cref="End"/>.</summary>
public readonly record struct DateInterval(DateOnly Start, DateOnly End)
{
    public static DateInterval Day(DateOnly day) => new(day, day);

    public bool IsDay => Start == End;

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    /// <summary>The interval widened by <paramref name="days"/> on both sides.</summary>
    public DateInterval Widen(int days) => new(Start.AddDays(-days), End.AddDays(days));
}

/// <summary>The tense that governs a temporal expression.</summary>
public enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}
