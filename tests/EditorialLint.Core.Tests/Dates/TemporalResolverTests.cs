using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class TemporalResolverTests
{
    private static readonly DateOnly Published = new(2026, 2, 4); // a Wednesday

    private static DateInterval Resolve(string text, Tense tense = Tense.Unknown) =>
        TemporalResolver.Resolve(DateTestKit.Single(text), Published, tense)!.Value;

    [Theory]
    [InlineData("They met last Friday.", "2026-01-30")]
    [InlineData("They meet this Friday.", "2026-02-06")]
    [InlineData("They meet next Tuesday.", "2026-02-10")]
    [InlineData("He left yesterday.", "2026-02-03")]
    [InlineData("He leaves tomorrow.", "2026-02-05")]
    [InlineData("It began three days ago.", "2026-02-01")]
    [InlineData("It ended on 30 January 2026.", "2026-01-30")]
    public void Single_days(string text, string expected) =>
        Assert.Equal(DateInterval.Day(DateTestKit.Day(expected)), Resolve(text));

    [Theory]
    [InlineData("They met on Monday.", Tense.Past, "2026-02-02")]
    [InlineData("They meet on Monday.", Tense.Future, "2026-02-09")]
    [InlineData("They met on Wednesday.", Tense.Past, "2026-02-04")]
    [InlineData("He left on June 30.", Tense.Past, "2025-06-30")]
    [InlineData("He leaves on June 30.", Tense.Future, "2026-06-30")]
    [InlineData("He left on January 30.", Tense.Past, "2026-01-30")]
    [InlineData("He goes on January 30.", Tense.Future, "2027-01-30")]
    [InlineData("It is on June 30.", Tense.Unknown, "2026-06-30")]
    public void Tense_chooses_the_reading(string text, Tense tense, string expected) =>
        Assert.Equal(DateTestKit.Day(expected), Resolve(text, tense).Start);

    [Theory]
    [InlineData("It happened last October 28.", "2025-10-28")]
    [InlineData("It takes effect next January 1.", "2027-01-01")]
    public void Last_and_next_pick_the_year(string text, string expected) =>
        Assert.Equal(DateTestKit.Day(expected), Resolve(text).Start);

    [Theory]
    [InlineData("Talks were held this week.", Tense.Past, "2026-02-02", "2026-02-08")]
    [InlineData("Talks were held last week.", Tense.Past, "2026-01-26", "2026-02-01")]
    [InlineData("Talks were held last month.", Tense.Past, "2026-01-01", "2026-01-31")]
    [InlineData("Talks were held earlier this month.", Tense.Past, "2026-02-01", "2026-02-04")]
    [InlineData("Talks resume later this week.", Tense.Future, "2026-02-04", "2026-02-08")]
    [InlineData("Rebels struck over the weekend.", Tense.Past, "2026-01-31", "2026-02-01")]
    [InlineData("Rebels will strike over the weekend.", Tense.Future, "2026-02-07", "2026-02-08")]
    [InlineData("Talks moved over the past week.", Tense.Past, "2026-01-27", "2026-02-04")]
    [InlineData("Talks moved over the past few days.", Tense.Past, "2026-01-25", "2026-02-04")]
    [InlineData("Output peaked in mid-June 2025.", Tense.Past, "2025-06-11", "2025-06-20")]
    [InlineData("Prices rose in 2026.", Tense.Past, "2026-01-01", "2026-12-31")]
    [InlineData("Prices rose last year.", Tense.Past, "2025-01-01", "2025-12-31")]
    [InlineData("It fell in early March.", Tense.Past, "2025-03-01", "2025-03-10")]
    public void Periods(string text, Tense tense, string start, string end) =>
        Assert.Equal(new DateInterval(DateTestKit.Day(start), DateTestKit.Day(end)), Resolve(text, tense));

    [Fact]
    public void Readings_of_a_date_without_a_year_are_the_neighbouring_years()
    {
        var readings = TemporalResolver.Readings(DateTestKit.Single("on June 30"), Published);
        Assert.Equal([new DateOnly(2025, 6, 30), new DateOnly(2026, 6, 30), new DateOnly(2027, 6, 30)], readings);
        Assert.Empty(TemporalResolver.Readings(DateTestKit.Single("on February 30"), Published));
    }

    [Theory]
    [InlineData("on February 30", false)]
    [InlineData("on 31 April", false)]
    [InlineData("on 29 February 2027", false)]
    [InlineData("on 29 February 2028", true)]
    [InlineData("on February 29", true)]
    [InlineData("on 2026-02-30", false)]
    public void Validity(string text, bool valid) => Assert.Equal(valid, TemporalResolver.IsValidDay(DateTestKit.Single(text)));

    [Fact]
    public void An_invalid_date_does_not_resolve() =>
        Assert.Null(TemporalResolver.Resolve(DateTestKit.Single("on February 30"), Published));
}
