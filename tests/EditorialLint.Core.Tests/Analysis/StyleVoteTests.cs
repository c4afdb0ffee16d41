using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Analysis;

public class StyleVoteTests
{
    private static StyleVote<string> Vote(params string[] styles)
    {
        var block = new AnalysisContext(Document.Parse("a.txt", "x"), Core.Engine.LintOptions.Default).Blocks[0];
        var vote = new StyleVote<string>();
        foreach (string s in styles)
        {
            vote.Add(block, new TextSpan(0, 1), s);
        }

        return vote;
    }

    [Fact]
    public void The_most_used_style_wins_and_the_first_used_breaks_a_tie()
    {
        Assert.Equal(["a"], Vote("a", "b", "b").Outliers(out string m1).Select(o => o.Style));
        Assert.Equal("b", m1);
        Assert.Equal(["b"], Vote("a", "b").Outliers(out string m2).Select(o => o.Style));
        Assert.Equal("a", m2);
        Assert.Empty(Vote("a", "a").Outliers(out _));
        Assert.Empty(Vote().Outliers(out _));
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, false)]
    [InlineData(new[] { "a", "a", "b" }, true)]
    [InlineData(new[] { "a", "a", "b", "b", "a" }, false)]
    [InlineData(new[] { "a", "a", "a", "a", "b", "c" }, true)]
    public void A_fix_is_safe_only_when_the_majority_is_clear(string[] styles, bool decisive) =>
        Assert.Equal(decisive, Vote(styles).IsDecisive);
}
