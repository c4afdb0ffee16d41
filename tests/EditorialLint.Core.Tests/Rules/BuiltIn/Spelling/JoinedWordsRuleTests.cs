using EditorialLint.Core.Diagnostics;
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
    [InlineData("Ofthe talks, little is known.", "Ofthe", "Of the")]
    public void Flags_two_words_run_together_with_the_fix(string text, string flagged, string fixedText)
    {
        var d = RuleAssert.Single<JoinedWordsRule>(text, flagged);
        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(text.Replace(flagged, fixedText, StringComparison.Ordinal), RuleAssert.FixResult<JoinedWordsRule>(text));
    }

    [Fact]
    public void Two_content_words_get_a_fix_to_review()
    {
        var d = RuleAssert.Single<JoinedWordsRule>("the fundsused for the project", "fundsused");

        Assert.Equal("funds used", d.Fixes[0].Edits[0].NewText);
        Assert.False(d.Fixes[0].IsSafe);
    }

    [Fact]
    public void Two_content_words_are_split_when_the_article_writes_them_apart()
    {
        const string text = "Young people voted. Many youngpeople stayed home.";

        var d = RuleAssert.Single<JoinedWordsRule>(text, "youngpeople");

        Assert.Equal("young people", d.Fixes[0].Edits[0].NewText);
        RuleAssert.None<JoinedWordsRule>("Many youngpeople stayed home.");
    }

    [Fact]
    public void Wire_abbreviations_are_words_too() =>
        Assert.Equal("pct of", RuleAssert.Single<JoinedWordsRule>("It rose 5 pctof the total.", "pctof").Fixes[0].Edits[0].NewText);

    [Theory]
    [InlineData("Another day, today and tomorrow, nonetheless within the law, without doubt.")]
    [InlineData("Iran wants talks therefore; however, whatever happens, it cannot be undone.")]
    [InlineData("The Ofthe brand and INTHE acronym are names.")]
    [InlineData("Shearson said so. Lagat won the race.")]                     // names that happen to split
    [InlineData("Transferring or downblending the stockpile, and housebuilding.")] // closed compounds
    [InlineData("The appointment was adressed in a memo.")]                  // a slip in one word, not two words
    [InlineData("The inthe app is new. Everyone uses inthe daily.")]          // the article's own term
    public void Silent_on_real_compounds_and_names(string text) => RuleAssert.None<JoinedWordsRule>(text);

    [Fact]
    public void Accepted_vocabulary_is_never_split()
    {
        var options = SpellingTestOptions.WithVocabulary(["towardsa"], []);

        Assert.Empty(RuleAssert.Lint<JoinedWordsRule>("a roadmap towardsa deal", options: options));
    }

    [Fact]
    public void Range_is_exact_inside_markdown_emphasis()
    {
        const string text = "A *roadmap towardsa deal*.";
        var d = RuleAssert.Single<JoinedWordsRule>(text, "towardsa", format: DocumentFormat.Markdown);
        Assert.Equal("A *roadmap towards a deal*.", FixApplier.Apply(text, d.Fixes[0].Edits));
    }
}
