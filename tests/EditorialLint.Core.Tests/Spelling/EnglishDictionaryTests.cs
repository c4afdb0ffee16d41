using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class EnglishDictionaryTests
{
    private static readonly EnglishDictionary Dictionary = EnglishDictionary.Shared;

    [Theory]
    [InlineData("the")]
    [InlineData("The")]
    [InlineData("THE")]
    [InlineData("travelled")]
    [InlineData("traveled")]
    [InlineData("programme")]
    [InlineData("stabilise")]
    [InlineData("stabilize")]
    [InlineData("nonetheless")]
    [InlineData("Iran's")]
    [InlineData("Iran’s")]
    [InlineData("don't")]
    [InlineData("Moscow")]
    [InlineData("NATO")]
    public void Contains_accepts_words_names_and_abbreviations(string word) => Assert.True(Dictionary.Contains(word));

    [Theory]
    [InlineData("towardsa")]
    [InlineData("goverment")]
    [InlineData("technolgy")]
    [InlineData("moscow")]
    [InlineData("tHe")]
    public void Contains_rejects_misspellings_and_lowercased_names(string word) => Assert.False(Dictionary.Contains(word));

    [Fact]
    public void Rare_words_are_marked_but_not_known()
    {
        var kinds = Dictionary.Lookup("persue", out var level);

        Assert.Equal(WordKinds.Rare, kinds);
        Assert.Equal(80, level);
        Assert.False(Dictionary.Contains("persue"));
    }

    [Theory]
    [InlineData("colour", EnglishVariety.British, true)]
    [InlineData("colour", EnglishVariety.American, false)]
    [InlineData("color", EnglishVariety.American, true)]
    [InlineData("color", EnglishVariety.British, false)]
    [InlineData("organise", EnglishVariety.American, false)]
    [InlineData("organize", EnglishVariety.British, true)]
    [InlineData("centre", EnglishVariety.American, false)]
    [InlineData("house", EnglishVariety.American, true)]
    [InlineData("house", EnglishVariety.British, true)]
    public void IsKnown_follows_the_variety(string word, EnglishVariety variety, bool expected) =>
        Assert.Equal(expected, Dictionary.IsKnown(word, variety));

    [Fact]
    public void Levels_rank_common_words_first()
    {
        Dictionary.Lookup("the", out var common);
        Dictionary.Lookup("bespangle", out var uncommon);

        Assert.Equal(10, common);
        Assert.True(uncommon > 50);
    }

    [Fact]
    public void Shared_is_loaded_once()
    {
        Assert.Same(EnglishDictionary.Shared, EnglishDictionary.Shared);
        Assert.Same(Dictionary.Suggestions, Dictionary.Suggestions);
        Assert.True(Dictionary.Count > 300_000);
    }

    [Fact]
    public async Task WarmUp_loads_the_shared_dictionary_and_index()
    {
        await EnglishDictionary.WarmUpAsync();
        await EnglishDictionary.WarmUpAsync();

        Assert.True(EnglishDictionary.Shared.Suggestions.WordCount > 0);
        Assert.True(EnglishDictionary.Shared.LoadTime > TimeSpan.Zero);
    }

    [Fact]
    public void Shared_is_safe_to_read_concurrently()
    {
        var results = new bool[64];
        Parallel.For(0, results.Length, i => results[i] = Dictionary.Contains(i % 2 == 0 ? "travelled" : "Moscow")
            && !Dictionary.Contains("towardsa") && Dictionary.Suggestions.Suggest("goverment").Count > 0);

        Assert.All(results, Assert.True);
    }
}
