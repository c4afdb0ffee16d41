namespace EditorialLint.Core.Dates;

/// <summary>A date one typing slip away from the written one, and how the slip is called.</summary>
public readonly record struct Slip(DateOnly Date, string Kind);

/// <summary>
/// Finds dates one slip away from a written date: a look-alike month (Jan/Jun/Jul, Mar/May, Apr/Aug) or the next
/// month, transposed or dropped day digits, a neighbouring or transposed year.
/// </summary>
public static class SlipSuggester
{
    private static readonly int[][] MonthLookAlikes =
    [
        [], [6, 7], [], [5], [8], [3], [1, 7], [1, 6], [4], [], [], [], [],
    ];

    /// <summary>The slips of <paramref name="e"/> whose date satisfies <paramref name="fits"/>, nearest to <paramref name="near"/> first.</summary>
    public static IReadOnlyList<Slip> Find(TemporalExpression e, DateOnly near, Func<DateOnly, bool> fits)
    {
        if (e.Month is not { } month || e.Day is not { } day)
        {
            return [];
        }

        var years = e.Year is { } y ? new[] { y } : [near.Year - 1, near.Year, near.Year + 1];
        var found = new List<Slip>();

        void Try(int year, int m, int d, string kind)
        {
            if (TemporalResolver.TryDate(year, m, d, out var date) && fits(date) && !found.Exists(s => s.Date == date))
            {
                found.Add(new Slip(date, kind));
            }
        }

        foreach (var year in years)
        {
            foreach (var m in MonthLookAlikes[month])
            {
                Try(year, m, day, "month");
            }

            Try(year, month == 1 ? 12 : month - 1, day, "month");
            Try(year, month == 12 ? 1 : month + 1, day, "month");
            if (day >= 10)
            {
                Try(year, month, day % 10 * 10 + day / 10, "day");
                Try(year, month, day / 10, "day");
                Try(year, month, day % 10, "day");
            }
        }

        if (e.Year is { } written)
        {
            Try(written - 1, month, day, "year");
            Try(written + 1, month, day, "year");
            var swapped = written / 100 * 100 + written % 10 * 10 + written / 10 % 10;
            Try(swapped, month, day, "year");
        }

        found.Sort((a, b) => Math.Abs(a.Date.DayNumber - near.DayNumber).CompareTo(Math.Abs(b.Date.DayNumber - near.DayNumber)));
        return found;
    }
}
