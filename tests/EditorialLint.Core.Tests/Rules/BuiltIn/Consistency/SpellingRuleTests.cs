using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class SpellingRuleTests
{
    [Fact]
    public void Flags_the_minority_ise_spelling_with_a_fix_for_every_use()
    {
        const string text = "Iran wants the talks to stabilise first. Both sides want to stabilise the region. Oman will stabilize it.";
        Diagnostic d = RuleAssert.Single<SpellingRule>(text, "stabilize");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(text.Replace("stabilize", "stabilise"), RuleAssert.FixResult<SpellingRule>(text));
    }

    [Fact]
    public void Flags_a_word_used_twice_once_and_fixes_both()
    {
        const string text = "The colour of the flag, the colour of the sky and the favour asked. The color changed; the color faded.";
        Diagnostic d = RuleAssert.Single<SpellingRule>(text, "color");
        Assert.Contains("used 2 times", d.Message);
        Assert.Equal("The colour of the flag, the colour of the sky and the favour asked. The colour changed; the colour faded.", RuleAssert.FixResult<SpellingRule>(text));
    }

    [Fact]
    public void American_majority_converts_the_British_word() =>
        Assert.Equal("The color and the flavor of the labor talks.", RuleAssert.FixResult<SpellingRule>("The color and the flavor of the labour talks."));

    [Fact]
    public void Programme_and_program_as_the_same_noun_are_mixed_spellings()
    {
        const string text = "Iran's ballistic missile programme is secondary. The nuclear programme is not. Washington wants the program dismantled.";
        Diagnostic d = RuleAssert.Single<SpellingRule>(text, "program");
        Assert.Contains("'programme'", d.Message);
        Assert.Equal(text.Replace("the program dismantled", "the programme dismantled"), RuleAssert.FixResult<SpellingRule>(text));
    }

    [Theory]
    [InlineData("The nuclear programme went on. Engineers installed a computer program to track it.")]
    [InlineData("The nuclear program went on, and the program was a success.")]
    [InlineData("Downloads of TV programmes rose. About 70% were using file-sharing program BitTorrent.")]
    [InlineData("Oxford spelling: organize the colour scheme and recognize the favour.")]
    [InlineData("The Labor Party met at the World Trade Center. The colour was red and the centre held.")]
    [InlineData("Iran wants talks to stabilise; its ballistic missile programme is secondary and the centre travelled.")]
    [InlineData("The program was a success.")]
    public void Silent_when_one_variety_is_used(string text) => RuleAssert.None<SpellingRule>(text);
}
