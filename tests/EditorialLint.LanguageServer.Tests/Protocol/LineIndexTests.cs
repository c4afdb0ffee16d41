using CsCheck;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Tests.Protocol;

public class LineIndexTests
{
    // "😀" is 2 UTF-16 units, 4 UTF-8 bytes, 1 code point; "日" is 1 / 3 / 1; "é" as e + U+0301 is 2 / 3 / 2.
    private const string Text = "a😀b\r\n日本 e\u0301x\rlast\nend";

    [Theory]
    [InlineData(PositionEncodingKind.Utf16, 0, 3, 3)]
    [InlineData(PositionEncodingKind.Utf8, 0, 5, 3)]
    [InlineData(PositionEncodingKind.Utf32, 0, 2, 3)]
    [InlineData(PositionEncodingKind.Utf16, 1, 5, 11)]
    [InlineData(PositionEncodingKind.Utf8, 1, 10, 11)]
    [InlineData(PositionEncodingKind.Utf32, 1, 5, 11)]
    [InlineData(PositionEncodingKind.Utf16, 2, 2, 15)]
    [InlineData(PositionEncodingKind.Utf16, 3, 0, 18)]
    public void Converts_position_to_offset_in_each_encoding(string encoding, int line, int character, int expectedOffset)
    {
        var index = new LineIndex(Text);
        Assert.Equal(expectedOffset, index.GetOffset(new Position(line, character), encoding));
        Assert.Equal(new Position(line, character), index.GetPosition(expectedOffset, encoding));
    }

    [Fact]
    public void Counts_crlf_cr_and_lf_as_one_line_break_each()
    {
        var index = new LineIndex(Text);
        Assert.Equal(4, index.LineCount);
        Assert.Equal(4, index.GetLineEnd(0));
        Assert.Equal(6, index.GetLineStart(1));
        Assert.Equal(12, index.GetLineEnd(1));
        Assert.Equal(13, index.GetLineStart(2));
    }

    [Fact]
    public void Clamps_out_of_range_positions()
    {
        var index = new LineIndex(Text);
        Assert.Equal(4, index.GetOffset(new Position(0, 99), PositionEncodingKind.Utf16));
        Assert.Equal(Text.Length, index.GetOffset(new Position(42, 0), PositionEncodingKind.Utf16));
        Assert.Equal(0, index.GetOffset(new Position(-1, -5), PositionEncodingKind.Utf8));
        Assert.Equal(new Position(3, 3), index.GetPosition(Text.Length + 10, PositionEncodingKind.Utf16));
        // An offset on the '\n' of a CRLF belongs to the end of the line's content.
        Assert.Equal(new Position(0, 4), index.GetPosition(5, PositionEncodingKind.Utf16));
    }

    [Fact]
    public void A_column_inside_a_character_rounds_down_to_its_start()
    {
        var index = new LineIndex(Text);
        Assert.Equal(1, index.GetOffset(new Position(0, 3), PositionEncodingKind.Utf8));
    }

    [Fact]
    public void Offsets_survive_a_round_trip_through_every_encoding()
    {
        string[] alphabet = ["a", " ", "\n", "\r", "\r\n", "日", "é", "\u0301", "\t", "😀"];
        string[] encodings = [PositionEncodingKind.Utf8, PositionEncodingKind.Utf16, PositionEncodingKind.Utf32];
        var pieces = Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]);
        Gen.Select(pieces.Array[0, 40], Gen.Int[0, 200], Gen.Int[0, 2].Select(i => encodings[i]))
            .Sample((parts, rawOffset, encoding) =>
            {
                var text = string.Concat(parts);
                var index = new LineIndex(text);
                var offset = Math.Min(rawOffset, text.Length);
                // Only offsets on a character boundary and not inside a CRLF are positions.
                if (offset > 0 && offset < text.Length && (char.IsLowSurrogate(text[offset]) || (text[offset - 1] == '\r' && text[offset] == '\n')))
                {
                    return;
                }
                var position = index.GetPosition(offset, encoding);
                Assert.Equal(offset, index.GetOffset(position, encoding));
            }, iter: 2000);
    }
}
