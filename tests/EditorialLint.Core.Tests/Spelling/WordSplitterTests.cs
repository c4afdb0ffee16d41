using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class WordSplitterTests
{
    private static readonly EnglishDictionary Dictionary = EnglishDictionary.Shared;

    [Theory]
    [InlineData("towardsa", "towards", "a")]
    [InlineData("ofthe", "of", "the")]
    [InlineData("inthe", "in", "the")]
    [InlineData("wouldbe", "would", "be")]
    [InlineData("Ofthe", "Of", "the")]
    [InlineData("fundsused", "funds", "used")]
    public void Splits_two_common_words(string token, string first, string second)
    {
        Assert.True(WordSplitter.TrySplit(token, Dictionary, out var a, out var b));
        Assert.Equal((first, second), (a, b));
    }

    [Theory]
    [InlineData("another")]      // real compounds are dictionary words
    [InlineData("today")]
    [InlineData("nonetheless")]
    [InlineData("goverment")]    // a misspelling, not two words
    [InlineData("downblending")]
    [InlineData("Larijani")]
    [InlineData("ab")]
    [InlineData("towardsA")]
    [InlineData("chipmakers")]  // closed compounds the dictionary lacks
    [InlineData("webpages")]
    [InlineData("of-the")]
    public void Leaves_other_tokens_alone(string token) =>
        Assert.False(WordSplitter.TrySplit(token, Dictionary, out _, out _));
}
