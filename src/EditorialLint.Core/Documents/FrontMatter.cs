using EditorialLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EditorialLint.Core.Documents;

/// <summary>A YAML front matter block: its raw text, its span and its top-level scalar values.</summary>
public sealed class FrontMatter
{
    /// <summary>Front matter larger than this is not parsed (protects against hostile input).</summary>
    public const int MaxLength = 64 * 1024;

    /// <summary>More YAML events (scalars, collections, aliases) than this are refused.</summary>
    public const int MaxEvents = 20_000;

    private const int MaxAnchors = 1_000;

    private readonly Dictionary<string, (string Value, TextSpan Span)> scalars;

    private FrontMatter(string raw, TextSpan span, Dictionary<string, (string Value, TextSpan Span)> scalars)
    {
        Raw = raw;
        Span = span;
        this.scalars = scalars;
    }

    /// <summary>The YAML between the delimiters.</summary>
    public string Raw { get; }

    /// <summary>The whole block, delimiters included.</summary>
    public TextSpan Span { get; }

    public IReadOnlyDictionary<string, string> Scalars => scalars.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.OrdinalIgnoreCase);

    public bool TryGetValue(string key, out string value, out TextSpan valueSpan)
    {
        if (scalars.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            valueSpan = entry.Span;
            return true;
        }

        value = string.Empty;
        valueSpan = default;
        return false;
    }

    /// <summary>
    /// Parses the YAML of a front matter block. <paramref name="rawStart"/> is the source offset of the first
    /// character of <paramref name="raw"/>. Returns the front matter and, when the YAML is invalid or refused, a notice.
    /// </summary>
    internal static (FrontMatter FrontMatter, DocumentNotice? Notice) Parse(SourceText source, string raw, int rawStart, TextSpan blockSpan)
    {
        var values = new Dictionary<string, (string, TextSpan)>(StringComparer.OrdinalIgnoreCase);
        if (raw.Length > MaxLength)
        {
            return (new FrontMatter(raw, blockSpan, values), Refused(blockSpan, $"front matter is larger than {MaxLength / 1024} KiB and was not read"));
        }

        if (TryReadSimple(raw, rawStart, source.Length, values))
        {
            return (new FrontMatter(raw, blockSpan, values), null);
        }

        try
        {
            string? refusal = ReadTopLevelScalars(raw, rawStart, source.Length, values);
            return (new FrontMatter(raw, blockSpan, refusal is null ? values : []), refusal is null ? null : Refused(blockSpan, refusal));
        }
        catch (YamlException e)
        {
            int line = source.GetLineIndex(rawStart) + Math.Max(0, (int)e.Start.Line - 1);
            TextSpan at = source.GetLineSpan(line);
            string message = $"front matter is not valid YAML (line {line + 1}, column {e.Start.Column}): {e.Message}; its values were ignored";
            return (new FrontMatter(raw, blockSpan, []), new DocumentNotice(DocumentNoticeKind.InvalidFrontMatter, message, at));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            return (new FrontMatter(raw, blockSpan, []), Refused(blockSpan, $"front matter could not be read as YAML ({e.Message.TrimEnd('.')}); its values were ignored"));
        }
    }

    /// <summary>
    /// The common front matter, read without a YAML parser (which cost more than the rest of loading a draft):
    /// lines of <c>key: value</c> with a plain, single- or double-quoted value on one line, and blank lines.
    /// Returns false, leaving <paramref name="values"/> untouched, for anything else (comments, nesting, block
    /// or multi-line scalars, escapes, anchors, tabs, other line breaks, characters YAML refuses), which
    /// <see cref="ReadTopLevelScalars"/> then reads. What it accepts, it reads as that does: same values, same spans.
    /// </summary>
    internal static bool TryReadSimple(string raw, int rawStart, int sourceLength, Dictionary<string, (string, TextSpan)> values)
    {
        const int MaxSimpleKeys = 1_000;
        if (raw.AsSpan().IndexOfAny(NotSimple) >= 0)
        {
            return false;
        }

        var found = new List<(string Key, string Value, int Start, int End)>();
        for (int lineStart = 0; lineStart < raw.Length;)
        {
            int lineEnd = raw.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? raw.Length : lineEnd;
            ReadOnlySpan<char> line = raw.AsSpan(lineStart, lineEnd - lineStart);
            if (!line.Trim(' ').IsEmpty)
            {
                if (found.Count == MaxSimpleKeys || !TrySimpleLine(line, out int keyEnd, out int valueStart, out int valueEnd, out ReadOnlySpan<char> value))
                {
                    return false;
                }

                found.Add((line[..keyEnd].ToString(), value.ToString(), lineStart + valueStart, lineStart + valueEnd));
            }

            lineStart = lineEnd + 1;
        }

        foreach (var (key, value, start, end) in found)
        {
            int from = Math.Clamp(rawStart + start, 0, sourceLength);
            int to = Math.Clamp(rawStart + end, from, sourceLength);
            values[key] = (value, TextSpan.FromBounds(from, to));
        }

        return true;
    }

    /// <summary>Characters that send the front matter to the YAML parser: tabs, other breaks and controls, BOM, surrogates, backslashes.</summary>
    private static readonly System.Buffers.SearchValues<char> NotSimple = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c))
        + "\u2028\u2029\uFEFF\uFFFE\uFFFF\\");

    /// <summary>
    /// One <c>key: value</c> line: the key of letters, digits, '_' and '-' (a letter, digit or '_' first) at the
    /// start of the line, a colon and spaces, then a quoted value with nothing after its closing quote but spaces,
    /// or a plain value that starts with no indicator, holds no ": " or " #" and does not end with ':'. The value's
    /// range is the scalar's (quotes included).
    /// </summary>
    private static bool TrySimpleLine(ReadOnlySpan<char> line, out int keyEnd, out int valueStart, out int valueEnd, out ReadOnlySpan<char> value)
    {
        valueStart = valueEnd = 0;
        value = default;
        keyEnd = 0;
        while (keyEnd < line.Length && (char.IsAsciiLetterOrDigit(line[keyEnd]) || line[keyEnd] == '_' || (keyEnd > 0 && line[keyEnd] == '-')))
        {
            keyEnd++;
        }

        if (keyEnd == 0 || keyEnd + 1 >= line.Length || line[keyEnd] != ':' || line[keyEnd + 1] != ' ')
        {
            return false;
        }

        int start = keyEnd + 1;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }

        int end = line.Length;
        while (end > start && line[end - 1] == ' ')
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        char first = line[start];
        if (first is '"' or '\'')
        {
            // The first matching quote must close the scalar at the end of the line ('' escapes fall back).
            int close = line[(start + 1)..end].IndexOf(first) + start + 1;
            if (close != end - 1 || end - start < 2)
            {
                return false;
            }

            value = line[(start + 1)..close];
        }
        else
        {
            value = line[start..end];
            if (first is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`'
                || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value[^1] == ':')
            {
                return false;
            }
        }

        valueStart = start;
        valueEnd = end;
        return true;
    }

    private static DocumentNotice Refused(TextSpan blockSpan, string message) => new(DocumentNoticeKind.InvalidFrontMatter, message, blockSpan);

    /// <summary>
    /// Reads the top-level <c>key: scalar</c> pairs from the YAML event stream, without building a node tree: aliases
    /// are never expanded (an alias to a scalar anchor reads that scalar), so an alias bomb costs nothing, and the
    /// nesting depth and event count are bounded before any recursion could run deep. Returns why the YAML was
    /// refused, or null.
    /// </summary>
    internal static string? ReadTopLevelScalars(string raw, int rawStart, int sourceLength, Dictionary<string, (string, TextSpan)> values)
    {
        var parser = new Parser(new StringReader(raw));
        var anchors = new Dictionary<string, string>(StringComparer.Ordinal);
        var budget = new YamlBudget();
        int documents = 0;
        bool rootIsMapping = false, expectKey = true;
        string? key = null;
        while (parser.MoveNext())
        {
            ParsingEvent current = parser.Current!;
            int depth = budget.Depth;
            if (budget.Spend(current, MaxEvents) is { } problem)
            {
                return $"front matter {problem} and was not read";
            }

            switch (current)
            {
                case DocumentStart when ++documents > 1:
                    return null; // only the first document is front matter
                case MappingStart or SequenceStart:
                    if (depth == 0)
                    {
                        rootIsMapping = current is MappingStart;
                    }
                    else if (depth == 1 && rootIsMapping)
                    {
                        key = expectKey ? null : key;
                    }

                    break;
                case MappingEnd or SequenceEnd:
                    if (depth == 2 && rootIsMapping)
                    {
                        // A collection filled a key or value slot of the top-level mapping.
                        expectKey = !expectKey;
                        key = null;
                    }

                    break;
                case Scalar scalar:
                    if (!scalar.Anchor.IsEmpty && anchors.Count < MaxAnchors)
                    {
                        anchors[scalar.Anchor.Value] = scalar.Value;
                    }

                    if (depth == 1 && rootIsMapping)
                    {
                        Take(scalar.Value, scalar.Start, scalar.End);
                    }

                    break;
                case AnchorAlias alias when depth == 1 && rootIsMapping:
                    Take(anchors.TryGetValue(alias.Value.Value, out string? aliased) ? aliased : null, alias.Start, alias.End);
                    break;
            }
        }

        return null;

        void Take(string? value, Mark start, Mark end)
        {
            if (expectKey)
            {
                key = value;
            }
            else if (key is not null && value is not null)
            {
                int from = Math.Clamp(rawStart + (int)start.Index, 0, sourceLength);
                int to = Math.Clamp(rawStart + (int)end.Index, from, sourceLength);
                values[key] = (value, TextSpan.FromBounds(from, to));
            }

            expectKey = !expectKey;
        }
    }
}
