using System.Text;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Fixing;

namespace EditorialLint.Core.Tests.Fixing;

public class TextFileEncodingTests
{
    public static TheoryData<byte[]> Stored()
    {
        var data = new TheoryData<byte[]>();
        data.Add(Encoding.UTF8.GetBytes("café\r\nnaïve"));
        data.Add([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café\nnaïve")]);
        data.Add([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("café\r\nnaïve 😀")]);
        data.Add([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("café naïve")]);
        data.Add([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\uFEFFdoubled mark")]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Stored))]
    public void Text_goes_back_to_the_same_bytes(byte[] bytes)
    {
        DecodedText decoded = DocumentLoader.Decode("a.txt", bytes);
        Document document = DocumentLoader.FromBytes("a.txt", bytes);
        Assert.True(TextFileEncoding.SameText(decoded, document));
        Assert.Null(TextFileEncoding.WhyNotRewritable(decoded));
        Assert.Equal(bytes, TextFileEncoding.Encode(document.Source.Text, decoded));
    }

    [Fact]
    public void A_changed_text_keeps_the_encoding_and_mark()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("towardsa")];
        DecodedText decoded = DocumentLoader.Decode("a.txt", bytes);
        Assert.Equal([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("towards a")], TextFileEncoding.Encode("towards a", decoded));
    }

    [Fact]
    public void Invalid_utf8_is_not_rewritable()
    {
        DecodedText decoded = DocumentLoader.Decode("a.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A]);
        Assert.NotNull(TextFileEncoding.WhyNotRewritable(decoded));
    }

    [Fact]
    public void A_different_text_is_not_the_same()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("one");
        Assert.False(TextFileEncoding.SameText(DocumentLoader.Decode("a.txt", bytes), Document.Parse("a.txt", "two")));
    }
}
