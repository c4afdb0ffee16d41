using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class SpellingVariantsTests
{
    private static readonly SpellingVariants Variants = EnglishDictionary.Shared.Variants;

    [Theory]
    [InlineData("color", "colour")]
    [InlineData("Color", "Colour")]
    [InlineData("organize", "organise")]
    [InlineData("traveled", "travelled")]
    [InlineData("center", "centre")]
    [InlineData("defense", "defence")]
    [InlineData("analyze", "analyse")]
    [InlineData("catalog", "catalogue")]
    [InlineData("gray", "grey")]
    [InlineData("JUDGMENT", "JUDGEMENT")]
    public void Pairs_american_and_british_spellings(string american, string british)
    {
        Assert.True(Variants.TryGetBritish(american, out var gb));
        Assert.Equal(british, gb);
        Assert.True(Variants.TryGetAmerican(british, out var us));
        Assert.Equal(american, us);
    }

    [Theory]
    [InlineData("house")]
    [InlineData("program")]
    [InlineData("towardsa")]
    public void Words_spelled_alike_have_no_pair(string word)
    {
        Assert.False(Variants.TryGetBritish(word, out _));
        Assert.False(Variants.TryGetAmerican(word, out _));
        Assert.Null(Variants.VarietyOf(word));
    }

    [Fact]
    public void VarietyOf_names_the_spelling_standard()
    {
        Assert.Equal(EnglishVariety.American, Variants.VarietyOf("Colors"));
        Assert.Equal(EnglishVariety.British, Variants.VarietyOf("colours"));
    }

    [Fact]
    public void Every_pair_is_in_the_dictionary_for_its_variety()
    {
        var dictionary = EnglishDictionary.Shared;

        Assert.True(Variants.Pairs.Count > 3000);
        Assert.All(Variants.Pairs, p =>
        {
            Assert.True(dictionary.IsKnown(p.American, EnglishVariety.American), p.American);
            Assert.True(dictionary.IsKnown(p.British, EnglishVariety.British), p.British);
        });
    }
}
