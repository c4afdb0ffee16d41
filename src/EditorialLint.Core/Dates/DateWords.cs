using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Dates;

/// <summary>Message pieces shared by the date checks.</summary>
public static class DateWords
{
    /// <summary>"did you mean last Friday, January 30?" for up to two slips, or null when there are none.</summary>
    public static string? DidYouMean(TemporalExpression e, IReadOnlyList<Slip> slips, DateOnly publication)
    {
        if (slips.Count == 0)
        {
            return null;
        }

        var options = slips.Take(2).Select(s =>
        {
            var text = Render(e, s.Date, s.Date.Year != publication.Year && e.Year is null);
            return DateDescriber.Nickname(s.Date, publication) is { } nick ? $"{nick}, {text}" : text;
        });
        return "did you mean " + string.Join(", or ", options) + "?";
    }

    /// <summary>Writes <paramref name="date"/> the way <paramref name="e"/> is written (without its weekday).</summary>
    public static string Render(TemporalExpression e, DateOnly date, bool forceYear = false) =>
        (e.Style ?? new DateStyle(DateOrder.MonthDay, MonthForm.Full, HasYear: false)).Render(date, forceYear ? true : null);

    /// <summary>A fix that replaces the date proper (not its weekday) of <paramref name="m"/>.</summary>
    public static DateFix ReplaceDate(DateMention m, DateOnly date, string title, bool forceYear = false)
    {
        var (start, length) = m.Expression.DateRange ?? (m.Start, m.Length);
        var text = Render(m.Expression, date, forceYear);
        return new DateFix(string.Format(title, text), m.BlockIndex, start, length, text);
    }

    /// <summary>The first letter lowered, for quoting a sentence-opening frame inside a message.</summary>
    public static string Inline(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
