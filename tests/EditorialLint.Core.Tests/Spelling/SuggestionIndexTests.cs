using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class SuggestionIndexTests
{
    private static readonly SuggestionIndex Index = EnglishDictionary.Shared.Suggestions;

    [Theory]
    [InlineData("goverment", "government")]  // missing letter
    [InlineData("technolgy", "technology")]  // missing letter
    [InlineData("recieve", "receive")]       // transposition
    [InlineData("stresssed", "stressed")]    // tripled letter
    [InlineData("comodity", "commodity")]    // undoubled letter
    [InlineData("busines", "business")]      // undoubled letter
    [InlineData("markwt", "market")]         // neighbouring key
    [InlineData("Goverment", "Government")]  // casing carried over
    [InlineData("GOVERMENT", "GOVERNMENT")]
    public void First_suggestion_is_the_intended_word(string typo, string intended) =>
        Assert.Equal(intended, Index.Suggest(typo)[0].Word);

    [Theory]
    [InlineData("presient", "president")]
    [InlineData("particulary", "particularly")]
    [InlineData("reponse", "response")]
    public void Intended_word_is_among_the_first_three(string typo, string intended) =>
        Assert.Contains(intended, Index.Suggest(typo, 3).Select(s => s.Word));

    [Fact]
    public void Finds_two_insertions_away()
    {
        var suggestion = Index.Suggest("goverrnmment").FirstOrDefault();

        Assert.Equal("government", suggestion.Word);
        Assert.Equal(2, suggestion.Distance);
    }

    [Theory]
    [InlineData("effiency", "efficiency")]     // two letters left out
    public void Finds_two_omissions_in_a_long_word(string typo, string intended)
    {
        var suggestion = Index.Suggest(typo).FirstOrDefault();

        Assert.Equal(intended, suggestion.Word);
        Assert.Equal(2, suggestion.Distance);
    }

    [Fact]
    public void Suggestions_are_ranked_by_score_and_limited()
    {
        var suggestions = Index.Suggest("hte", 4);

        Assert.InRange(suggestions.Count, 1, 4);
        Assert.Equal(suggestions.OrderBy(s => s.Score).Select(s => s.Word), suggestions.Select(s => s.Word));
        Assert.Contains("the", suggestions.Select(s => s.Word));
    }

    [Theory]
    [InlineData("xqzvjkw")]
    [InlineData("a")]
    public void Nothing_close_means_no_suggestion(string word) => Assert.Empty(Index.Suggest(word));

    [Fact]
    public void The_word_itself_is_not_suggested() =>
        Assert.DoesNotContain("house", Index.Suggest("house").Select(s => s.Word));

    [Fact]
    public void Index_covers_the_common_dictionary()
    {
        Assert.True(Index.WordCount > 150_000);
        Assert.True(Index.KeyCount > Index.WordCount * 5);
    }

    [Fact]
    public void Radix_sort_orders_keys_and_keeps_each_id_with_its_key() =>
        PropertyRunner.Check("radix-sort.stable", Gen.UInt.Array[0, 300], keys =>
        {
            var ids = Enumerable.Range(0, keys.Length).ToArray();
            var expected = keys.Select((k, i) => (k, i)).OrderBy(p => p.k).ThenBy(p => p.i).ToArray();
            var sorted = (uint[])keys.Clone();
            SuggestionIndex.RadixSort(sorted, ids);
            Assert.Equal(expected.Select(p => p.k), sorted);
            Assert.Equal(expected.Select(p => p.i), ids); // stable: equal keys keep their order
        }, baseSeed: 9_800_000, iterations: 1000, print: k => string.Join(",", k));
}
