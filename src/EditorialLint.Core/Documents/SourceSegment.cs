namespace EditorialLint.Core.Documents;

/// <summary>
/// Maps a run of prose characters to source characters. A verbatim run is copied from the source (character i of
/// the prose is character i of the source). An atomic run stands for a source construct (an entity such as
/// <c>&amp;amp;</c>, an escaped character, a code span replaced by a placeholder, a line break written as '\n'):
/// any prose range touching it covers the whole construct. A run is atomic when it says so, or when its prose and
/// source lengths differ; equal lengths alone never make a substitution verbatim ("\n" standing for "\r" is not a copy).
/// </summary>
public readonly record struct SourceSegment(int ProseStart, int ProseLength, int SourceStart, int SourceLength, bool IsAtomic = false)
{
    public int ProseEnd => ProseStart + ProseLength;

    public int SourceEnd => SourceStart + SourceLength;

    public bool IsVerbatim => !IsAtomic && ProseLength == SourceLength;
}
