using System.Collections.Immutable;
using System.Text;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

/// <summary>The file cannot be linted as text (binary, too large, unreadable); the message says why.</summary>
public sealed class DocumentLoadException(string path, string message) : Exception(message)
{
    public string Path { get; } = path;
}

/// <summary>The result of decoding a file: its text and how it was stored (so writers can keep it).</summary>
public sealed record DecodedText(string Text, Encoding Encoding, bool HasBom, ImmutableArray<DocumentNotice> Notices);

/// <summary>Reads files as text: BOMs (UTF-8, UTF-16), invalid UTF-8 replaced and reported once, binary refused.</summary>
public static class DocumentLoader
{
    /// <summary>
    /// Files larger than this are refused before they are read. Measured (docs/reliability.md): a 50 MB text file
    /// linted in 3 min 50 s with a 2.2 GB peak and 122 MB of JSON output; a long news article is under 100 KB, a
    /// whole book 1-2 MB. 8 MiB keeps a run of many files in bounded memory.
    /// </summary>
    public const long MaxFileBytes = 8L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Document Load(string path, DocumentFormat? format = null)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                throw new DocumentLoadException(path, $"file too large: {info.Length / (1024.0 * 1024):0.#} MiB, over the {MaxFileBytes / (1024 * 1024)} MiB limit for drafts; skipped");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentLoadException(path, "file vanished: it was deleted or moved after the file list was made; skipped");
        }
        catch (UnauthorizedAccessException)
        {
            throw new DocumentLoadException(path, "permission denied: the file cannot be read; skipped");
        }
        catch (IOException e)
        {
            throw new DocumentLoadException(path, $"cannot read the file ({e.Message.TrimEnd('.')}); skipped");
        }

        return FromBytes(path, bytes, format);
    }

    public static Document FromBytes(string path, byte[] bytes, DocumentFormat? format = null)
    {
        DecodedText decoded = Decode(path, bytes);
        return Document.Build(path, decoded.Text, format ?? DocumentFormats.FromPath(path), decoded.HasBom, decoded.Notices);
    }

    public static DecodedText Decode(string path, byte[] bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return DecodeUtf8(path, bytes, 3, hasBom: true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode, true, ImmutableArray<DocumentNotice>.Empty);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), Encoding.BigEndianUnicode, true, ImmutableArray<DocumentNotice>.Empty);
        }

        if (LooksBinary(bytes))
        {
            throw new DocumentLoadException(path, "binary file (it contains NUL bytes); skipped");
        }

        return DecodeUtf8(path, bytes, 0, hasBom: false);
    }

    private static DecodedText DecodeUtf8(string path, byte[] bytes, int start, bool hasBom)
    {
        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes, start, bytes.Length - start), LenientUtf8, hasBom, ImmutableArray<DocumentNotice>.Empty);
        }
        catch (DecoderFallbackException e)
        {
            string text = LenientUtf8.GetString(bytes, start, bytes.Length - start);
            int badByte = Math.Max(0, e.Index);
            int charOffset = LenientUtf8.GetCharCount(bytes, start, Math.Min(badByte, bytes.Length - start));
            charOffset = Math.Clamp(charOffset, 0, text.Length);
            int count = text.Count(c => c == '\uFFFD');
            var source = SourceText.From(text);
            int line = source.GetLineIndex(charOffset) + 1;
            string message = $"the file is not valid UTF-8: {count} invalid byte sequence{(count == 1 ? " was" : "s were")} replaced by U+FFFD, the first on line {line}; save the file as UTF-8";
            var notice = new DocumentNotice(DocumentNoticeKind.InvalidEncoding, message, new TextSpan(charOffset, charOffset < text.Length ? 1 : 0));
            return new DecodedText(text, LenientUtf8, hasBom, ImmutableArray.Create(notice));
        }
    }

    private static bool LooksBinary(byte[] bytes)
    {
        int length = Math.Min(bytes.Length, 8192);
        return Array.IndexOf(bytes, (byte)0, 0, length) >= 0;
    }
}
