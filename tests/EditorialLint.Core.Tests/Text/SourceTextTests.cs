using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Text;

public class SourceTextTests
{
    [Fact]
    public void Lines_end_at_crlf_cr_and_lf()
    {
        var source = SourceText.From("a\r\nb\rc\nd");
        Assert.Equal(4, source.LineCount);
        Assert.Equal(["a", "b", "c", "d"], Enumerable.Range(0, 4).Select(source.GetLineText));
        Assert.Equal(new LinePosition(1, 0), source.GetLinePosition(3));
        Assert.Equal(new LinePosition(3, 0), source.GetLinePosition(7));
    }

    [Fact]
    public void Columns_count_utf16_utf8_and_code_points()
    {
        // "😀" is one code point, two UTF-16 units and four UTF-8 bytes; "é" is two UTF-8 bytes.
        var source = SourceText.From("x\n😀é word");
        int offset = source.Text.IndexOf("word", StringComparison.Ordinal);
        Assert.Equal(4, source.GetColumn(offset, PositionEncoding.Utf16));
        Assert.Equal(3, source.GetColumn(offset, PositionEncoding.Utf32));
        Assert.Equal(7, source.GetColumn(offset, PositionEncoding.Utf8));
        foreach (PositionEncoding encoding in Enum.GetValues<PositionEncoding>())
        {
            Assert.Equal(offset, source.GetOffset(1, source.GetColumn(offset, encoding), encoding));
        }
    }

    [Fact]
    public void Offsets_clamp_and_never_split_a_surrogate_pair()
    {
        var source = SourceText.From("😀ab\r\nc");
        Assert.Equal(0, source.GetOffset(new LinePosition(0, 1))); // inside the pair: rounds down
        Assert.Equal(4, source.GetOffset(new LinePosition(0, 99))); // past the end of the line: the line end, not the CR
        Assert.Equal(source.Length, source.GetOffset(new LinePosition(9, 0)));
        Assert.Equal(0, source.GetOffset(new LinePosition(-1, 5)));
    }

    [Theory]
    [InlineData("a\nb\n", "\n")]
    [InlineData("a\r\nb\r\n", "\r\n")]
    [InlineData("a\rb\r", "\r")]
    public void Detects_the_dominant_line_ending(string text, string expected) =>
        Assert.Equal(expected, SourceText.From(text).DetectLineEnding());
}
