using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Tests.Analysis;

public class PhraseListsTests
{
    [Fact]
    public void Parses_named_lists_and_merges_by_name()
    {
        var a = PhraseLists.Parse("a.yaml", "x:\n  - one two\ny:\n  - three\n");
        var b = PhraseLists.Parse("b.yaml", "x:\n  - four\nz: [five]\n");
        var merged = a.Merge(b);
        Assert.Equal(["one two", "four"], merged["x"].ToArray());
        Assert.Equal(["three"], merged["y"].ToArray());
        Assert.Equal(["five"], merged["z"].ToArray());
        Assert.Empty(merged["missing"]);
    }

    [Theory]
    [InlineData("x: one\n", "b.yaml:1")]
    [InlineData("- one\n", "b.yaml:1")]
    [InlineData("x:\n  - [a, b]\n", "b.yaml:2")]
    [InlineData("x: [\n", "b.yaml:")]
    public void Malformed_files_are_reported_with_their_line(string yaml, string where)
    {
        var error = Assert.Throws<FormatException>(() => PhraseLists.Parse("b.yaml", yaml));
        Assert.StartsWith(where, error.Message);
    }
}
