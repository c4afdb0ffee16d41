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

    [Fact]
    public void Bulk_build_finds_what_adding_word_by_word_finds() =>
        PropertyRunner.Check(
            "wordstore.bulk-build-agrees",
            Gen.Select(Words, Gen.Int[10, 95], Gen.OneOf<WordKinds>(WordKinds.Common, WordKinds.Name, WordKinds.Rare, WordKinds.British))
                .Array[0, 60]
                .Select(Words.Array[0, 20], (listed, queries) => (listed, queries)),
            sample =>
            {
                var (listed, queries) = sample;
                var added = new WordStore();
                var text = new System.Text.StringBuilder();
                var words = new List<ListedWord>();
                foreach (var (word, level, kind) in listed)
                {
                    added.Add(word, level, kind);
                    words.Add(new ListedWord(text.Length, word.Length, level, kind));
                    text.Append(word).Append('\n');
                }

                added.Seal();
                var built = WordStore.Build(text.ToString().ToCharArray(), words.ToArray());

                Assert.Equal(added.Count, built.Count);
                foreach (var query in listed.Select(l => l.Item1).Concat(queries).SelectMany(q => new[] { q, q.ToUpperInvariant(), q.ToLowerInvariant() }))
                {
                    Assert.Equal(added.Find(query, out var addedLevel), built.Find(query, out var builtLevel));
                    Assert.Equal(addedLevel, builtLevel);
                }
            },
            baseSeed: 10_300_000,
            iterations: 500,
            print: s => string.Join(" ", s.listed.Select(l => $"{PropertyRunner.Literal(l.Item1)}@{l.Item2}:{l.Item3}")) + " | " + string.Join(" ", s.queries.Select(q => PropertyRunner.Literal(q))));
}
