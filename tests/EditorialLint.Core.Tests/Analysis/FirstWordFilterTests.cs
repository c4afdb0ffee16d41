using CsCheck;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Tests.Properties;

namespace EditorialLint.Core.Tests.Analysis;

public class FirstWordFilterTests
{
    private static FirstWordFilter Filter(params string[] words)
    {
        var filter = new FirstWordFilter();
        foreach (string word in words)
        {
            filter.Add(word);
        }

        return filter;
    }

    [Theory]
    [InlineData("sources", true)]
    [InlineData("SOURCES", true)]
    [InlineData("Sources", true)]
    [InlineData("source", false)] // no entry of that length starts with s
    [InlineData("critics", false)]
    [InlineData("it", true)]
    [InlineData("is", true)] // same first letter and length as "it": passes, the set lookup decides
    [InlineData("\u0131t", true)] // a non-ASCII first letter always passes
    public void Turns_away_only_words_no_entry_can_equal(string word, bool mayContain) =>
        Assert.Equal(mayContain, Filter("sources", "it", "according").MayContain(word));

    [Fact]
    public void A_non_ascii_entry_lets_everything_through() =>
        Assert.True(Filter("\u0131f", "sources").MayContain("xyz"));

    [Fact]
    public void Never_turns_away_an_entry_ignoring_case()
    {
        var words = Gen.String[Gen.Char['A', 'z'], 1, 8];
        PropertyRunner.Check(
            "first-word-filter.never-rejects-an-entry",
            Gen.Select(words.Array[1, 6], Gen.Int[0, 5], words),
            t =>
            {
                var (entries, pick, other) = t;
                string probe = pick < entries.Length ? entries[pick].ToUpperInvariant() : other;
                bool inSet = entries.Contains(probe, StringComparer.OrdinalIgnoreCase);
                Assert.True(!inSet || Filter(entries).MayContain(probe), $"turned away {probe}");
            },
            baseSeed: 9_960_000,
            iterations: 2000,
            print: t => $"{string.Join(",", t.Item1)} / {t.Item2} / {t.Item3}");
    }
}
