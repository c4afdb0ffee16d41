using System.Collections.Immutable;
using System.Text;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

/// <summary>Accumulates the prose of one block together with its source map (used by the document builders).</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<SourceSegment> segments = new();
    private readonly List<InlineRange> inlines = new();

    public int Length => text.Length;

    /// <summary>Empties the builder so that one instance serves every block of a document.</summary>
    public void Clear()
    {
        text.Clear();
        segments.Clear();
        inlines.Clear();
    }

    public bool IsEmpty => text.Length == 0;

    /// <summary>The end of the source mapped so far (0 before anything is appended); the map never goes back past it.</summary>
    public int SourceEnd => segments.Count == 0 ? 0 : segments[^1].SourceEnd;

    /// <summary>
    /// Appends source characters copied verbatim. Characters before <see cref="SourceEnd"/> are already mapped (a
    /// parser that reports a construct twice) and are dropped, so the map stays in source order.
    /// </summary>
    public void AppendVerbatim(string source, int sourceStart, int length)
    {
        int covered = SourceEnd - sourceStart;
        if (covered > 0)
        {
            sourceStart += covered;
            length -= covered;
        }

        if (length <= 0)
        {
            return;
        }

        int proseStart = text.Length;
        text.Append(source, sourceStart, length);
        if (segments.Count > 0)
        {
            SourceSegment last = segments[^1];
            if (last.IsVerbatim && last.ProseEnd == proseStart && last.SourceEnd == sourceStart)
            {
                segments[^1] = last with { ProseLength = last.ProseLength + length, SourceLength = last.SourceLength + length };
                return;
            }
        }

        segments.Add(new SourceSegment(proseStart, length, sourceStart, length));
    }

    /// <summary>
    /// Appends prose text that stands for a source construct (atomic). A construct reported inside source already
    /// mapped is clipped to start at <see cref="SourceEnd"/>, so the map stays in source order.
    /// </summary>
    public void AppendSubstitute(string proseText, int sourceStart, int sourceLength)
    {
        if (proseText.Length == 0)
        {
            return;
        }

        int end = sourceStart + Math.Max(0, sourceLength);
        sourceStart = Math.Max(sourceStart, SourceEnd);
        sourceLength = Math.Max(0, end - sourceStart);

        segments.Add(new SourceSegment(text.Length, proseText.Length, sourceStart, sourceLength, IsAtomic: true));
        text.Append(proseText);
    }

    public void AddInline(InlineKind kind, int proseStart, int proseEnd)
    {
        if (proseEnd > proseStart)
        {
            inlines.Add(new InlineRange(kind, TextSpan.FromBounds(proseStart, proseEnd)));
        }
    }

    /// <summary>Builds the block, trimming leading and trailing white space from the prose.</summary>
    public ProseBlock? Build(int index, ProseBlockKind kind, int headingLevel, bool inList, bool inBlockQuote)
    {
        int start = 0, end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == start)
        {
            return null;
        }

        string prose = text.ToString(start, end - start);
        int kept = 0;
        foreach (SourceSegment s in segments)
        {
            if (Math.Min(s.ProseEnd, end) > Math.Max(s.ProseStart, start))
            {
                kept++;
            }
        }

        var map = new SourceSegment[kept];
        int m = 0;
        foreach (SourceSegment s in segments)
        {
            int ps = Math.Max(s.ProseStart, start), pe = Math.Min(s.ProseEnd, end);
            if (pe <= ps)
            {
                continue;
            }

            if (s.IsVerbatim)
            {
                map[m++] = new SourceSegment(ps - start, pe - ps, s.SourceStart + (ps - s.ProseStart), pe - ps);
            }
            else
            {
                map[m++] = new SourceSegment(ps - start, pe - ps, s.SourceStart, s.SourceLength, IsAtomic: true);
            }
        }

        if (inlines.Count == 0)
        {
            return new ProseBlock(index, kind, headingLevel, inList, inBlockQuote, prose, map, ImmutableArray<InlineRange>.Empty);
        }

        var shifted = ImmutableArray.CreateBuilder<InlineRange>(inlines.Count);
        foreach (InlineRange r in inlines)
        {
            int ps = Math.Max(r.Span.Start, start) - start, pe = Math.Min(r.Span.End, end) - start;
            if (pe > ps)
            {
                shifted.Add(r with { Span = TextSpan.FromBounds(ps, pe) });
            }
        }

        return new ProseBlock(index, kind, headingLevel, inList, inBlockQuote, prose, map, shifted.ToImmutable());
    }
}
