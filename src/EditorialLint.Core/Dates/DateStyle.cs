using System.Globalization;
using System.Text;

namespace EditorialLint.Core.Dates;

/// <summary>How a month is written in a date.</summary>
public enum MonthForm
{
    /// <summary>"February".</summary>
    Full,

    /// <summary>"Feb".</summary>
    Abbreviated,

    /// <summary>"Feb." (with a period).</summary>
    AbbreviatedWithPeriod,

    /// <summary>"02" as in 2026-02-04.</summary>
    Numeric,
}

/// <summary>Order of a date's parts.</summary>
public enum DateOrder
{
    /// <summary>"4 February 2026".</summary>
    DayMonth,

    /// <summary>"February 4, 2026".</summary>
    MonthDay,

    /// <summary>"2026-02-04".</summary>
    Iso,

    /// <summary>"February 2026", a month without a day.</summary>
    MonthOnly,
}

/// <summary>
/// The written style of a date, e.g. "D Mon YYYY", "Month D, YYYY", "Weekday, D Month YYYY", "YYYY-MM-DD",
/// "Month D": what Consistency.DateStyle compares, and what fixes use to write a corrected date the same way.
/// </summary>
public readonly record struct DateStyle(
    DateOrder Order,
    MonthForm MonthForm,
    bool HasYear,
    bool CommaBeforeYear = false,
    bool Ordinal = false,
    bool HasWeekday = false,
    bool WeekdayAbbreviated = false)
{
    /// <summary>The style as a pattern such as "D Mon YYYY" or "Weekday, Month D, YYYY".</summary>
    public string Pattern
    {
        get
        {
            if (Order == DateOrder.Iso)
            {
                return "YYYY-MM-DD";
            }

            var month = MonthForm switch
            {
                MonthForm.Full => "Month",
                MonthForm.Abbreviated => "Mon",
                _ => "Mon.",
            };
            var day = Ordinal ? "Dth" : "D";
            var core = Order switch
            {
                DateOrder.DayMonth => $"{day} {month}",
                DateOrder.MonthDay => $"{month} {day}",
                _ => month,
            };
            if (HasYear)
            {
                core += (CommaBeforeYear ? ", " : " ") + "YYYY";
            }

            return HasWeekday ? (WeekdayAbbreviated ? "Wkd, " : "Weekday, ") + core : core;
        }
    }

    public override string ToString() => Pattern;

    /// <summary>Writes <paramref name="date"/> in this style, without the weekday (the caller keeps or fixes it).</summary>
    public string Render(DateOnly date, bool? includeYear = null)
    {
        var withYear = includeYear ?? HasYear;
        if (Order == DateOrder.Iso)
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var month = MonthForm switch
        {
            MonthForm.Full => DateLexicon.MonthNames[date.Month - 1],
            MonthForm.Abbreviated => DateLexicon.MonthAbbreviations[date.Month - 1],
            _ => DateLexicon.MonthApAbbreviations[date.Month - 1],
        };
        var day = Ordinal ? Ordinalize(date.Day) : date.Day.ToString(CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        switch (Order)
        {
            case DateOrder.DayMonth:
                sb.Append(day).Append(' ').Append(month);
                break;
            case DateOrder.MonthDay:
                sb.Append(month).Append(' ').Append(day);
                break;
            default:
                sb.Append(month);
                break;
        }

        if (withYear)
        {
            sb.Append(CommaBeforeYear || (!HasYear && Order == DateOrder.MonthDay) ? ", " : " ")
                .Append(date.Year.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>The weekday of <paramref name="date"/> as this style writes weekdays.</summary>
    public string RenderWeekday(DayOfWeek day) =>
        WeekdayAbbreviated ? DateLexicon.WeekdayAbbreviations[(int)day] : day.ToString();

    private static string Ordinalize(int day)
    {
        var suffix = (day % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
        };
        return day.ToString(CultureInfo.InvariantCulture) + suffix;
    }
}
