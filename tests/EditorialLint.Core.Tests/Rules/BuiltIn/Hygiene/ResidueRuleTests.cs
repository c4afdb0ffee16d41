using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Hygiene;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Hygiene;

public class ResidueRuleTests
{
    [Theory]
    [InlineData("The window remains open.\n\nRead Entire Article\n", "Read Entire Article")]
    [InlineData("The window remains open.\n\nInternational | | | |\n", "International | | | |")]
    [InlineData("Headline here\n\n3 hours ago 4\n\nBody text.", "3 hours ago 4")]
    [InlineData("Prices rose. Click here to subscribe to our alerts.", "Click here to subscribe")]
    [InlineData("Prices rose.\nBack to top\n", "Back to top")]
    [InlineData("The deal is worth TK million, officials said.", "TK")]
    [InlineData("Turnout was XX per cent, up from last time.", "XX")]
    [InlineData("The report [link] says otherwise.", "[link]")]
    [InlineData("Lorem ipsum dolor sit amet, the story begins.", "Lorem ipsum dolor sit amet")]
    public void Flags_furniture_and_leftovers(string text, string flagged)
    {
        Diagnostic d = RuleAssert.Single<ResidueRule>(text, flagged);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Fact]
    public void Flags_each_furniture_line_of_one_paragraph() =>
        Assert.Equal(["Read Entire Article", "International | | | |"], RuleAssert.Flagged<ResidueRule>("Whether it stays that way will depend on substance.\n\nRead Entire Article\nInternational | | | |"));

    [Fact]
    public void Whole_line_furniture_can_be_deleted() =>
        Assert.Equal("Body.\n\n\n\nMore body.", RuleAssert.FixResult<ResidueRule>("Body.\n\n3 hours ago 4\n\nMore body."));

    [Theory]
    [InlineData("He played in Super Bowl XX, a record.")]
    [InlineData("Prices rose three hours ago, dealers said 4 times.")]
    [InlineData("The firm will share this year's profits with staff.")]
    [InlineData("Readers can sign up for the service online.")]
    [InlineData("The TKO came in the third round.")]
    [InlineData("He read the article twice before the vote.")]
    [InlineData("In the years to come, he can make it back to top form.")]
    public void Silent_on_ordinary_copy(string text) => RuleAssert.None<ResidueRule>(text);
}
