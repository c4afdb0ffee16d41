using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class SpacingRuleTests
{
    [Theory]
    [InlineData("The talks ended.The minister left.", ".", "The talks ended. The minister left.")]
    [InlineData("The talks ended,the minister left.", ",", "The talks ended, the minister left.")]
    [InlineData("Why?Nobody knows.", "?", "Why? Nobody knows.")]
    [InlineData("The talks ended , the minister said.", " ", "The talks ended, the minister said.")]
    [InlineData("Is it over ? Nobody knows.", " ", "Is it over? Nobody knows.")]
    public void Flags_missing_and_misplaced_spaces_with_a_safe_fix(string text, string flagged, string fixedText)
    {
        var d = RuleAssert.Single<SpacingRule>(text, flagged);

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(fixedText, FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Fact]
    public void Doubled_space_is_information()
    {
        const string text = "The talks  ended.";

        var d = RuleAssert.Single<SpacingRule>(text, "  ");

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("The talks ended.", FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Theory]
    [InlineData("The U.S. and the U.K. agreed.")]
    [InlineData("Prices rose 3.5 pct to .125 dlrs a share.")]
    [InlineData("See reuters.com or news.bbc.co.uk for details.")]
    [InlineData("Some, e.g. Iran, agreed; others, i.e. Oman, did not.")]
    [InlineData("And so on ... The end.")]
    [InlineData("He said: \"Yes.\" Then he left.")]
    [InlineData("The Ph.D. student and Mr. Smith met at 10:30.")]
    [InlineData("The total was 1,000,000 dlrs.")]
    [InlineData("The rule demo.SentenceCase is a name.")]
    public void Silent_on_abbreviations_decimals_addresses_and_ellipses(string text) => RuleAssert.None<SpacingRule>(text);

    [Fact]
    public void Markdown_hard_break_spaces_are_not_doubled_spaces() =>
        RuleAssert.None<SpacingRule>("The talks ended.  \nThe minister left.\n", format: DocumentFormat.Markdown);
}
