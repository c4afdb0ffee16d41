namespace EditorialLint.Core.Text;

/// <summary>
/// Immutable source text with a line index built once. Lines end at CRLF, CR or LF, as in LSP.
/// Columns are UTF-16 code units unless another <see cref="PositionEncoding"/> is asked for.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    private SourceText(string text)
    {
        Text = text;
        lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public static SourceText From(string text) => new(text ?? throw new ArgumentNullException(nameof(text)));

    public char this[int index] => Text[index];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    public int GetLineStart(int line) => lineStarts[Math.Clamp(line, 0, lineStarts.Length - 1)];

    /// <summary>The line's content, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        line = Math.Clamp(line, 0, lineStarts.Length - 1);
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        if (end > start && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The line including its line break characters, if any.</summary>
    public TextSpan GetLineSpanIncludingBreak(int line)
    {
        line = Math.Clamp(line, 0, lineStarts.Length - 1);
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => Slice(GetLineSpan(line));

    public int GetLineIndex(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Zero-based line and UTF-16 column of an offset (clamped to the text).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = GetLineIndex(offset);
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LinePosition GetLinePosition(int offset, PositionEncoding encoding)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = GetLineIndex(offset);
        return new LinePosition(line, GetColumn(offset, encoding));
    }

    /// <summary>The zero-based column of an offset in the given unit.</summary>
    public int GetColumn(int offset, PositionEncoding encoding)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = GetLineIndex(offset);
        int start = lineStarts[line];
        return encoding switch
        {
            PositionEncoding.Utf16 => offset - start,
            PositionEncoding.Utf32 => CountCodePoints(Text.AsSpan(start, offset - start)),
            PositionEncoding.Utf8 => CountUtf8Bytes(Text.AsSpan(start, offset - start)),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }

    /// <summary>Offset of a UTF-16 position; positions past the end of a line clamp to the line end.</summary>
    public int GetOffset(LinePosition position) => GetOffset(position.Line, position.Character, PositionEncoding.Utf16);

    /// <summary>
    /// Offset of a (line, column) position in the given unit. Lines past the end clamp to the end of the text,
    /// columns past the line's end clamp to the line end, and a column inside a surrogate pair or multi-byte
    /// sequence rounds down to the character's start.
    /// </summary>
    public int GetOffset(int line, int column, PositionEncoding encoding)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= lineStarts.Length)
        {
            return Text.Length;
        }

        TextSpan lineSpan = GetLineSpan(line);
        if (column <= 0)
        {
            return lineSpan.Start;
        }

        switch (encoding)
        {
            case PositionEncoding.Utf16:
                {
                    int offset = lineSpan.Start + Math.Min(column, lineSpan.Length);
                    if (offset > lineSpan.Start && offset < lineSpan.End && char.IsLowSurrogate(Text[offset]) && char.IsHighSurrogate(Text[offset - 1]))
                    {
                        offset--;
                    }

                    return offset;
                }

            default:
                {
                    int units = 0;
                    int i = lineSpan.Start;
                    while (i < lineSpan.End)
                    {
                        int width = char.IsHighSurrogate(Text[i]) && i + 1 < lineSpan.End && char.IsLowSurrogate(Text[i + 1]) ? 2 : 1;
                        int cost = encoding == PositionEncoding.Utf32 ? 1 : Utf8Length(Text, i, width);
                        if (units + cost > column)
                        {
                            break;
                        }

                        units += cost;
                        i += width;
                    }

                    return i;
                }
        }
    }

    private static int Utf8Length(string text, int index, int width)
    {
        if (width == 2)
        {
            return 4;
        }

        char c = text[index];
        return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private static int CountCodePoints(ReadOnlySpan<char> span)
    {
        int count = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    private static int CountUtf8Bytes(ReadOnlySpan<char> span)
    {
        int count = 0;
        for (int i = 0; i < span.Length; i++)
        {
            char c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                count += 4;
                i++;
            }
            else
            {
                count += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
        }

        return count;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int>(Math.Max(4, text.Length / 40)) { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
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

        return starts.ToArray();
    }

    public override string ToString() => Text;

    /// <summary>Detects the dominant line ending, for writers that must keep it.</summary>
    public string DetectLineEnding()
    {
        int crlf = 0, lf = 0, cr = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\r')
            {
                if (i + 1 < Text.Length && Text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (Text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf ? "\r" : "\n";
    }
}
