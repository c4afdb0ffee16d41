using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Core.Tests.Analysis;

public class AnalysisCacheTests
{
    private const string Version1 = "Officials met on Monday.\n\nThe talks went well, he said.\n\nA third paragraph follows.\n";
    private const string Version2 = "Officials met on Monday.\n\nThe talks went badly, he said.\n\nA third paragraph follows.\n";

    [Fact]
    public void Reuses_the_paragraphs_an_edit_did_not_touch()
    {
        var linter = Linter.CreateDefault();
        var cache = new AnalysisCache();
        var first = linter.Lint(Document.Parse("d.txt", Version1), cache);
        Assert.Equal((0, 3), (cache.Hits, cache.Misses));

        var second = linter.Lint(Document.Parse("d.txt", Version2), cache);
        Assert.Equal((2, 4), (cache.Hits, cache.Misses));
        Assert.Equal(3, cache.Count); // the old second paragraph is forgotten
        Assert.True(first.Context.Blocks[0].Tokens == second.Context.Blocks[0].Tokens);
        Assert.True(first.Context.Blocks[2].Sentences == second.Context.Blocks[2].Sentences);
        Assert.False(first.Context.Blocks[1].Tokens == second.Context.Blocks[1].Tokens);
    }

    [Fact]
    public void Moved_paragraphs_keep_their_own_block_and_source_positions()
    {
        var linter = Linter.CreateDefault();
        var cache = new AnalysisCache();
        linter.Lint(Document.Parse("d.txt", "Alpha said so.\n\nBeta said no.\n"), cache);
        var moved = linter.Lint(Document.Parse("d.txt", "Beta said no.\n\nAlpha said so.\n"), cache);
        Assert.Equal(2, cache.Hits);
        BlockAnalysis alpha = moved.Context.Blocks[1];
        Assert.Equal("Alpha said so.", alpha.Text);
        Assert.Equal(15, alpha.ToSource(alpha.Sentences[0]).Start);
    }

    [Fact]
    public void Gives_the_same_diagnostics_as_a_lint_from_scratch()
    {
        string seed = File.ReadAllText(RuleAssert.SeedPath);
        var linter = Linter.CreateDefault(new LintOptions { MinSeverity = Core.Diagnostics.Severity.Hint });
        var cache = new AnalysisCache();
        string[] versions = [seed, seed.Replace("towardsa", "towards a", StringComparison.Ordinal), seed + "\n\nA new closing paragraph, officials said.\n"];
        foreach (string text in versions)
        {
            var cached = linter.Lint(Document.Parse("seed.txt", text), cache).Diagnostics.Select(d => (d.RuleId, d.Span, d.Message));
            var fresh = linter.Lint(Document.Parse("seed.txt", text)).Diagnostics.Select(d => (d.RuleId, d.Span, d.Message));
            Assert.Equal(fresh, cached);
        }

        Assert.True(cache.Hits > 0);
    }
}
