using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Dates;

public class PublicationConflictRuleTests
{
    [Fact]
    public void Seed_paragraph_june_30_in_the_past_few_days()
    {
        const string text = "Over the past few days, Iran and regional nations have intensified their diplomacy. Ali Larijani travelled to Moscow on June 30 for a meeting with Russian President Vladimir Putin.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "June 30");
        Assert.Contains("about 5 months after publication", d.Message, StringComparison.Ordinal);
        Assert.Contains("January 30?", d.Message, StringComparison.Ordinal);
        Assert.Equal(text.Replace("June 30", "January 30", StringComparison.Ordinal), RuleAssert.FixResult<PublicationConflictRule>(text));
    }

    [Fact]
    public void Day_month_order_keeps_its_style_in_the_fix()
    {
        const string text = "The minister visited Doha on 30 June, officials said.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "30 June");
        Assert.Contains("30 January", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Date_before_publication_but_outside_a_recent_frame()
    {
        RuleAssert.Single<PublicationConflictRule>("Over the past few days, the talks moved fast. Envoys met on January 2 in Muscat.", "January 2");
    }

    [Theory]
    [InlineData("The summit will be held on June 30 in Vienna.")]
    [InlineData("Talks are scheduled for June 30.")]
    [InlineData("The agreement was signed on June 30, 2015.")]
    [InlineData("June Carter sang on stage.")]
    [InlineData("The minister travelled to Moscow on January 30.")]
    [InlineData("The company said results for the year ended June 30 were strong.")]
    [InlineData("Officials met on Highway 30 near the border.")]
    public void Silent_on_future_plans_dated_events_names_and_financial_periods(string text) =>
        RuleAssert.None<PublicationConflictRule>(text);

    [Fact]
    public void Silent_without_a_publication_date() =>
        RuleAssert.None<PublicationConflictRule>("He travelled to Moscow on June 30.", published: null);
}
