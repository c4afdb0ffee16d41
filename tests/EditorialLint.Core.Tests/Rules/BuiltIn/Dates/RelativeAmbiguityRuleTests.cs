using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Dates;

public class RelativeAmbiguityRuleTests
{
    [Fact]
    public void Suggests_the_weekday_for_today()
    {
        const string text = "The minister said today that talks would continue.";
        var d = RuleAssert.Single<RelativeAmbiguityRule>(text, "today");
        Assert.Contains("Wednesday", d.Message, StringComparison.Ordinal);
        Assert.Equal("The minister said Wednesday that talks would continue.", RuleAssert.FixResult<RelativeAmbiguityRule>(text));
    }

    [Theory]
    [InlineData("Schools reopen tomorrow.", "tomorrow", "Thursday")]
    [InlineData("The vote was yesterday.", "yesterday", "Tuesday")]
    [InlineData("The vote is tonight.", "tonight", "Wednesday night")]
    public void Names_the_day(string text, string flagged, string replacement)
    {
        var d = RuleAssert.Single<RelativeAmbiguityRule>(text, flagged);
        Assert.Equal(replacement, d.Fixes[0].Edits[0].NewText);
    }

    [Theory]
    [InlineData("\"We will decide tomorrow,\" the minister said.")]
    [InlineData("The story ran in USA Today.")]
    [InlineData("Yesterday, Tuesday, the council voted.")]
    [InlineData("The fire started three days ago.")]
    public void Silent_on_quotes_names_glossed_and_counted_days(string text) => RuleAssert.None<RelativeAmbiguityRule>(text);

    [Fact]
    public void Silent_without_a_publication_date() => RuleAssert.None<RelativeAmbiguityRule>("The vote was yesterday.", published: null);

    [Fact]
    public void Info_and_off_by_default()
    {
        var rule = new RelativeAmbiguityRule();
        Assert.False(rule.Descriptor.EnabledByDefault);
        Assert.Equal(EditorialLint.Core.Diagnostics.Severity.Info, rule.Descriptor.DefaultSeverity);
    }
}
