using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;
using Range = EditorialLint.LanguageServer.Protocol.Range;

namespace EditorialLint.LanguageServer.Tests.Protocol;

public class PositionMapperTests
{
    // "😀" is 2 UTF-16 units, 4 UTF-8 bytes, 1 code point; "日" is 1 / 3 / 1; "é" as e + U+0301 is 2 / 3 / 2.
    private const string Text = "a😀b\r\n日本 e\u0301x\rlast\nend";

    private static PositionMapper Mapper(PositionEncoding encoding, int shift = 0) => new(SourceText.From(Text), encoding, shift);

    [Theory]
    [InlineData(PositionEncoding.Utf16, 0, 3, 3)]
    [InlineData(PositionEncoding.Utf8, 0, 5, 3)]
    [InlineData(PositionEncoding.Utf32, 0, 2, 3)]
    [InlineData(PositionEncoding.Utf16, 1, 5, 11)]
    [InlineData(PositionEncoding.Utf8, 1, 10, 11)]
    [InlineData(PositionEncoding.Utf32, 1, 5, 11)]
    [InlineData(PositionEncoding.Utf16, 2, 2, 15)]
    [InlineData(PositionEncoding.Utf16, 3, 0, 18)]
    public void Converts_positions_and_offsets_in_each_encoding(PositionEncoding encoding, int line, int character, int offset)
    {
        var mapper = Mapper(encoding);
        Assert.Equal(offset, mapper.ToOffset(new Position(line, character)));
        Assert.Equal(new Position(line, character), mapper.ToPosition(offset));
    }

    [Fact]
    public void Converts_a_span_to_a_range_across_an_emoji_in_utf8()
    {
        var mapper = Mapper(PositionEncoding.Utf8);
        var range = mapper.ToRange(new TextSpan(1, 3));
        Assert.Equal(new Range(new Position(0, 1), new Position(0, 6)), range);
        Assert.Equal(new TextSpan(1, 3), mapper.ToSpan(range));
    }

    [Fact]
    public void Clamps_out_of_range_positions()
    {
        var mapper = Mapper(PositionEncoding.Utf16);
        Assert.Equal(4, mapper.ToOffset(new Position(0, 99)));
        Assert.Equal(Text.Length, mapper.ToOffset(new Position(42, 0)));
        Assert.Equal(0, mapper.ToOffset(new Position(-1, -5)));
        Assert.Equal(new Position(3, 3), mapper.ToPosition(Text.Length + 10));
    }

    [Fact]
    public void A_column_inside_a_character_rounds_down_to_its_start()
    {
        Assert.Equal(1, Mapper(PositionEncoding.Utf8).ToOffset(new Position(0, 3)));
        Assert.Equal(1, Mapper(PositionEncoding.Utf16).ToOffset(new Position(0, 2)));
    }

    [Fact]
    public void A_shift_accounts_for_a_byte_order_mark_core_stripped()
    {
        var mapper = new PositionMapper(SourceText.From("\uFEFFab"), PositionEncoding.Utf16, offsetShift: 1);
        Assert.Equal(new Position(0, 2), mapper.ToPosition(1));
        Assert.Equal(1, mapper.ToOffset(new Position(0, 2)));
    }

    [Fact]
    public void Offsets_survive_a_round_trip_through_every_encoding()
    {
        string[] alphabet = ["a", " ", "\n", "\r", "\r\n", "日", "é", "\u0301", "\t", "😀"];
        PositionEncoding[] encodings = [PositionEncoding.Utf8, PositionEncoding.Utf16, PositionEncoding.Utf32];
        var pieces = Gen.Int[0, alphabet.Length - 1].Select(i => alphabet[i]);
        PropertyRunner.Check(
            "positions.round-trip",
            Gen.Select(pieces.Array[0, 40], Gen.Int[0, 200], Gen.Int[0, 2].Select(i => encodings[i])),
            sample =>
            {
                var (parts, rawOffset, encoding) = sample;
                var text = string.Concat(parts);
                var mapper = new PositionMapper(SourceText.From(text), encoding);
                var offset = Math.Min(rawOffset, text.Length);
                // Only offsets on a character boundary and not inside a CRLF are positions.
                if (offset > 0 && offset < text.Length && (char.IsLowSurrogate(text[offset]) || (text[offset - 1] == '\r' && text[offset] == '\n')))
                {
                    return;
                }
                Assert.Equal(offset, mapper.ToOffset(mapper.ToPosition(offset)));
            },
            baseSeed: 9_200_000,
            iterations: 2000,
            print: s => $"{PropertyRunner.Literal(string.Concat(s.Item1))} offset {s.Item2} {s.Item3}");
    }
}
