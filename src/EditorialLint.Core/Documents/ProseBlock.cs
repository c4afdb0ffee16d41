using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

public enum ProseBlockKind
{
    Paragraph,
    Heading,
    TableCell,
}

public enum InlineKind
{
    Emphasis,
    Strong,
    Link,
    Code,
    Html,

    /// <summary>The alt text of an image (<c>![alt](src)</c>); Vale's <c>alt</c> scope.</summary>
    Image,
}

/// <summary>An inline construct inside a prose block, in prose coordinates (for scopes).</summary>
public readonly record struct InlineRange(InlineKind Kind, TextSpan Span);

/// <summary>
/// One block of prose (a paragraph, heading or table cell) with the exact source offset of every character.
/// Code spans, autolinks and inline HTML are replaced by U+FFFC, one character each, mapped to the whole
/// construct, so that words on either side never run together and sentence structure survives.
/// </summary>
public sealed class ProseBlock
{
    /// <summary>The character that stands for a non-prose inline (code span, autolink, inline HTML).</summary>
    public const char Placeholder = '\uFFFC';

    private readonly SourceSegment[] map;

    internal ProseBlock(int index, ProseBlockKind kind, int headingLevel, bool inList, bool inBlockQuote, string text, SourceSegment[] map, ImmutableArray<InlineRange> inlines)
    {
        Index = index;
        Kind = kind;
        HeadingLevel = headingLevel;
        InList = inList;
        InBlockQuote = inBlockQuote;
        Text = text;
        this.map = map;
        Inlines = inlines;
        SourceSpan = map.Length == 0 ? default : TextSpan.FromBounds(map[0].SourceStart, map[^1].SourceEnd);
    }

    public int Index { get; }

    public ProseBlockKind Kind { get; }

    /// <summary>1-6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    public bool InList { get; }

    public bool InBlockQuote { get; }

    public string Text { get; }

    public ImmutableArray<SourceSegment> Map => ImmutableArray.Create(map);

    /// <summary>The map without a copy (the editor's cache compares maps of successive versions).</summary>
    internal ReadOnlySpan<SourceSegment> MapSpan => map;

    public ImmutableArray<InlineRange> Inlines { get; }

    /// <summary>From the first to the last source character of the block's prose.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>Source offset of the prose character at <paramref name="proseOffset"/> (its start).</summary>
    public int ToSourceOffset(int proseOffset)
    {
        if (map.Length == 0)
        {
            return 0;
        }

        if (proseOffset >= Text.Length)
        {
            return map[^1].SourceEnd;
        }

        SourceSegment segment = map[FindSegment(Math.Max(0, proseOffset))];
        return segment.IsVerbatim ? segment.SourceStart + (proseOffset - segment.ProseStart) : segment.SourceStart;
    }

    /// <summary>The source span covering exactly the source characters behind a prose range.</summary>
    public TextSpan ToSource(int proseStart, int proseLength)
    {
        if (map.Length == 0)
        {
            return default;
        }

        proseStart = Math.Clamp(proseStart, 0, Text.Length);
        int proseEnd = Math.Clamp(proseStart + Math.Max(0, proseLength), proseStart, Text.Length);
        if (proseEnd == proseStart)
        {
            int at = proseStart < Text.Length ? ToSourceOffset(proseStart) : EndOfChar(Text.Length - 1);
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(ToSourceOffset(proseStart), EndOfChar(proseEnd - 1));
    }

    public TextSpan ToSource(TextSpan proseSpan) => ToSource(proseSpan.Start, proseSpan.Length);

    /// <summary>The prose offset of a source offset, or -1 when that source character is not prose.</summary>
    public int ToProseOffset(int sourceOffset)
    {
        int lo = 0, hi = map.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            SourceSegment s = map[mid];
            if (sourceOffset < s.SourceStart)
            {
                hi = mid - 1;
            }
            else if (sourceOffset >= s.SourceEnd)
            {
                lo = mid + 1;
            }
            else
            {
                return s.IsVerbatim ? s.ProseStart + (sourceOffset - s.SourceStart) : s.ProseStart;
            }
        }

        return -1;
    }

    private int EndOfChar(int proseIndex)
    {
        SourceSegment segment = map[FindSegment(proseIndex)];
        return segment.IsVerbatim ? segment.SourceStart + (proseIndex - segment.ProseStart) + 1 : segment.SourceEnd;
    }

    private int FindSegment(int proseOffset)
    {
        int lo = 0, hi = map.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (map[mid].ProseStart <= proseOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    public override string ToString() => $"{Kind} {SourceSpan}: {Text}";
}
