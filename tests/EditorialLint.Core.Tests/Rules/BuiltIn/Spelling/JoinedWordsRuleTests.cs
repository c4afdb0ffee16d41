using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class JoinedWordsRuleTests
{
    [Theory]
    [InlineData("a roadmap towardsa comprehensive agreement", "towardsa", "towards a")]
    [InlineData("the end ofthe talks", "ofthe", "of the")]
    [InlineData("they met inthe capital", "inthe", "in the")]
    [InlineData("it wouldbe a deal", "wouldbe", "would be")]
    public void Flags_two_words_run_together_with_the_fix(string text, string flagged, string fixedText)
    {
        var d = RuleAssert.Single<JoinedWordsRule>(text, flagged);
        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(text.Replace(flagged, fixedText, StringComparison.Ordinal), RuleAssert.FixResult<JoinedWordsRule>(text));
    }

    [Theory]
    [InlineData("Another day, today and tomorrow, nonetheless within the law, without doubt.")]
    [InlineData("Iran wants talks therefore; however, whatever happens, it cannot be undone.")]
    [InlineData("The Ofthe brand and INTHE acronym are names.")]
    public void Silent_on_real_compounds_and_names(string text) => RuleAssert.None<JoinedWordsRule>(text);

    [Fact]
    public void Range_is_exact_inside_markdown_emphasis()
    {
        const string text = "A *roadmap towardsa deal*.";
        var d = RuleAssert.Single<JoinedWordsRule>(text, "towardsa", format: DocumentFormat.Markdown);
        Assert.Equal("A *roadmap towards a deal*.", Core.Diagnostics.FixApplier.Apply(text, d.Fixes[0].Edits));
    }
}
