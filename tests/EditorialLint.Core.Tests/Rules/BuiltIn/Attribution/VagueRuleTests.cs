using EditorialLint.Core.Rules.BuiltIn.Attribution;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Attribution;

public class VagueRuleTests
{
    [Theory]
    [InlineData("According to multiple sources, what is now being prepared is a roadmap.", "According to multiple sources")]
    [InlineData("Sources say the deal is close.", "Sources say")]
    [InlineData("It is understood that the envoy left.", "It is understood that")]
    [InlineData("Observers believe the window is closing.", "Observers believe")]
    [InlineData("Some say the talks are a show.", "Some say")]
    [InlineData("The deal was reportedly close.", "reportedly")]
    public void Flags_claims_pinned_on_nobody(string text, string flagged) =>
        RuleAssert.Single<VagueRule>(text, flagged);

    [Theory]
    [InlineData("Regional actors are no longer peripheral observers.")]
    [InlineData("According to Maria de Vries, a spokeswoman, the talks resume Monday.")]
    [InlineData("The ministry said in a statement that sources of funding were secure.")]
    [InlineData("Some saying goes here, and resources say nothing.")]
    public void Silent_on_named_sources_and_ordinary_words(string text) => RuleAssert.None<VagueRule>(text);
}
