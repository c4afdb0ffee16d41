using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Documents;

public class MarkdownDocumentTests
{
    private static Document Md(string text) => Document.Parse("x.md", text);

    /// <summary>Every verbatim prose character maps to the same character in the source.</summary>
    private static void AssertMapIsExact(Document document)
    {
        foreach (ProseBlock block in document.Blocks)
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                TextSpan source = block.ToSource(i, 1);
                if (source.Length == 1 && block.Text[i] != ProseBlock.Placeholder && block.Text[i] != '\n')
                {
                    Assert.Equal(block.Text[i], document.Source.Text[source.Start]);
                }
            }
        }
    }

    [Fact]
    public void Prose_comes_from_paragraphs_headings_lists_quotes_and_tables()
    {
        var doc = Md("# Title here\n\nA paragraph.\n\n- item one\n- item two\n\n> quoted text\n\n| a | b |\n|---|---|\n| cell one | cell two |\n");
        Assert.Equal(["Title here", "A paragraph.", "item one", "item two", "quoted text", "a", "b", "cell one", "cell two"], doc.Blocks.Select(b => b.Text));
        Assert.Equal(ProseBlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal(1, doc.Blocks[0].HeadingLevel);
        Assert.True(doc.Blocks[2].InList);
        Assert.True(doc.Blocks[4].InBlockQuote);
        Assert.Equal(ProseBlockKind.TableCell, doc.Blocks[^1].Kind);
        AssertMapIsExact(doc);
    }

    [Fact]
    public void Code_html_urls_and_front_matter_are_not_prose()
    {
        string text = "---\ntitle: T\ndate: 2026-02-04\n---\n\nSee `code here` and <https://x.org> or https://y.org now.\n\n```\nfenced code\n```\n\n<div>html block</div>\n\n    indented code\n";
        var doc = Md(text);
        Assert.Single(doc.Blocks);
        Assert.Equal("See \uFFFC and \uFFFC or \uFFFC now.", doc.Blocks[0].Text);
        Assert.Equal("2026-02-04", doc.FrontMatter!.Scalars["date"]);
        Assert.True(doc.FrontMatter.TryGetValue("date", out _, out TextSpan span));
        Assert.Equal("2026-02-04", text.Substring(span.Start, span.Length));

        // The placeholder for the code span maps to the whole construct, backticks included.
        ProseBlock block = doc.Blocks[0];
        TextSpan code = block.ToSource(block.Text.IndexOf('\uFFFC'), 1);
        Assert.Equal("`code here`", text.Substring(code.Start, code.Length));
    }

    [Fact]
    public void Ranges_stay_exact_after_emphasis_links_and_entities()
    {
        string text = "The *quick* **brown** [fox](http://x.org \"t\") &amp; the __lazy__ dog.";
        var doc = Md(text);
        ProseBlock block = Assert.Single(doc.Blocks);
        Assert.Equal("The quick brown fox & the lazy dog.", block.Text);
        AssertMapIsExact(doc);

        TextSpan fox = block.ToSource(block.Text.IndexOf("fox", StringComparison.Ordinal), 3);
        Assert.Equal("fox", text.Substring(fox.Start, fox.Length));
        TextSpan amp = block.ToSource(block.Text.IndexOf('&'), 1);
        Assert.Equal("&amp;", text.Substring(amp.Start, amp.Length));
        TextSpan across = block.ToSource(block.Text.IndexOf("quick brown", StringComparison.Ordinal), "quick brown".Length);
        Assert.Equal("quick* **brown", text.Substring(across.Start, across.Length));
        Assert.Contains(block.Inlines, r => r.Kind == InlineKind.Link && block.Text.Substring(r.Span.Start, r.Span.Length) == "fox");
        Assert.Contains(block.Inlines, r => r.Kind == InlineKind.Strong && block.Text.Substring(r.Span.Start, r.Span.Length) == "brown");
    }

    [Fact]
    public void Crlf_emoji_and_multi_line_quotes_keep_offsets()
    {
        string text = "> first 😀 line\r\n> second *line* here\r\n\r\nNext para\r\ncontinues.\r\n";
        var doc = Md(text);
        Assert.Equal(2, doc.Blocks.Length);
        AssertMapIsExact(doc);
        ProseBlock quote = doc.Blocks[0];
        int second = quote.Text.IndexOf("second", StringComparison.Ordinal);
        TextSpan span = quote.ToSource(second, "second".Length);
        Assert.Equal("second", text.Substring(span.Start, span.Length));
        Assert.Equal(-1, quote.ToProseOffset(text.IndexOf('>')));
    }

    [Fact]
    public void Html_comments_are_collected_for_inline_control()
    {
        var doc = Md("<!-- editorial-lint off -->\n\nText <!-- inline note --> more.\n");
        Assert.Equal(["editorial-lint off", "inline note"], doc.Comments.Select(c => c.Content));
    }

    [Fact]
    public void Invalid_front_matter_is_reported_not_thrown()
    {
        var doc = Md("---\ndate: [unclosed\n---\n\nBody.\n");
        Assert.Contains(doc.Notices, n => n.Kind == DocumentNoticeKind.InvalidFrontMatter && n.Message.Contains("not valid YAML (line ", StringComparison.Ordinal));
        Assert.Equal("Body.", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Escapes_map_to_their_source()
    {
        string text = @"A \*literal\* star.";
        var doc = Md(text);
        ProseBlock block = Assert.Single(doc.Blocks);
        Assert.Equal("A *literal* star.", block.Text);
        TextSpan star = block.ToSource(2, 1);
        Assert.Equal("*", text.Substring(star.Start, star.Length));
        Assert.Equal(3, star.Start); // the star itself, not the backslash before it
        TextSpan word = block.ToSource(3, "literal".Length);
        Assert.Equal("literal", text.Substring(word.Start, word.Length));
    }
}
