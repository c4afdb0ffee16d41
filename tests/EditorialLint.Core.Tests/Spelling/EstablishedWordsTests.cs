using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class EstablishedWordsTests
{
    private static EstablishedWords For(string text) =>
        new AnalysisContext(Document.Parse("t.txt", text), LintOptions.Default).Get<EstablishedWords>();

    [Fact]
    public void Counts_words_across_blocks_ignoring_case()
    {
        var words = For("Larijani spoke.\n\nThen LARIJANI left, and Araghchi stayed.");

        Assert.Equal(2, words.Count("larijani"));
        Assert.True(words.IsEstablished("Larijani"));
        Assert.False(words.IsEstablished("Araghchi"));
        Assert.Equal(0, words.Count("Putin"));
    }

    [Fact]
    public void Code_spans_do_not_count() =>
        Assert.False(new AnalysisContext(Document.Parse("t.md", "The `frob` and the frob."), LintOptions.Default)
            .Get<EstablishedWords>().IsEstablished("frob"));

    [Fact]
    public void Records_word_pairs_written_one_space_apart()
    {
        var words = For("Young people voted.\n\nThe young\npeople and young,  people left.");

        Assert.True(words.ContainsPair("young", "people"));
        Assert.True(words.ContainsPair("Young", "People"));
        Assert.False(words.ContainsPair("people", "voted."));
        Assert.False(words.ContainsPair("people", "young"));
    }
}
