using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Dates;

public class WeekdayMismatchRuleTests
{
    [Fact]
    public void Weekday_that_is_not_the_dates()
    {
        const string text = "The festival opens on Wednesday, 2 July 2026 in the park.";
        var d = RuleAssert.Single<WeekdayMismatchRule>(text, "Wednesday, 2 July 2026");
        Assert.Contains("is a Thursday, not a Wednesday", d.Message, StringComparison.Ordinal);
        Assert.Equal("The festival opens on Thursday, 2 July 2026 in the park.", RuleAssert.FixResult<WeekdayMismatchRule>(text));
        Assert.Equal("1 July 2026", d.Fixes[1].Edits[0].NewText);
    }

    [Fact]
    public void Yesterday_glossed_with_the_wrong_weekday()
    {
        const string text = "Yesterday, Tuesday, the council voted.";
        var d = RuleAssert.Single<WeekdayMismatchRule>(text, "Tuesday", published: "2026-02-02");
        Assert.Contains("Sunday 1 February 2026", d.Message, StringComparison.Ordinal);
        Assert.Equal("Yesterday, Sunday, the council voted.", RuleAssert.FixResult<WeekdayMismatchRule>(text, published: "2026-02-02"));
    }

    [Fact]
    public void Last_friday_glossed_with_the_wrong_date()
    {
        const string text = "The board met last Friday (October 17) to discuss the merger.";
        var d = RuleAssert.Single<WeekdayMismatchRule>(text, "October 17", published: "2025-10-28");
        Assert.Contains("Friday 24 October 2025", d.Message, StringComparison.Ordinal);
        Assert.Equal(text.Replace("October 17", "October 24", StringComparison.Ordinal), RuleAssert.FixResult<WeekdayMismatchRule>(text, published: "2025-10-28"));
    }

    [Fact]
    public void Weekday_and_date_without_a_year_read_near_publication() =>
        RuleAssert.Single<WeekdayMismatchRule>("The talks resumed on Monday, February 3, in Vienna.", "Monday, February 3");

    [Fact]
    public void Full_date_needs_no_publication_date() =>
        RuleAssert.Single<WeekdayMismatchRule>("The shop closed on Friday, 3 March 2025.", "Friday, 3 March 2025", published: null);

    [Theory]
    [InlineData("The vote was held on Friday, 30 January 2026.")]
    [InlineData("The stadium opens on Thursday, July 2, 2026.")]
    [InlineData("Yesterday, Tuesday, the council voted.")]
    [InlineData("The board met last Friday (January 30) in Rome.")]
    [InlineData("The report was released Friday, Jan. 30, and the board meets Tuesday, Feb. 10.")]
    [InlineData("Black Friday, 28 November, was quiet.")]
    public void Silent_when_weekdays_match(string text) => RuleAssert.None<WeekdayMismatchRule>(text);

    [Fact]
    public void Silent_on_a_date_without_a_year_when_there_is_no_publication_date() =>
        RuleAssert.None<WeekdayMismatchRule>("The talks resumed on Monday, February 3.", published: null);
}
