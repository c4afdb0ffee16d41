using System.Text;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Fixing;

/// <summary>Turns a fixed text back into bytes the way its file was stored: same encoding, same byte order mark.</summary>
public static class TextFileEncoding
{
    /// <summary>
    /// Why a decoded file must not be rewritten, or null when it may be: a file whose invalid bytes were replaced
    /// while reading would lose them.
    /// </summary>
    public static string? WhyNotRewritable(DecodedText decoded) =>
        decoded.Notices.Any(n => n.Kind == DocumentNoticeKind.InvalidEncoding)
            ? "it is not valid UTF-8, and rewriting it would replace the invalid bytes"
            : null;

    /// <summary>
    /// The bytes of <paramref name="text"/> (a document's text, without BOM) stored like <paramref name="how"/>;
    /// a byte order mark decoded as text (a doubled BOM) is kept too.
    /// </summary>
    public static byte[] Encode(string text, DecodedText how)
    {
        if (how.Text.StartsWith('\uFEFF') && !text.StartsWith('\uFEFF'))
        {
            text = '\uFEFF' + text;
        }

        byte[] preamble = !how.HasBom ? [] : how.Encoding.CodePage switch
        {
            1200 => [0xFF, 0xFE],
            1201 => [0xFE, 0xFF],
            _ => [0xEF, 0xBB, 0xBF],
        };
        byte[] body = how.Encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The text a document was built from, as decoded (a second BOM at the start is part of the BOM).</summary>
    public static bool SameText(DecodedText decoded, Document document)
    {
        ReadOnlySpan<char> text = decoded.Text.AsSpan();
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.SequenceEqual(document.Source.Text.AsSpan());
    }
}
