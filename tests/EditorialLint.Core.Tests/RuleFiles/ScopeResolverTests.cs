namespace EditorialLint.Core.Tests.RuleFiles;

public class ScopeResolverTests
{
    private const string Markdown = """
        # Heading TODO

        Paragraph TODO. Second sentence TODO.

        - List TODO

        > Quote TODO

        | Cell TODO |
        | --- |
        | Row TODO |

        A [link TODO](https://x.example) and **strong TODO** and ![alt TODO](i.png).
        """;

    private static List<string> Lines(string scope) =>
        Tests.Rules.Kinds.KindAssert.Lint($"extends: existence\nmessage: x\nscope: {scope}\nnonword: true\ntokens: ['\\w+ TODO']\n", Markdown)
            .Select(h => h.Flagged).ToList();

    [Theory]
    [InlineData("heading", "Heading TODO")]
    [InlineData("heading.h1", "Heading TODO")]
    [InlineData("list", "List TODO")]
    [InlineData("blockquote", "Quote TODO")]
    [InlineData("table.cell", "Cell TODO|Row TODO")]
    [InlineData("link", "link TODO")]
    [InlineData("strong", "strong TODO")]
    [InlineData("alt", "alt TODO")]
    [InlineData("'heading & ~heading.h2'", "Heading TODO")]
    public void Block_and_inline_scopes_select_their_text(string scope, string expected)
    {
        Assert.Equal(expected.Split('|'), Lines(scope));
    }

    [Fact]
    public void Paragraph_excludes_lists_and_negation_excludes_blocks()
    {
        Assert.Equal(["Paragraph TODO", "sentence TODO", "Quote TODO", "link TODO", "strong TODO", "alt TODO"], Lines("paragraph"));
        Assert.DoesNotContain("Quote TODO", Lines("~blockquote"));
        Assert.Contains("Heading TODO", Lines("~blockquote"));
        Assert.Empty(Lines("heading.h3"));
        Assert.Empty(Lines("text.rst"));
    }

    [Fact]
    public void Sentence_scope_splits_paragraphs_and_skips_headings()
    {
        var hits = Tests.Rules.Kinds.KindAssert.Flagged("extends: existence\nmessage: x\nscope: sentence\nraw: ['^\\w+']\n", Markdown);
        Assert.Contains("Paragraph", hits);
        Assert.Contains("Second", hits);
        Assert.DoesNotContain("Heading", hits);
    }

    [Fact]
    public void Raw_scope_sees_the_markup()
    {
        Assert.Equal(["# Heading TODO"], Tests.Rules.Kinds.KindAssert.Flagged("extends: existence\nmessage: x\nscope: raw\nraw: ['(?m)^#+ .*$']\n", Markdown));
    }
}
