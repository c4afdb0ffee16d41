using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules.BuiltIn.Attribution;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Attribution;

public class VagueRuleTests
{
    [Theory]
    [InlineData("According to multiple sources, what is now being prepared is a roadmap.", "According to multiple sources")]
    [InlineData("Sources say the deal is close.", "Sources say")]
    [InlineData("Exports fell 6.4 pct in February, trade sources said.", "sources said")]
    [InlineData("It is understood that the envoy left.", "It is understood that")]
    [InlineData("The envoy is said to have left on Friday.", "is said to have")]
    [InlineData("Observers believe the window is closing.", "Observers believe")]
    [InlineData("Some say the talks are a show.", "Some say")]
    [InlineData("Critics say the law favours large companies.", "Critics say")]
    [InlineData("Experts believe the economy may be entering a softer patch.", "Experts believe")]
    [InlineData("Many people think the vote was rigged.", "Many people think")]
    [InlineData("It has been reported that the plant will close.", "It has been reported")]
    [InlineData("The deal was reportedly close.", "reportedly")]
    [InlineData("A dozen teenagers are thought to have been identified.", "are thought to have")]
    public void Flags_claims_pinned_on_nobody(string text, string flagged) =>
        RuleAssert.Single<VagueRule>(text, flagged);

    [Fact]
    public void Flags_each_phrase_across_a_line_break() =>
        Assert.Equal(["sources\nsaid", "according to sources"], RuleAssert.Flagged<VagueRule>("Prices fell, trade sources\nsaid. Others rose, according to sources."));

    [Theory]
    [InlineData("Regional actors are no longer peripheral observers.")]
    [InlineData("According to Maria de Vries, a spokeswoman, the talks resume Monday.")]
    [InlineData("The ministry said in a statement that sources of funding were secure.")]
    [InlineData("Some saying goes here, and resources say nothing.")]
    [InlineData("The plant draws power from several sources of energy.")]
    [InlineData("Analysts construed it as positive since it is alleged by Texaco that Pennzoil broke the rule.")]
    [InlineData("\"Critics say we are slow, but we are not,\" the minister said.")]
    [InlineData("He said: “Experts believe this is the end.”")]
    [InlineData("The company is expected to report a loss.")]
    public void Silent_on_named_sources_quotations_and_ordinary_words(string text) => RuleAssert.None<VagueRule>(text);

    [Fact]
    public void A_newsroom_list_extends_the_built_in_phrases()
    {
        var newsroom = PhraseLists.Parse("newsroom.yaml", "house:\n  - word on the street is\n");
        var rule = new VagueRule(VagueRule.BuiltInLists().Merge(newsroom));
        var document = Document.Parse("a.txt", "Word on the street is that sources say it is over.");
        var diagnostics = new Linter([rule], new LintOptions()).Lint(document).Diagnostics;
        Assert.Equal(["Word on the street is", "sources say"], diagnostics.Select(d => document.Source.Text.Substring(d.Span.Start, d.Span.Length)));
    }

    [Fact]
    public void The_built_in_data_file_is_embedded_and_has_every_list()
    {
        PhraseLists lists = VagueRule.BuiltInLists();
        Assert.Equal(["crowds", "impersonal", "sources"], lists.Names.Order());
        Assert.All(lists.Names, name => Assert.NotEmpty(lists[name]));
    }
}
