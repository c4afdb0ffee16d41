using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class DateDescriberTests
{
    private static readonly DateOnly Published = new(2026, 2, 4);

    [Theory]
    [InlineData(1, "1 day")]
    [InlineData(5, "5 days")]
    [InlineData(21, "about 3 weeks")]
    [InlineData(146, "about 5 months")]
    [InlineData(-219, "about 7 months")]
    [InlineData(800, "about 2 years")]
    public void Distances_in_words(int days, string expected) => Assert.Equal(expected, DateDescriber.Distance(days));

    [Theory]
    [InlineData("2026-01-30", "Friday 30 January 2026, 5 days before publication")]
    [InlineData("2026-06-30", "Tuesday 30 June 2026, about 5 months after publication")]
    [InlineData("2026-02-04", "Wednesday 4 February 2026, the day of publication")]
    [InlineData("2026-02-03", "Tuesday 3 February 2026, the day before publication")]
    public void Hover_text_of_a_day(string day, string expected) =>
        Assert.Equal(expected, DateDescriber.Describe(DateInterval.Day(DateTestKit.Day(day)), Published));

    [Fact]
    public void Hover_text_of_an_interval()
    {
        var lastWeek = new DateInterval(new DateOnly(2026, 1, 26), new DateOnly(2026, 2, 1));
        Assert.Equal("Monday 26 January 2026 to Sunday 1 February 2026, ending 3 days before publication",
            DateDescriber.Describe(lastWeek, Published));
        Assert.Equal("Monday 26 January 2026 to Sunday 1 February 2026", DateDescriber.Describe(lastWeek, null));
    }

    [Theory]
    [InlineData("2026-01-30", "last Friday")]
    [InlineData("2026-02-03", "yesterday")]
    [InlineData("2026-02-06", "next Friday")]
    [InlineData("2026-01-02", null)]
    public void Nicknames(string day, string? expected) => Assert.Equal(expected, DateDescriber.Nickname(DateTestKit.Day(day), Published));
}
