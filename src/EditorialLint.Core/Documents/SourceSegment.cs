namespace EditorialLint.Core.Documents;

/// <summary>
/// Maps a run of prose characters to source characters. When the lengths are equal the run is copied verbatim
/// (character i of the prose is character i of the source). When they differ (an entity such as <c>&amp;amp;</c>,
/// an escaped character, a code span replaced by a placeholder) the run is atomic: any prose range touching it
/// covers the whole source construct.
/// </summary>
public readonly record struct SourceSegment(int ProseStart, int ProseLength, int SourceStart, int SourceLength)
{
    public int ProseEnd => ProseStart + ProseLength;

    public int SourceEnd => SourceStart + SourceLength;

    public bool IsVerbatim => ProseLength == SourceLength;
}
