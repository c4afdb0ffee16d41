namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// A stretch of text that a rule checks in one pass: a block's prose, one sentence of it, an inline range (link,
/// emphasis...) or the raw source. <see cref="Owner"/> identifies the text the offsets belong to (a block index,
/// or <see cref="RawOwner"/>); <see cref="Start"/> and <see cref="Length"/> select the unit inside <see cref="Text"/>.
/// </summary>
public readonly record struct ScopeUnit(int Owner, string Text, int Start, int Length)
{
    public const int RawOwner = -1;

    /// <summary>
    /// For prose units: the text of the inline code a placeholder character (U+FFFC) at a given offset stands
    /// for, or null; kinds that count characters (occurrence) use it to count code the way Vale does.
    /// </summary>
    public Func<int, string?>? CodeText { get; init; }

    public int End => Start + Length;

    public string Value => Text.Substring(Start, Length);
}

/// <summary>
/// One finding of a rule kind: a range of <see cref="Unit"/>'s text (absolute offsets in <c>Unit.Text</c>), the
/// formatted message and the replacement suggestions (for quick fixes; empty when none).
/// </summary>
public sealed record KindHit(ScopeUnit Unit, int Start, int Length, string Message, IReadOnlyList<string> Replacements)
{
    /// <summary>True when the finding concerns the whole document rather than a located match (metric, readability).</summary>
    public bool IsDocumentLevel { get; init; }
}

/// <summary>Document-wide counts for <c>metric</c> and <c>readability</c> rules.</summary>
public sealed record DocumentCounts(
    int Paragraphs,
    int ListItems,
    int BlockQuotes,
    int CodeBlocks,
    IReadOnlyList<int> HeadingsByLevel);
