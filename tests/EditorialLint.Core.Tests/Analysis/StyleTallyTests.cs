using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Tests.Analysis;

public class StyleTallyTests
{
    [Fact]
    public void A_tie_goes_to_the_style_used_first()
    {
        var tally = new StyleTally(3);
        tally.Add(2);
        tally.Add(0);
        tally.Add(0);
        tally.Add(2);
        Assert.Equal(2, tally.Majority);
        Assert.Equal(2, tally.Used);
        Assert.Equal(4, tally.Total);
        Assert.False(tally.IsDecisive);
    }

    [Fact]
    public void The_most_used_style_wins_and_two_to_one_is_decisive()
    {
        var tally = new StyleTally(2);
        tally.Add(1);
        tally.Add(0);
        tally.Add(0);
        tally.Add(0);
        Assert.Equal(0, tally.Majority);
        Assert.Equal(3, tally.CountOf(0));
        Assert.True(tally.IsDecisive);
    }

    [Fact]
    public void Nothing_counted_has_no_majority()
    {
        var tally = new StyleTally(2);
        Assert.Equal(-1, tally.Majority);
        Assert.Equal(0, tally.Used);
        Assert.False(tally.IsDecisive);
    }
}
