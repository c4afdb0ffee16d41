using System.Collections.Immutable;

namespace EditorialLint.Core.Rules;

/// <summary>
/// What a rule's findings for one block depend on, declared in its <see cref="RuleDescriptor.Locality"/> so that an
/// editor can re-run the rule on the blocks an edit changed and reuse its earlier findings for the others.
/// <list type="bullet">
/// <item><see cref="Document"/> (the default): anything in the document; the rule runs on every lint.</item>
/// <item><see cref="Block"/>: the block's own content (its prose, its source, its kind), the
/// <see cref="Neighbours"/> blocks on either side of it, and the named <see cref="Facts"/>, nothing else. The
/// rule reports only inside the block, and iterates <c>context.Blocks</c> in order: the engine may run it on a
/// window of blocks (the block and its neighbours) and keep what it reports inside the block.</item>
/// </list>
/// A rule that declares itself block-local wrongly gives stale findings in the editor; the property test
/// <c>CachedLintProperties</c> compares cached and fresh lints of edited drafts to catch that.
/// </summary>
public sealed record RuleLocality
{
    private RuleLocality(bool isBlockLocal, int neighbours, ImmutableArray<DocumentFact> facts)
    {
        IsBlockLocal = isBlockLocal;
        Neighbours = neighbours;
        Facts = facts;
    }

    /// <summary>Findings may depend on the whole document.</summary>
    public static RuleLocality Document { get; } = new(false, 0, []);

    public bool IsBlockLocal { get; }

    /// <summary>How many blocks on each side of a block its findings may read (0: the block alone).</summary>
    public int Neighbours { get; }

    /// <summary>The document-wide facts the findings of a block may read.</summary>
    public ImmutableArray<DocumentFact> Facts { get; }

    /// <summary>Findings for a block depend on that block and on the given document-wide facts only.</summary>
    public static RuleLocality Block(params DocumentFact[] facts) => new(true, 0, [.. facts]);

    /// <summary>Findings for a block depend on it, the <paramref name="neighbours"/> blocks on each side, and the facts.</summary>
    public static RuleLocality BlockAndNeighbours(int neighbours, params DocumentFact[] facts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(neighbours);
        return new(true, neighbours, [.. facts]);
    }

    public bool Equals(RuleLocality? other) =>
        other is not null && IsBlockLocal == other.IsBlockLocal && Neighbours == other.Neighbours && Facts.SequenceEqual(other.Facts);

    public override int GetHashCode() => HashCode.Combine(IsBlockLocal, Neighbours, Facts.Length);

    public override string ToString() =>
        !IsBlockLocal ? "document" : $"block{(Neighbours > 0 ? $" ±{Neighbours}" : string.Empty)}{(Facts.IsEmpty ? string.Empty : " + " + string.Join(", ", Facts.Select(f => f.Name)))}";
}
