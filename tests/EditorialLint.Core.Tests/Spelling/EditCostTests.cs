using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class EditCostTests
{
    [Theory]
    [InlineData("house", "house", 0)]
    [InlineData("huose", "house", 1)]
    [InlineData("hous", "house", 1)]
    [InlineData("houses", "house", 1)]
    [InlineData("hoese", "house", 1)]
    [InlineData("ohuse", "house", 1)]
    [InlineData("hsoue", "house", 2)]
    [InlineData("", "ab", 2)]
    public void Counts_optimal_string_alignment_edits(string typed, string target, int expected) =>
        Assert.Equal(expected, EditCost.Compute(typed, target, out _));

    [Fact]
    public void Likely_slips_cost_less_than_arbitrary_edits()
    {
        EditCost.Compute("huose", "house", out var transposition);
        EditCost.Compute("hoyse", "house", out var neighbourKey);
        EditCost.Compute("hojse", "house", out var neighbourKey2);
        EditCost.Compute("hoxse", "house", out var farKey);
        EditCost.Compute("comodity", "commodity", out var undoubled);
        EditCost.Compute("comkodity", "commodity", out var otherLetter);

        Assert.True(transposition < farKey);
        Assert.True(neighbourKey < farKey);
        Assert.True(neighbourKey2 < farKey);
        Assert.True(undoubled < otherLetter);
    }
}
