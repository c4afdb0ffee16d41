using System.Globalization;

namespace EditorialLint.Core.Dates;

/// <summary>
/// Parses one complete date written out in full: "4 Feb 2026", "4 February 2026", "February 4, 2026",
/// "Feb. 4, 2026", "Wednesday, 4 February 2026", "2026-02-04" (an ISO timestamp's date part too).
/// Used for metadata (front matter, datelines), not for prose.
/// </summary>
public static class SimpleDateParser
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        string s = text.Trim().Trim('"', '\'');
        if (s.Length >= 10 && char.IsDigit(s[0]) && s[4] == '-' && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        var words = new List<string>();
        foreach (string part in s.Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(part.TrimEnd('.'));
        }

        // Drop a leading weekday.
        if (words.Count == 4 && TryWeekday(words[0]))
        {
            words.RemoveAt(0);
        }

        if (words.Count != 3)
        {
            return false;
        }

        int day, month, year;
        if (TryMonth(words[0], out month) && TryDay(words[1], out day) && TryYear(words[2], out year))
        {
            return TryCreate(year, month, day, out date);
        }

        if (TryDay(words[0], out day) && TryMonth(words[1], out month) && TryYear(words[2], out year))
        {
            return TryCreate(year, month, day, out date);
        }

        return false;
    }

    /// <summary>1-12 for a month name or its common abbreviation ("Feb", "Sept"), case-insensitive.</summary>
    public static bool TryMonth(string word, out int month)
    {
        month = 0;
        if (word.Length < 3)
        {
            return false;
        }

        for (int i = 0; i < 12; i++)
        {
            string name = MonthNames[i];
            if (string.Equals(word, name, StringComparison.OrdinalIgnoreCase)
                || (word.Length == 3 && name.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                || (i == 8 && string.Equals(word, "Sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = i + 1;
                return true;
            }
        }

        return false;
    }

    private static bool TryWeekday(string word) =>
        CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Any(d => string.Equals(d, word, StringComparison.OrdinalIgnoreCase)
            || (word.Length == 3 && d.StartsWith(word, StringComparison.OrdinalIgnoreCase)));

    private static bool TryDay(string word, out int day)
    {
        string digits = word.EndsWith("st", StringComparison.OrdinalIgnoreCase) || word.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || word.EndsWith("th", StringComparison.OrdinalIgnoreCase)
            ? word[..^2] : word;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31;
    }

    private static bool TryYear(string word, out int year) =>
        int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 9999;

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
