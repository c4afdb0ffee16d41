using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Engine;

/// <summary>
/// The findings of block-local rules (<see cref="RuleLocality"/>) per block, kept between versions of one document.
/// A block's findings are reused when the block's content (prose, source, kind, offset map), the content of its
/// declared neighbours and the fingerprints of the declared facts are all the same as when they were found; they
/// are then moved by the distance the block moved in the source (spans and fix edits alike). Not thread-safe: one
/// lint of a document at a time (<see cref="Linter"/> locks it for the lint).
/// </summary>
internal sealed class BlockRuleCache
{
    private static readonly BlockKey Edge = new(string.Empty, string.Empty, [], [], default);

    // Block contents of recent versions by prose text (blocks with the same prose may differ in markup).
    private readonly Dictionary<string, List<BlockKey>> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<IRule, Dictionary<WindowKey, Entry>> results = new(ReferenceEqualityComparer.Instance);
    private LintOptions? options;
    private int generation;

    /// <summary>Block-rule results reused since the cache was made.</summary>
    public int Hits { get; private set; }

    /// <summary>Block-rule results computed since the cache was made.</summary>
    public int Misses { get; private set; }

    /// <summary>Runs the rules of one lint: block-local ones block by block through the cache, the others as usual.</summary>
    public void Run(AnalysisContext context, ImmutableArray<IRule> rules, LintOptions lintOptions)
    {
        if (!ReferenceEquals(options, lintOptions))
        {
            // Another configuration: nothing found under the old one carries over.
            results.Clear();
            options = lintOptions;
        }

        ImmutableArray<BlockAnalysis> blocks = context.Blocks;
        var blockKeys = new BlockKey[blocks.Length];
        for (int i = 0; i < blocks.Length; i++)
        {
            blockKeys[i] = KeyOf(context.Document, blocks[i].Block);
        }

        var facts = new Dictionary<DocumentFact, object?[]>();
        var windows = new Dictionary<int, WindowKey[]>(); // by neighbour count, shared by the rules that declare it
        foreach (IRule rule in rules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            RuleLocality locality = rule.Descriptor.Locality;
            if (!locality.IsBlockLocal)
            {
                rule.Analyze(context);
                continue;
            }

            if (!results.TryGetValue(rule, out var byWindow))
            {
                byWindow = new Dictionary<WindowKey, Entry>();
                results[rule] = byWindow;
            }

            if (!windows.TryGetValue(locality.Neighbours, out WindowKey[]? windowKeys))
            {
                windowKeys = new WindowKey[blocks.Length];
                for (int i = 0; i < blocks.Length; i++)
                {
                    windowKeys[i] = WindowKey.Of(blockKeys, i, locality.Neighbours, Edge);
                }

                windows[locality.Neighbours] = windowKeys;
            }

            var found = new List<Diagnostic>();
            for (int i = 0; i < blocks.Length; i++)
            {
                WindowKey window = windowKeys[i];
                object?[] prints = Fingerprints(context, locality, i, facts);
                ProseBlock block = blocks[i].Block;
                if (byWindow.TryGetValue(window, out Entry? entry) && SameFacts(entry.Facts, prints))
                {
                    entry.Generation = generation;
                    Hits++;
                    Relocate(entry.Diagnostics, block.SourceSpan.Start - entry.SourceStart, found);
                    continue;
                }

                ImmutableArray<Diagnostic> fresh = RunOnBlock(rule, context, blocks, i, locality.Neighbours);
                byWindow[window] = new Entry(prints, block.SourceSpan.Start, fresh) { Generation = generation };
                Misses++;
                found.AddRange(fresh);
            }

            context.AddChecked(found);
        }
    }

    /// <summary>Ends one lint: forgets what no block of that version used.</summary>
    public void Trim()
    {
        foreach (var byWindow in results.Values)
        {
            foreach (var (window, entry) in byWindow)
            {
                if (entry.Generation != generation)
                {
                    byWindow.Remove(window);
                }
            }
        }

        foreach (var (text, candidates) in keys)
        {
            candidates.RemoveAll(key => key.Generation != generation);
            if (candidates.Count == 0)
            {
                keys.Remove(text);
            }
        }

        generation++;
    }

    /// <summary>
    /// What makes a block's findings the same wherever it stands: kind, heading level, list and quote nesting, the
    /// prose, the source behind it and the map between the two (relative to the block's start), the inlines. Two
    /// blocks have the same key object exactly when all of these are equal.
    /// </summary>
    private BlockKey KeyOf(Document document, ProseBlock block)
    {
        if (!keys.TryGetValue(block.Text, out List<BlockKey>? candidates))
        {
            candidates = new List<BlockKey>(1);
            keys[block.Text] = candidates;
        }

        foreach (BlockKey candidate in candidates)
        {
            if (candidate.Matches(document, block))
            {
                candidate.Generation = generation;
                return candidate;
            }
        }

        var key = BlockKey.Of(document, block);
        key.Generation = generation;
        candidates.Add(key);
        return key;
    }

    /// <summary>True when the two blocks have the same content key (for tests).</summary>
    internal static bool SameContent(Document a, ProseBlock blockA, Document b, ProseBlock blockB) =>
        blockA.Text == blockB.Text && BlockKey.Of(a, blockA).Matches(b, blockB);

    private static object?[] Fingerprints(AnalysisContext context, RuleLocality locality, int blockIndex, Dictionary<DocumentFact, object?[]> facts)
    {
        if (locality.Facts.IsEmpty)
        {
            return [];
        }

        var prints = new object?[locality.Facts.Length];
        for (int f = 0; f < prints.Length; f++)
        {
            DocumentFact fact = locality.Facts[f];
            if (!facts.TryGetValue(fact, out object?[]? perBlock))
            {
                perBlock = new object?[context.Blocks.Length];
                Array.Fill(perBlock, NotComputed);
                facts[fact] = perBlock;
            }

            if (ReferenceEquals(perBlock[blockIndex], NotComputed))
            {
                perBlock[blockIndex] = fact.Fingerprint(context, context.Blocks[blockIndex]);
            }

            prints[f] = perBlock[blockIndex];
        }

        return prints;
    }

    private static readonly object NotComputed = new();

    private static bool SameFacts(object?[] before, object?[] now)
    {
        for (int i = 0; i < now.Length; i++)
        {
            if (!Equals(before[i], now[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs the rule on the block and its neighbours and keeps what it reports inside the block.</summary>
    private static ImmutableArray<Diagnostic> RunOnBlock(IRule rule, AnalysisContext context, ImmutableArray<BlockAnalysis> blocks, int index, int neighbours)
    {
        int first = Math.Max(0, index - neighbours), last = Math.Min(blocks.Length - 1, index + neighbours);
        var window = new AnalysisContext(context, blocks[first..(last + 1)]);
        rule.Analyze(window);
        TextSpan own = blocks[index].Block.SourceSpan;
        var kept = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (Diagnostic d in window.Diagnostics)
        {
            if (Inside(d, own))
            {
                kept.Add(d);
                continue;
            }

            bool elsewhereInWindow = false;
            for (int b = first; b <= last && !elsewhereInWindow; b++)
            {
                elsewhereInWindow = b != index && Inside(d, blocks[b].Block.SourceSpan);
            }

            if (!elsewhereInWindow)
            {
                throw new InvalidOperationException(
                    $"rule {rule.Descriptor.Id} declares itself block-local ({rule.Descriptor.Locality}) but reported {d.Span} outside its block {own}");
            }
        }

        return kept.ToImmutable();
    }

    private static bool Inside(Diagnostic d, TextSpan block) =>
        Within(d.Span, block) && d.Fixes.All(f => f.Edits.All(e => Within(e.Span, block)));

    private static bool Within(TextSpan span, TextSpan block) => span.Start >= block.Start && span.End <= block.End;

    /// <summary>Adds the block's earlier findings, moved by <paramref name="delta"/> characters with their fixes.</summary>
    private static void Relocate(ImmutableArray<Diagnostic> diagnostics, int delta, List<Diagnostic> found)
    {
        if (delta == 0)
        {
            found.AddRange(diagnostics);
            return;
        }

        foreach (Diagnostic d in diagnostics)
        {
            var fixes = d.Fixes.IsEmpty ? d.Fixes : ImmutableArray.CreateRange(d.Fixes, (f, by) => f with { Edits = ImmutableArray.CreateRange(f.Edits, (e, n) => e with { Span = Move(e.Span, n) }, by) }, delta);
            found.Add(d with { Span = Move(d.Span, delta), Fixes = fixes });
        }
    }

    private static TextSpan Move(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    /// <summary>One block content of recent versions, shared by every rule's window keys (compared by identity).</summary>
    private sealed class BlockKey(string text, string source, SourceSegment[] relativeMap, InlineRange[] inlines, (ProseBlockKind, int, bool, bool) shape)
    {
        public int Generation { get; set; }

        public static BlockKey Of(Document document, ProseBlock block)
        {
            int start = block.SourceSpan.Start;
            var map = block.MapSpan.ToArray();
            for (int i = 0; i < map.Length; i++)
            {
                map[i] = map[i] with { SourceStart = map[i].SourceStart - start };
            }

            return new BlockKey(block.Text, document.Source.Slice(block.SourceSpan), map, [.. block.Inlines], ShapeOf(block));
        }

        public bool Matches(Document document, ProseBlock block)
        {
            if (block.Text != text || ShapeOf(block) != shape || block.Inlines.Length != inlines.Length
                || !document.Source.Text.AsSpan(block.SourceSpan.Start, block.SourceSpan.Length).SequenceEqual(source))
            {
                return false;
            }

            int start = block.SourceSpan.Start;
            ReadOnlySpan<SourceSegment> map = block.MapSpan;
            if (map.Length != relativeMap.Length)
            {
                return false;
            }

            for (int i = 0; i < map.Length; i++)
            {
                if (map[i] with { SourceStart = map[i].SourceStart - start } != relativeMap[i])
                {
                    return false;
                }
            }

            return block.Inlines.AsSpan().SequenceEqual(inlines);
        }

        private static (ProseBlockKind, int, bool, bool) ShapeOf(ProseBlock block) => (block.Kind, block.HeadingLevel, block.InList, block.InBlockQuote);
    }

    /// <summary>The contents of a block and of its neighbours (<see cref="Edge"/> past either end), by identity.</summary>
    private sealed class WindowKey : IEquatable<WindowKey>
    {
        private readonly BlockKey[] keys;
        private readonly int hash;

        private WindowKey(BlockKey[] keys)
        {
            this.keys = keys;
            var hashCode = new HashCode();
            foreach (BlockKey key in keys)
            {
                hashCode.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key));
            }

            hash = hashCode.ToHashCode();
        }

        public static WindowKey Of(BlockKey[] all, int index, int neighbours, BlockKey edge)
        {
            var keys = new BlockKey[(2 * neighbours) + 1];
            for (int k = 0; k < keys.Length; k++)
            {
                int at = index - neighbours + k;
                keys[k] = at >= 0 && at < all.Length ? all[at] : edge;
            }

            return new WindowKey(keys);
        }

        public bool Equals(WindowKey? other)
        {
            if (other is null || other.keys.Length != keys.Length)
            {
                return false;
            }

            for (int i = 0; i < keys.Length; i++)
            {
                if (!ReferenceEquals(keys[i], other.keys[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as WindowKey);

        public override int GetHashCode() => hash;
    }

    private sealed record Entry(object?[] Facts, int SourceStart, ImmutableArray<Diagnostic> Diagnostics)
    {
        public int Generation { get; set; }
    }
}
