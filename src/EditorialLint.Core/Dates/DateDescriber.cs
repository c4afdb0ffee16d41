using System.Globalization;
using Humanizer;

namespace EditorialLint.Core.Dates;

/// <summary>Editor-facing words for dates and distances: "Friday 30 January 2026", "about 5 months after publication".</summary>
public static class DateDescriber
{
    /// <summary>"Friday 30 January 2026".</summary>
    public static string Day(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.DayOfWeek} {day.Day} {DateLexicon.MonthNames[day.Month - 1]} {day.Year}");

    /// <summary>"4 February 2026".</summary>
    public static string Short(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {DateLexicon.MonthNames[day.Month - 1]} {day.Year}");

    /// <summary>"Monday 26 January 2026 to Sunday 1 February 2026", or <see cref="Day"/> for one day.</summary>
    public static string Interval(DateInterval interval) =>
        interval.IsDay ? Day(interval.Start) : $"{Day(interval.Start)} to {Day(interval.End)}";

    /// <summary>
    /// A distance in days put in words with Humanizer: "5 days", "about 3 weeks", "about 5 months", "about 2 years".
    /// </summary>
    public static string Distance(int days)
    {
        days = Math.Abs(days);
        if (days < 14)
        {
            return "day".ToQuantity(days);
        }

        if (days < 56)
        {
            return "about " + "week".ToQuantity((int)Math.Round(days / 7.0));
        }

        if (days < 548)
        {
            return "about " + "month".ToQuantity((int)Math.Round(days / 30.44));
        }

        return "about " + "year".ToQuantity((int)Math.Round(days / 365.25));
    }

    /// <summary>"5 days before publication", "about 5 months after publication", "the publication day".</summary>
    public static string RelativeToPublication(DateOnly day, DateOnly publication)
    {
        var delta = day.DayNumber - publication.DayNumber;
        return delta switch
        {
            0 => "the day of publication",
            -1 => "the day before publication",
            1 => "the day after publication",
            < 0 => $"{Distance(delta)} before publication",
            _ => $"{Distance(delta)} after publication",
        };
    }

    /// <summary>"Friday 30 January 2026, 5 days before publication": the hover text of a resolved expression.</summary>
    public static string Describe(DateInterval interval, DateOnly? publication)
    {
        var text = Interval(interval);
        if (publication is not { } pub)
        {
            return text;
        }

        if (interval.IsDay)
        {
            return $"{text}, {RelativeToPublication(interval.Start, pub)}";
        }

        if (interval.Contains(pub))
        {
            return $"{text}, including the day of publication";
        }

        return interval.End < pub
            ? $"{text}, ending {RelativeToPublication(interval.End, pub)}"
            : $"{text}, starting {RelativeToPublication(interval.Start, pub)}";
    }

    /// <summary>
    /// How a writer would name <paramref name="day"/> seen from <paramref name="publication"/>: "yesterday",
    /// "last Friday", "this Thursday", or null when the day is too far for a weekday.
    /// </summary>
    public static string? Nickname(DateOnly day, DateOnly publication)
    {
        var delta = day.DayNumber - publication.DayNumber;
        return delta switch
        {
            0 => "the day of publication",
            -1 => "yesterday",
            1 => "tomorrow",
            >= -7 and < 0 => $"last {day.DayOfWeek}",
            > 0 and <= 7 => $"next {day.DayOfWeek}",
            _ => null,
        };
    }
}
