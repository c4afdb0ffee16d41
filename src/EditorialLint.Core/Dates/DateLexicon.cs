using System.Collections.Frozen;

namespace EditorialLint.Core.Dates;

/// <summary>Lowercase keywords the recogniser and the tense detector react to.</summary>
internal enum DateKeyword : byte
{
    None,
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    Last,
    This,
    Next,
    Coming,
    Past,
    Later,
    Earlier,
    Early,
    Mid,
    Late,
    Ago,
    Over,
    In,
    Within,
    During,
    On,
    At,
    The,
    Few,
    Several,
    Couple,
    Recent,
    A,
    Of,
    From,
    End,
    Beginning,
    Start,
    Middle,
    Since,
    By,
    Until,
    Through,
    Before,
    After,
    Throughout,
    Night,
    Morning,
    Afternoon,
    Evening,
    Weekend,
    Day,
    Week,
    Month,
    Year,
}

/// <summary>Month, weekday, number-word and keyword tables, looked up by span without allocating.</summary>
internal static class DateLexicon
{
    public static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];

    public static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>AP-style abbreviations (used when a draft writes "Sept." or "Feb."): months of five letters or fewer stay whole.</summary>
    public static readonly string[] MonthApAbbreviations =
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static readonly string[] WeekdayAbbreviations = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly FrozenDictionary<string, (int Month, MonthForm Form)> Months = BuildMonths();
    private static readonly FrozenDictionary<string, (DayOfWeek Day, bool Abbreviated)> Weekdays = BuildWeekdays();
    private static readonly FrozenDictionary<string, DateKeyword> Keywords = BuildKeywords();
    private static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15,
        ["twenty"] = 20, ["thirty"] = 30,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Analysis.FirstWordFilter RelativeStarts = BuildRelativeStarts();

    // First letter and length of every key: most words are turned away before the table's hash.
    private static readonly Analysis.FirstWordFilter MonthWords = Filter(Months.Keys);
    private static readonly Analysis.FirstWordFilter WeekdayWords = Filter(Weekdays.Keys);
    private static readonly Analysis.FirstWordFilter KeywordWords = Filter(Keywords.Keys);

    private static readonly FrozenDictionary<string, (int Month, MonthForm Form)>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, (DayOfWeek Day, bool Abbreviated)>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup =
        Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, DateKeyword>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup =
        Keywords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A month name in title case ("June", "Jun", "Sept"); lowercase "may" is never a month.</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month, out MonthForm form)
    {
        if (word.Length >= 3 && char.IsUpper(word[0]) && MonthWords.MayContain(word) && MonthLookup.TryGetValue(word, out var entry))
        {
            month = entry.Month;
            form = entry.Form;
            return true;
        }

        month = 0;
        form = MonthForm.Full;
        return false;
    }

    /// <summary>A weekday in title case ("Friday", or an abbreviation such as "Fri" that only counts before a date).</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day, out bool abbreviated)
    {
        if (word.Length >= 3 && char.IsUpper(word[0]) && WeekdayWords.MayContain(word) && WeekdayLookup.TryGetValue(word, out var entry))
        {
            day = entry.Day;
            abbreviated = entry.Abbreviated;
            return true;
        }

        day = default;
        abbreviated = false;
        return false;
    }

    /// <summary>
    /// False only for a word that starts no relative expression: not one of the keywords the recogniser opens a
    /// match on ("yesterday", "last", "in", "the", "a", "few", ...) nor a number word. Checks first letter and length.
    /// </summary>
    public static bool MayStartRelative(ReadOnlySpan<char> word) => RelativeStarts.MayContain(word);

    /// <summary>The keyword table itself, which <see cref="Keyword"/> must agree with (for tests).</summary>
    internal static IReadOnlyDictionary<string, DateKeyword> KeywordTable => Keywords;

    public static DateKeyword Keyword(ReadOnlySpan<char> word)
    {
        if (word.Length is >= 1 and <= 3 && ShortKeyword(word) is { } shortKeyword)
        {
            return shortKeyword;
        }

        return word.Length is >= 1 and <= 10 && KeywordWords.MayContain(word) && KeywordLookup.TryGetValue(word, out var k) ? k : DateKeyword.None;
    }

    /// <summary>
    /// The keyword of an ASCII word of up to three letters, without hashing ("the", "in", "on", "a" are most of the
    /// look-ups); null for a word with a non-ASCII character, which the table answers.
    /// </summary>
    private static DateKeyword? ShortKeyword(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[3];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 128)
            {
                return null;
            }

            lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return lower[..word.Length] switch
        {
            "the" => DateKeyword.The,
            "in" => DateKeyword.In,
            "on" => DateKeyword.On,
            "at" => DateKeyword.At,
            "a" or "an" => DateKeyword.A,
            "of" => DateKeyword.Of,
            "by" => DateKeyword.By,
            "few" => DateKeyword.Few,
            "ago" => DateKeyword.Ago,
            "mid" => DateKeyword.Mid,
            "end" => DateKeyword.End,
            "day" => DateKeyword.Day,
            _ => DateKeyword.None,
        };
    }

    public static bool TryNumberWord(ReadOnlySpan<char> word, out int value) => NumberWordLookup.TryGetValue(word, out value);

    private static Analysis.FirstWordFilter Filter(IEnumerable<string> words)
    {
        var filter = new Analysis.FirstWordFilter();
        foreach (var word in words)
        {
            filter.Add(word);
        }

        return filter;
    }

    private static Analysis.FirstWordFilter BuildRelativeStarts()
    {
        var filter = new Analysis.FirstWordFilter();
        foreach (var (word, keyword) in Keywords)
        {
            if (keyword is DateKeyword.Yesterday or DateKeyword.Today or DateKeyword.Tomorrow or DateKeyword.Tonight
                or DateKeyword.Last or DateKeyword.This or DateKeyword.Next or DateKeyword.Coming or DateKeyword.Later
                or DateKeyword.Earlier or DateKeyword.Over or DateKeyword.In or DateKeyword.During or DateKeyword.At
                or DateKeyword.On or DateKeyword.Within or DateKeyword.The or DateKeyword.A or DateKeyword.Few or DateKeyword.Several)
            {
                filter.Add(word);
            }
        }

        foreach (var word in NumberWords.Keys)
        {
            filter.Add(word);
        }

        return filter;
    }

    private static FrozenDictionary<string, (int, MonthForm)> BuildMonths()
    {
        var d = new Dictionary<string, (int, MonthForm)>(StringComparer.Ordinal);
        for (var m = 1; m <= 12; m++)
        {
            d[MonthNames[m - 1]] = (m, MonthForm.Full);
            d.TryAdd(MonthAbbreviations[m - 1], (m, MonthForm.Abbreviated));
        }

        d["Sept"] = (9, MonthForm.Abbreviated);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, (DayOfWeek, bool)> BuildWeekdays()
    {
        var d = new Dictionary<string, (DayOfWeek, bool)>(StringComparer.Ordinal);
        for (var i = 0; i < 7; i++)
        {
            var day = (DayOfWeek)i;
            d[day.ToString()] = (day, false);
            d[WeekdayAbbreviations[i]] = (day, true);
        }

        d["Tues"] = (DayOfWeek.Tuesday, true);
        d["Thur"] = (DayOfWeek.Thursday, true);
        d["Thurs"] = (DayOfWeek.Thursday, true);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, DateKeyword> BuildKeywords()
    {
        var d = new Dictionary<string, DateKeyword>(StringComparer.OrdinalIgnoreCase)
        {
            ["yesterday"] = DateKeyword.Yesterday, ["today"] = DateKeyword.Today, ["tomorrow"] = DateKeyword.Tomorrow,
            ["tonight"] = DateKeyword.Tonight, ["last"] = DateKeyword.Last, ["this"] = DateKeyword.This,
            ["next"] = DateKeyword.Next, ["coming"] = DateKeyword.Coming, ["past"] = DateKeyword.Past,
            ["later"] = DateKeyword.Later, ["earlier"] = DateKeyword.Earlier, ["early"] = DateKeyword.Early,
            ["mid"] = DateKeyword.Mid, ["late"] = DateKeyword.Late, ["ago"] = DateKeyword.Ago,
            ["over"] = DateKeyword.Over, ["in"] = DateKeyword.In, ["within"] = DateKeyword.Within,
            ["during"] = DateKeyword.During, ["on"] = DateKeyword.On, ["at"] = DateKeyword.At,
            ["the"] = DateKeyword.The, ["few"] = DateKeyword.Few, ["several"] = DateKeyword.Several,
            ["couple"] = DateKeyword.Couple, ["recent"] = DateKeyword.Recent, ["a"] = DateKeyword.A,
            ["an"] = DateKeyword.A, ["of"] = DateKeyword.Of, ["from"] = DateKeyword.From,
            ["end"] = DateKeyword.End, ["beginning"] = DateKeyword.Beginning, ["start"] = DateKeyword.Start,
            ["middle"] = DateKeyword.Middle, ["since"] = DateKeyword.Since, ["by"] = DateKeyword.By,
            ["until"] = DateKeyword.Until, ["till"] = DateKeyword.Until, ["through"] = DateKeyword.Through,
            ["before"] = DateKeyword.Before, ["after"] = DateKeyword.After,
            ["throughout"] = DateKeyword.Throughout, ["night"] = DateKeyword.Night,
            ["morning"] = DateKeyword.Morning, ["afternoon"] = DateKeyword.Afternoon,
            ["evening"] = DateKeyword.Evening, ["weekend"] = DateKeyword.Weekend, ["day"] = DateKeyword.Day,
            ["days"] = DateKeyword.Day, ["week"] = DateKeyword.Week, ["weeks"] = DateKeyword.Week,
            ["month"] = DateKeyword.Month, ["months"] = DateKeyword.Month,
            ["year"] = DateKeyword.Year, ["years"] = DateKeyword.Year,
        };
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
