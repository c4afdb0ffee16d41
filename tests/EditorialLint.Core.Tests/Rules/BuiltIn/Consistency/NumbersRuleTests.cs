using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class NumbersRuleTests
{
    [Theory]
    [InlineData("The talks lasted 3 hours on Friday.", "3")]
    [InlineData("Officials met fifteen delegations on Friday.", "fifteen")]
    [InlineData("Officials met twenty-five delegations on Friday.", "twenty-five")]
    public void Flags_numbers_against_AP_style(string text, string flagged)
    {
        Diagnostic d = RuleAssert.Single<NumbersRule>(text, flagged);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Theory]
    [InlineData("The talks lasted 3 hours on Friday.", "The talks lasted three hours on Friday.")]
    [InlineData("Officials met twenty-five delegations on Friday.", "Officials met 25 delegations on Friday.")]
    [InlineData("5 ministers resigned on Friday.", "Five ministers resigned on Friday.")]
    public void The_fix_writes_words_or_figures(string text, string expected) => Assert.Equal(expected, RuleAssert.FixResult<NumbersRule>(text));

    [Theory]
    [InlineData("The boy, aged 5, won $5 and a 5% share on June 5.")]
    [InlineData("Prices rose 3 pct to 5 dlrs a barrel over 2 weeks and 12 days.")]
    [InlineData("Egypt won 4-0 on Wednesday and Channel 4 showed it.")]
    [InlineData("The rate was 4.5 percent, he said.")]
    [InlineData("Three hours later, nine ministers and 12 aides left.")]
    [InlineData("Ten people died. The toll reached twenty thousand later.")]
    [InlineData("3 hours ago 4")]
    [InlineData("It entered the top ten. Vodafone cut off between eight and ten sellers.")]
    [InlineData("He said: \"I waited for twelve years.\"")]
    public void Silent_on_AP_exceptions(string text) => RuleAssert.None<NumbersRule>(text);
}
