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
    public void Grouping_orders_items_by_the_top_16_bits_and_keeps_the_rest_of_each_item() =>
        PropertyRunner.Check("suggestion-index.grouping-stable", Gen.ULong.Array[0, 300], items =>
        {
            var expected = items.Select((item, i) => (item, i)).OrderBy(p => p.item >> 48).ThenBy(p => p.i).Select(p => p.item).ToArray();
            var grouped = (ulong[])items.Clone();
            SuggestionIndex.GroupByTopBits(grouped, new ulong[grouped.Length]);
            Assert.Equal(expected, grouped); // stable: items of one group keep their order
        }, baseSeed: 10_100_000, iterations: 1000, print: k => string.Join(",", k));

    [Fact]
    public void Remembered_suggestions_are_the_first_of_a_fresh_search() =>
        PropertyRunner.Check(
            "suggestion-index.remembered-prefix",
            Gen.OneOf(Gen.OneOf<string>("goverment", "Goverment", "hte", "effiency", "presient", "cafes"), Gen.String[Gen.Char['a', 'z'], 2, 12]),
            word =>
            {
                var fresh = Index.Suggest(word, 50); // more than are remembered: always searched afresh
                foreach (var max in new[] { 3, 1, 10, 5 })
                {
                    Assert.Equal(fresh.Take(max), Index.Suggest(word, max));
                }
            },
            baseSeed: 10_200_000,
            iterations: 300,
            print: w => PropertyRunner.Literal(w));
}
