using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class WordStoreTests
{
    private static readonly Gen<string> Words = Gen.Char["aAbBeEzZ'éÉçÇøØßÿŸıIİ"].Array[1, 8].Select(c => new string(c));

    [Fact]
    public void Hash_is_equal_for_words_equal_ignoring_case() =>
        PropertyRunner.Check("wordstore.case-insensitive-hash", Gen.Select(Words, Words), sample =>
        {
            var (a, b) = sample;
            foreach (string other in new[] { b, a.ToUpperInvariant(), a.ToLowerInvariant() })
            {
                if (a.Equals(other, StringComparison.OrdinalIgnoreCase))
                {
                    Assert.Equal(WordStore.Hash(a), WordStore.Hash(other));
                }
            }
        }, baseSeed: 9_700_000, iterations: 1000, print: s => $"{PropertyRunner.Literal(s.Item1)} {PropertyRunner.Literal(s.Item2)}");

    [Fact]
    public void Finds_every_casing_an_entry_allows_and_no_other()
    {
        var store = new WordStore();
        store.Add("polish", 10, WordKinds.Common);
        store.Add("Polish", 20, WordKinds.Name);
        store.Add("iPod", 50, WordKinds.Name);
        store.Add("café", 35, WordKinds.Common);
        store.Seal();

        Assert.Equal(WordKinds.Common, store.Find("polish", out int level));
        Assert.Equal(10, level);
        Assert.Equal(WordKinds.Common | WordKinds.Name, store.Find("Polish", out level));
        Assert.Equal(10, level);
        Assert.Equal(WordKinds.Common | WordKinds.Name, store.Find("POLISH", out _));
        Assert.Equal(WordKinds.Name, store.Find("IPOD", out _));
        Assert.Equal(WordKinds.None, store.Find("ipod", out _));
        Assert.Equal(WordKinds.Common, store.Find("CAFÉ", out _));
        Assert.Equal(WordKinds.None, store.Find("polis", out level));
        Assert.Equal(int.MaxValue, level);
    }
}
