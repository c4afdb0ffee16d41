using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class ArticleRuleTests
{
    [Theory]
    [InlineData("They signed a agreement.", "a", "They signed an agreement.")]
    [InlineData("He met an European diplomat.", "an", "He met a European diplomat.")]
    [InlineData("It took a hour.", "a", "It took an hour.")]
    [InlineData("She is a MP for Leeds.", "a", "She is an MP for Leeds.")]
    [InlineData("They saw a 8% rise.", "a", "They saw an 8% rise.")]
    [InlineData("An government source said so.", "An", "A government source said so.")]
    [InlineData("It was a unfair deal.", "a", "It was an unfair deal.")]
    [InlineData("It was an heavy loss.", "an", "It was a heavy loss.")]
    public void Flags_the_article_by_sound_and_swaps_it(string text, string flagged, string fixedText)
    {
        var d = RuleAssert.Single<ArticleRule>(text, flagged);

        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(fixedText, FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Theory]
    [InlineData("It took an hour, a European, an MP and a one-off payment.")]
    [InlineData("A university and an honest man met a NATO envoy.")]
    [InlineData("It was an historic day at an hotel.")]     // old British usage: left alone
    [InlineData("A MITI official met an Airod manager.")]   // names and acronyms need lopsided evidence
    [InlineData("Plan A and Vitamin A are fine.")]           // the letter A, not the article
    [InlineData("Reserve n/a Outstanding.")]                 // part of an abbreviation
    [InlineData("He wrote a \"historic\" note.")]            // no word right after the article
    [InlineData("Mails from an fbi.gov address.")]          // an address, read letter by letter
    public void Silent_when_the_article_fits(string text) => RuleAssert.None<ArticleRule>(text);
}
