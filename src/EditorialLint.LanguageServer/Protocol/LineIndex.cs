using System.Text;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>
/// Line starts of a text and conversions between UTF-16 offsets and LSP positions in the negotiated
/// encoding. Lines end at CRLF, CR or LF. Positions past a line's end clamp to the end of that line;
/// lines past the last clamp to the end of the text; a column inside a character rounds down to it.
/// </summary>
public sealed class LineIndex
{
    private readonly string text;
    private readonly int[] lineStarts;

    public LineIndex(string text)
    {
        this.text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        lineStarts = [.. starts];
    }

    public int LineCount => lineStarts.Length;

    public int GetLineStart(int line) => lineStarts[line];

    /// <summary>End of the line's content, before its line break.</summary>
    public int GetLineEnd(int line)
    {
        if (line + 1 >= lineStarts.Length)
        {
            return text.Length;
        }
        var end = lineStarts[line + 1];
        if (end > 0 && text[end - 1] == '\n')
        {
            end--;
        }
        if (end > lineStarts[line] && text[end - 1] == '\r')
        {
            end--;
        }
        return end;
    }

    public int GetLine(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public Position GetPosition(int offset, string encoding)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var line = GetLine(offset);
        var start = lineStarts[line];
        offset = Math.Min(offset, GetLineEnd(line));
        return new Position(line, Measure(text.AsSpan(start, offset - start), encoding));
    }

    public int GetOffset(Position position, string encoding)
    {
        if (position.Line < 0)
        {
            return 0;
        }
        if (position.Line >= lineStarts.Length)
        {
            return text.Length;
        }
        var start = lineStarts[position.Line];
        var end = GetLineEnd(position.Line);
        var remaining = Math.Max(0, position.Character);
        if (encoding == PositionEncodingKind.Utf16)
        {
            return start + Math.Min(remaining, end - start);
        }
        var offset = start;
        while (offset < end)
        {
            var width = char.IsHighSurrogate(text[offset]) && offset + 1 < end && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
            var units = Measure(text.AsSpan(offset, width), encoding);
            if (units > remaining)
            {
                break;
            }
            remaining -= units;
            offset += width;
        }
        return offset;
    }

    /// <summary>Length of a UTF-16 span in the given encoding's code units.</summary>
    public static int Measure(ReadOnlySpan<char> span, string encoding) => encoding switch
    {
        PositionEncodingKind.Utf8 => Encoding.UTF8.GetByteCount(span),
        PositionEncodingKind.Utf32 => CountCodePoints(span),
        _ => span.Length,
    };

    private static int CountCodePoints(ReadOnlySpan<char> span)
    {
        var count = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            count++;
        }
        return count;
    }
}
