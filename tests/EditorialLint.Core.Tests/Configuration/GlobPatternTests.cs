using EditorialLint.Core.Configuration;

namespace EditorialLint.Core.Tests.Configuration;

public class GlobPatternTests
{
    [Theory]
    [InlineData("*", "a/b.md", true)]
    [InlineData("*.md", "docs/a.md", true)]
    [InlineData("*.md", "a.mdx", false)]
    [InlineData("*.{md,py}", "x.py", true)]
    [InlineData("*.{md,py}", "x.rs", false)]
    [InlineData("test.py", "test.py", true)]
    [InlineData("test.py", "sub/test.py", true)]
    [InlineData("opinion/**", "opinion/2026/a.md", true)]
    [InlineData("opinion/**", "news/a.md", false)]
    [InlineData("[!.]*.adoc", "a.adoc", true)]
    [InlineData("[!.]*.adoc", ".a.adoc", false)]
    [InlineData("?.md", "ab.md", false)]
    public void Matches_like_Vale_sections(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).IsMatch(path));
    }
}
