using System.Text;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Tests.Documents;

public class PlainTextAndLoaderTests
{
    [Fact]
    public void Plain_text_paragraphs_are_separated_by_blank_lines_and_map_identically()
    {
        string text = "First line\r\nsame paragraph.\r\n\r\n  \r\nSecond paragraph.";
        var doc = Document.Parse("a.txt", text);
        Assert.Equal(DocumentFormat.PlainText, doc.Format);
        Assert.Equal(["First line\r\nsame paragraph.", "Second paragraph."], doc.Blocks.Select(b => b.Text));
        ProseBlock second = doc.Blocks[1];
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), second.ToSourceOffset(0));
    }

    [Fact]
    public void Markdown_is_chosen_by_extension()
    {
        Assert.Equal(DocumentFormat.Markdown, DocumentFormats.FromPath("a/b.MD"));
        Assert.Equal(DocumentFormat.Markdown, DocumentFormats.FromPath("b.markdown"));
        Assert.Equal(DocumentFormat.PlainText, DocumentFormats.FromPath("b.txt"));
        Assert.Equal(DocumentFormat.PlainText, DocumentFormats.FromPath("README"));
    }

    [Fact]
    public void Bom_is_stripped_and_remembered()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Hello.")];
        var doc = DocumentLoader.FromBytes("a.txt", bytes);
        Assert.True(doc.HasBom);
        Assert.Equal("Hello.", doc.Source.Text);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Hi there.")];
        Assert.Equal("Hi there.", DocumentLoader.FromBytes("a.txt", bytes).Source.Text);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_once_with_its_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("ok\nbad "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" and "), 0xFF, .. Encoding.UTF8.GetBytes(" end")];
        var doc = DocumentLoader.FromBytes("a.txt", bytes);
        DocumentNotice notice = Assert.Single(doc.Notices);
        Assert.Equal(DocumentNoticeKind.InvalidEncoding, notice.Kind);
        Assert.Contains("line 2", notice.Message, StringComparison.Ordinal);
        Assert.Equal('\uFFFD', doc.Source.Text[notice.Span.Start]);
    }

    [Fact]
    public void Binary_files_are_refused_with_a_clear_message()
    {
        var e = Assert.Throws<DocumentLoadException>(() => DocumentLoader.FromBytes("a.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }
}
