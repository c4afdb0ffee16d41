using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class DateStyleRuleTests
{
    [Fact]
    public void Flags_the_later_style_on_a_tie_as_info()
    {
        Diagnostic d = RuleAssert.Single<DateStyleRule>("Published On 4 Feb 2026\n\nLarijani travelled to Moscow on June 30 for a meeting.", "June 30");
        Assert.Equal(Severity.Info, d.Severity);
        Assert.Contains("'4 Feb 2026'", d.Message);
        Assert.False(d.Fixes[0].IsSafe); // a tie: the article's style is a guess, so --fix leaves it alone
    }

    [Fact]
    public void Flags_the_minority_style() =>
        RuleAssert.Single<DateStyleRule>("Talks began on 3 March and resumed on 10 March. They end on April 2, 2026.", "April 2, 2026");

    [Theory]
    [InlineData("Talks began on 3 March and resumed on 10 March. They end on April 2, 2026.", "Talks began on 3 March and resumed on 10 March. They end on 2 April 2026.")]
    [InlineData("Talks began on March 3 and resumed on March 10. They end on 2 February.", "Talks began on March 3 and resumed on March 10. They end on February 2.")]
    [InlineData("Talks began on Feb. 3 and resumed on Feb. 10. They end on 2 March.", "Talks began on Feb. 3 and resumed on Feb. 10. They end on March 2.")]
    public void The_fix_swaps_day_and_month(string text, string expected) => Assert.Equal(expected, RuleAssert.FixResult<DateStyleRule>(text));

    [Fact]
    public void Iso_dates_are_a_style_of_their_own() =>
        RuleAssert.Single<DateStyleRule>("The deal was signed on March 3. It expires on March 30. Filing: 2026-02-04.", "2026-02-04");

    [Theory]
    [InlineData("SAN FRANCISCO, March 13 - The board met on March 12 and will meet again on April 2.")]
    [InlineData("The 4 Feb 2026 vote and the 30 June deadline.")]
    [InlineData("He met 30 people in March and May, and in June 2025.")]
    [InlineData("The vote on Feb. 4 and the deadline on June 30.")]
    [InlineData("The may 5 plan had 12 items.")]
    public void Silent_when_one_style_is_used(string text) => RuleAssert.None<DateStyleRule>(text);
}
