namespace EditorialLint.Core.Dates;

/// <summary>
/// Resolves temporal expressions against a reference date (the publication date) to a day or an interval.
/// A date without a year is read in the reference year (AP style); <see cref="Readings"/> also gives the previous
/// and next year's readings, and the tense chooses between them.
/// </summary>
public static class TemporalResolver
{
    /// <summary>The valid readings of a day-month date: the written year, or the reference year and its neighbours.</summary>
    public static IReadOnlyList<DateOnly> Readings(TemporalExpression e, DateOnly reference)
    {
        if (e.Month is not { } month || e.Day is not { } day)
        {
            return [];
        }

        if (e.Year is { } year)
        {
            return TryDate(year, month, day, out var d) ? [d] : [];
        }

        var list = new List<DateOnly>(3);
        for (var y = reference.Year - 1; y <= reference.Year + 1; y++)
        {
            if (TryDate(y, month, day, out var d))
            {
                list.Add(d);
            }
        }

        return list;
    }

    /// <summary>True when the written day exists in its month (and year, when one is written).</summary>
    public static bool IsValidDay(TemporalExpression e)
    {
        if (e.Month is not { } month || e.Day is not { } day)
        {
            return true;
        }

        return e.Year is { } year ? TryDate(year, month, day, out _) : day <= (month == 2 ? 29 : DateTime.DaysInMonth(2001, month));
    }

    /// <summary>
    /// The day or interval the expression names, read against <paramref name="reference"/> under <paramref name="tense"/>;
    /// null when it cannot be placed (an invalid date, or a relative expression without a reference).
    /// </summary>
    public static DateInterval? Resolve(TemporalExpression e, DateOnly reference, Tense tense = Tense.Unknown)
    {
        switch (e.Kind)
        {
            case TemporalKind.FullDate:
            case TemporalKind.PartialDate:
            {
                var readings = Readings(e, reference);
                if (readings.Count == 0)
                {
                    return null;
                }

                var day = e.Year is not null ? readings[0] : ChooseReading(readings, reference, ModifiedTense(e, tense), e.Role);
                var end = e.EndDay is { } endDay && TryDate(day.Year, day.Month, endDay, out var last) ? last : day;
                return new DateInterval(day, end);
            }

            case TemporalKind.MonthYear:
                return MonthPart(e.Year!.Value, e.Month!.Value, e.Part);
            case TemporalKind.Month:
            {
                var year = reference.Year + e.Modifier switch
                {
                    RelativeModifier.Last => e.Month!.Value >= reference.Month ? -1 : 0,
                    RelativeModifier.Next => e.Month!.Value <= reference.Month ? 1 : 0,
                    _ => tense switch
                    {
                        Tense.Past when e.Month!.Value > reference.Month => -1,
                        Tense.Future when e.Month!.Value < reference.Month => 1,
                        _ => 0,
                    },
                };
                return MonthPart(year, e.Month!.Value, e.Part);
            }

            case TemporalKind.Year:
                return new DateInterval(new DateOnly(e.Year!.Value, 1, 1), new DateOnly(e.Year!.Value, 12, 31));
            case TemporalKind.Weekday:
                return DateInterval.Day(ResolveWeekday(e.Weekday!.Value, e.Modifier, reference, tense));
            case TemporalKind.RelativeDay:
                return e.Approximate
                    ? new DateInterval(reference.AddDays(e.Offset - 2), reference.AddDays(e.Offset + 2))
                    : DateInterval.Day(reference.AddDays(e.Offset));
            case TemporalKind.RelativePeriod:
                return ResolvePeriod(e, reference, tense);
            default:
                return null;
        }
    }

    /// <summary>The day a weekday names: "last Friday" before the reference, "next Friday" after, "on Friday" by tense.</summary>
    public static DateOnly ResolveWeekday(DayOfWeek weekday, RelativeModifier modifier, DateOnly reference, Tense tense)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return modifier switch
        {
            RelativeModifier.Last => reference.AddDays(back == 0 ? -7 : -back),
            RelativeModifier.Next => reference.AddDays(forward == 0 ? 7 : forward),
            RelativeModifier.This => WeekStart(reference).AddDays(((int)weekday + 6) % 7),
            _ => tense == Tense.Future ? reference.AddDays(forward) : reference.AddDays(-back),
        };
    }

    /// <summary>The Monday of the week that holds <paramref name="day"/>.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>"last October 28" reads as past, "next January 1" as future, whatever the verb says.</summary>
    private static Tense ModifiedTense(TemporalExpression e, Tense tense) =>
        e.Weekday is not null ? tense : e.Modifier switch
        {
            RelativeModifier.Last => Tense.Past,
            RelativeModifier.Next => Tense.Future,
            _ => tense,
        };

    internal static DateOnly ChooseReading(IReadOnlyList<DateOnly> readings, DateOnly reference, Tense tense, TemporalRole role)
    {
        if (role is TemporalRole.Dateline or TemporalRole.PublicationLine or TemporalRole.UpdateLine)
        {
            return Nearest(readings, reference);
        }

        if (role == TemporalRole.FinancialPeriod || tense == Tense.Past)
        {
            // The most recent reading that is not after the reference (a day's slack for time zones).
            var best = readings[0];
            foreach (var r in readings)
            {
                if (r <= reference.AddDays(1))
                {
                    best = r;
                }
            }

            return best;
        }

        if (tense == Tense.Future)
        {
            foreach (var r in readings)
            {
                if (r >= reference.AddDays(-1))
                {
                    return r;
                }
            }
        }

        foreach (var r in readings)
        {
            if (r.Year == reference.Year)
            {
                return r;
            }
        }

        return Nearest(readings, reference);
    }

    private static DateOnly Nearest(IReadOnlyList<DateOnly> readings, DateOnly reference)
    {
        var best = readings[0];
        foreach (var r in readings)
        {
            if (Math.Abs(r.DayNumber - reference.DayNumber) < Math.Abs(best.DayNumber - reference.DayNumber))
            {
                best = r;
            }
        }

        return best;
    }

    private static DateInterval ResolvePeriod(TemporalExpression e, DateOnly r, Tense tense)
    {
        var n = Math.Abs(e.Offset);
        switch (e.Shape)
        {
            case RelativeShape.Trailing:
                return new DateInterval(Back(r, e.Unit, n, e.Approximate), r);
            case RelativeShape.Leading:
                return new DateInterval(r, Forward(r, e.Unit, n, e.Approximate));
        }

        switch (e.Unit)
        {
            case RelativeUnit.Week:
            {
                if (n > 1)
                {
                    var centre = r.AddDays(e.Offset * 7);
                    return new DateInterval(centre.AddDays(-3), centre.AddDays(3));
                }

                var monday = WeekStart(r).AddDays(7 * e.Offset);
                var whole = new DateInterval(monday, monday.AddDays(6));
                return Shape(whole, r, e.Shape);
            }

            case RelativeUnit.Weekend:
            {
                var saturday = WeekStart(r).AddDays(5);
                if (e.Modifier == RelativeModifier.None)
                {
                    // "over the weekend": the weekend just gone when told in the past, the coming one otherwise.
                    if (tense != Tense.Future && r < saturday)
                    {
                        saturday = saturday.AddDays(-7);
                    }
                }
                else
                {
                    saturday = saturday.AddDays(7 * e.Offset);
                }

                return new DateInterval(saturday, saturday.AddDays(1));
            }

            case RelativeUnit.Month:
            {
                var first = new DateOnly(r.Year, r.Month, 1).AddMonths(e.Offset);
                var whole = new DateInterval(first, first.AddMonths(1).AddDays(-1));
                if (n > 1)
                {
                    var centre = r.AddMonths(e.Offset);
                    return new DateInterval(centre.AddDays(-15), centre.AddDays(15));
                }

                return Shape(whole, r, e.Shape);
            }

            case RelativeUnit.Year:
            {
                if (n > 1)
                {
                    var centre = r.AddYears(e.Offset);
                    return new DateInterval(centre.AddMonths(-6), centre.AddMonths(6));
                }

                var y = r.Year + e.Offset;
                return Shape(new DateInterval(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31)), r, e.Shape);
            }

            default:
            {
                var day = r.AddDays(e.Offset);
                return e.Approximate ? new DateInterval(day.AddDays(-2), day.AddDays(2)) : DateInterval.Day(day);
            }
        }
    }

    private static DateInterval Shape(DateInterval whole, DateOnly r, RelativeShape shape) => shape switch
    {
        RelativeShape.UpToReference => new DateInterval(whole.Start, r < whole.End ? r : whole.End),
        RelativeShape.FromReference => new DateInterval(r > whole.Start ? r : whole.Start, whole.End),
        _ => whole,
    };

    private static DateOnly Back(DateOnly r, RelativeUnit unit, int n, bool approximate) => unit switch
    {
        RelativeUnit.Day => r.AddDays(-(approximate ? 10 : n + 1)),
        RelativeUnit.Week or RelativeUnit.Weekend => r.AddDays(-(approximate ? 42 : 7 * n + 1)),
        RelativeUnit.Month => r.AddMonths(-(approximate ? 6 : n)).AddDays(-1),
        _ => r.AddYears(-(approximate ? 5 : n)),
    };

    private static DateOnly Forward(DateOnly r, RelativeUnit unit, int n, bool approximate) => unit switch
    {
        RelativeUnit.Day => r.AddDays(approximate ? 10 : n + 1),
        RelativeUnit.Week or RelativeUnit.Weekend => r.AddDays(approximate ? 42 : 7 * n + 1),
        RelativeUnit.Month => r.AddMonths(approximate ? 6 : n).AddDays(1),
        _ => r.AddYears(approximate ? 5 : n),
    };

    private static DateInterval MonthPart(int year, int month, PeriodPart part)
    {
        var last = DateTime.DaysInMonth(year, month);
        var (from, to) = part switch
        {
            PeriodPart.Early => (1, 10),
            PeriodPart.Mid => (11, 20),
            PeriodPart.Late => (21, last),
            _ => (1, last),
        };
        return new DateInterval(new DateOnly(year, month, from), new DateOnly(year, month, to));
    }

    internal static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
