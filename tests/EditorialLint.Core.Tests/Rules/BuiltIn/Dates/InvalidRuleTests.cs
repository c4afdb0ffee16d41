using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Dates;

public class InvalidRuleTests
{
    [Theory]
    [InlineData("The deadline is February 30, the ministry said.", "February 30", "February has 28 days")]
    [InlineData("Applications close on 31 April.", "31 April", "April has 30 days")]
    [InlineData("The lease ends on 29 February 2027.", "29 February 2027", "2027 is not a leap year")]
    [InlineData("The file was stamped 2026-02-30.", "2026-02-30", "February has 28 days")]
    [InlineData("The review is due Sept. 31.", "Sept. 31", "September has 30 days")]
    public void Dates_that_do_not_exist(string text, string flagged, string reason)
    {
        var d = RuleAssert.Single<InvalidRule>(text, flagged);
        Assert.Contains(reason, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_date_is_flagged_not_its_weekday() =>
        RuleAssert.Single<InvalidRule>("It opens on Monday, 31 June 2026.", "31 June 2026");

    [Theory]
    [InlineData("The lease ends on 29 February 2028.")]
    [InlineData("Leap day, February 29, is a holiday there.")]
    [InlineData("It closes on April 30 and reopens on 31 May.")]
    [InlineData("Highway 31 and Article 30 of the charter.")]
    public void Silent_on_real_dates(string text) => RuleAssert.None<InvalidRule>(text);
}
