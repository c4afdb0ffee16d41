using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class DateStyleTests
{
    private static readonly DateOnly Day = new(2026, 1, 30);

    [Theory]
    [InlineData("on 4 Feb 2026", "30 Jan 2026")]
    [InlineData("on February 4, 2026", "January 30, 2026")]
    [InlineData("on Feb. 4, 2026", "Jan. 30, 2026")]
    [InlineData("on 2026-02-04", "2026-01-30")]
    [InlineData("on June 4", "January 30")]
    [InlineData("on 4 June", "30 January")]
    [InlineData("on June 4th", "January 30th")]
    [InlineData("on Sept. 4", "Jan. 30")]
    public void Renders_a_date_in_the_written_style(string text, string expected) =>
        Assert.Equal(expected, DateTestKit.Single(text).Style!.Value.Render(Day));

    [Theory]
    [InlineData("on June 4", "January 30, 2026")]
    [InlineData("on 4 June", "30 January 2026")]
    public void Adds_the_year_in_the_written_style(string text, string expected) =>
        Assert.Equal(expected, DateTestKit.Single(text).Style!.Value.Render(Day, includeYear: true));

    [Fact]
    public void Weekday_names_follow_the_style()
    {
        Assert.Equal("Fri", DateTestKit.Single("on Wed, 4 Feb 2026").Style!.Value.RenderWeekday(DayOfWeek.Friday));
        Assert.Equal("Friday", DateTestKit.Single("on Wednesday, 4 Feb 2026").Style!.Value.RenderWeekday(DayOfWeek.Friday));
    }
}
