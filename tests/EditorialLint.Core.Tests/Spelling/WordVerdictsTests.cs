using CsCheck;
using EditorialLint.Core.Tests.Properties;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class WordVerdictsTests
{
    private static readonly EnglishDictionary Dictionary = EnglishDictionary.Shared;

    // Dictionary words in every casing, possessives, curly apostrophes, unknown words, and random letter runs
    // (many distinct words, so the per-thread table of recent words keeps replacing its entries).
    private static readonly Gen<string> Words = Gen.OneOf(
        Gen.OneOf<string>("the", "The", "THE", "tHe", "polish", "Polish", "POLISH", "Iran's", "Iran’s", "don't", "don’t",
            "iPod", "IPOD", "ipod", "persue", "towardsa", "goverment", "café", "CAFÉ", "nonetheless", "internationalisation"),
        Gen.String[Gen.Char['a', 'z'], 1, 20],
        Gen.String[Gen.Char["aAeEiIıİsSſkK'’éÉß"], 1, 8]);

    private static WordVerdicts For(string text) =>
        new AnalysisContext(Document.Parse("t.txt", text), LintOptions.Default).Get<WordVerdicts>();

    [Fact]
    public void Every_verdict_is_the_dictionary_lookup_of_the_word() =>
        PropertyRunner.Check("word-verdicts.agree-with-lookup", Words.Array[1, 40].Select(w => string.Join(' ', w)), text =>
        {
            var context = new AnalysisContext(Document.Parse("t.txt", text), LintOptions.Default);
            var verdicts = context.Get<WordVerdicts>();
            for (var b = 0; b < context.Blocks.Length; b++)
            {
                var block = context.Blocks[b];
                var kinds = verdicts.OfBlock(b);
                Assert.Equal(block.WordTokenIndices.Length, kinds.Length);
                for (var w = 0; w < kinds.Length; w++)
                {
                    var word = block.Span(block.Tokens[block.WordTokenIndices[w]]);
                    Assert.Equal(Dictionary.Lookup(word, out _), kinds[w]);
                }
            }
        }, baseSeed: 10_400_000, iterations: 3000, print: t => PropertyRunner.Literal(t));

    [Fact]
    public void Counts_each_distinct_spelling_once()
    {
        var verdicts = For("The talks and the talks.\n\nTHE talks, the end.");

        var counts = Enumerable.Range(0, verdicts.DistinctCount)
            .Select(i => (Word: verdicts.DistinctWord(i, out var n).ToString(), Count: n))
            .ToDictionary(p => p.Word, p => p.Count);
        Assert.Equal(new Dictionary<string, int> { ["The"] = 1, ["talks"] = 3, ["and"] = 1, ["the"] = 2, ["THE"] = 1, ["end"] = 1 }, counts);
    }

    [Fact]
    public void Known_and_unknown_words_get_their_kinds()
    {
        var context = new AnalysisContext(Document.Parse("t.txt", "The goverment may persue Moscow’s plans."), LintOptions.Default);
        var block = context.Blocks[0];
        var kinds = context.Get<WordVerdicts>().OfBlock(0).ToArray();
        var byWord = block.WordTokenIndices.ToArray().Select((t, i) => (Word: block.TextOf(block.Tokens[t]), Kinds: kinds[i])).ToDictionary();

        Assert.Equal(WordKinds.None, byWord["goverment"]);
        Assert.Equal(WordKinds.Rare, byWord["persue"]);
        Assert.NotEqual(WordKinds.None, byWord["Moscow’s"] & WordKinds.Known);
        Assert.NotEqual(WordKinds.None, byWord["The"] & WordKinds.Common);
    }

    [Fact]
    public void Folded_hash_agrees_with_ignoring_case_for_every_bmp_character()
    {
        // Group the characters by the runtime's own case-insensitive hash, then check every equal pair in a group.
        var groups = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => !char.IsSurrogate(c))
            .GroupBy(c => c.ToString().GetHashCode(StringComparison.OrdinalIgnoreCase));
        foreach (var group in groups)
        {
            var chars = group.ToArray();
            foreach (var a in chars)
            {
                foreach (var b in chars.Where(b => a.ToString().Equals(b.ToString(), StringComparison.OrdinalIgnoreCase)))
                {
                    Assert.True(WordVerdicts.FoldedHash([a]) == WordVerdicts.FoldedHash([b]), $"U+{(int)a:X4} and U+{(int)b:X4}");
                }
            }
        }
    }

    [Fact]
    public void Folded_hash_is_equal_for_words_equal_ignoring_case() =>
        PropertyRunner.Check(
            "word-verdicts.folded-hash",
            Gen.String[Gen.Char["aAsSkKıIİſßéÉ\uD801\uDC00\uD801\uDC28\u212A"], 1, 8],
            word =>
            {
                foreach (var other in new[] { word.ToUpperInvariant(), word.ToLowerInvariant() })
                {
                    if (word.Equals(other, StringComparison.OrdinalIgnoreCase))
                    {
                        Assert.Equal(WordVerdicts.FoldedHash(word), WordVerdicts.FoldedHash(other));
                    }
                }
            },
            baseSeed: 10_500_000,
            iterations: 1000,
            print: w => PropertyRunner.Literal(w));

    [Fact]
    public void Counts_ignoring_case_add_up_every_spelling()
    {
        var verdicts = For("Larijani spoke. LARIJANI left; larijani's aides and Araghchi stayed.");

        Assert.Equal(2, verdicts.CountIgnoringCase("larijani"));
        Assert.Equal(2, verdicts.CountIgnoringCase("LaRiJaNi"));
        Assert.Equal(1, verdicts.CountIgnoringCase("araghchi"));
        Assert.Equal(0, verdicts.CountIgnoringCase("Putin"));
    }

    [Fact]
    public void Unknown_words_are_those_without_any_kind_in_document_order()
    {
        var context = new AnalysisContext(Document.Parse("t.txt", "The goverment may persue it.\n\nZyxwv and Moscow’s plans, zyxwv."), LintOptions.Default);

        var unknown = context.Get<WordVerdicts>().UnknownWords().Select(u => u.Block.TextOf(u.Block.Tokens[u.TokenIndex]));

        Assert.Equal(["goverment", "Zyxwv", "zyxwv"], unknown);
    }
}
