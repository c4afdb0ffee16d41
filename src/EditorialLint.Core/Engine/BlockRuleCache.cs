using System.Collections.Immutable;
using System.Text;
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
    private static readonly BlockKey Edge = new(string.Empty);

    private readonly Dictionary<string, BlockKey> keys = new(StringComparer.Ordinal);
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

            var found = new List<Diagnostic>();
            for (int i = 0; i < blocks.Length; i++)
            {
                var window = WindowKey.Of(blockKeys, i, locality.Neighbours, Edge);
                object?[] prints = Fingerprints(context, locality, i, facts);
                ProseBlock block = blocks[i].Block;
                if (byWindow.TryGetValue(window, out Entry? entry) && SameFacts(entry.Facts, prints))
                {
                    entry.Generation = generation;
                    Hits++;
                    found.AddRange(Relocate(entry.Diagnostics, block.SourceSpan.Start - entry.SourceStart));
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

        foreach (var (content, key) in keys)
        {
            if (key.Generation != generation)
            {
                keys.Remove(content);
            }
        }

        generation++;
    }

    /// <summary>
    /// What makes a block's findings the same wherever it stands: kind, heading level, list and quote nesting, the
    /// prose, the source behind it and the map between the two (relative to the block's start), the inlines.
    /// </summary>
    internal static string ContentOf(Document document, ProseBlock block)
    {
        var text = new StringBuilder(block.Text.Length * 2 + 32);
        text.Append((int)block.Kind).Append(',').Append(block.HeadingLevel).Append(',').Append(block.InList ? 'L' : '-').Append(block.InBlockQuote ? 'Q' : '-')
            .Append('\u0001').Append(block.Text).Append('\u0001').Append(document.Source.Text, block.SourceSpan.Start, block.SourceSpan.Length).Append('\u0001');
        int start = block.SourceSpan.Start;
        foreach (SourceSegment s in block.Map)
        {
            text.Append(s.ProseStart).Append(':').Append(s.ProseLength).Append(':').Append(s.SourceStart - start).Append(':').Append(s.SourceLength).Append(s.IsAtomic ? 'a' : ';');
        }

        text.Append('\u0001');
        foreach (InlineRange inline in block.Inlines)
        {
            text.Append((int)inline.Kind).Append(':').Append(inline.Span.Start).Append(':').Append(inline.Span.Length).Append(';');
        }

        return text.ToString();
    }

    private BlockKey KeyOf(Document document, ProseBlock block)
    {
        string content = ContentOf(document, block);
        if (!keys.TryGetValue(content, out BlockKey? key))
        {
            key = new BlockKey(content);
            keys[content] = key;
        }

        key.Generation = generation;
        return key;
    }

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

    private static IEnumerable<Diagnostic> Relocate(ImmutableArray<Diagnostic> diagnostics, int delta)
    {
        if (delta == 0)
        {
            return diagnostics;
        }

        return diagnostics.Select(d => d with
        {
            Span = Move(d.Span, delta),
            Fixes = d.Fixes.Select(f => f with { Edits = f.Edits.Select(e => e with { Span = Move(e.Span, delta) }).ToImmutableArray() }).ToImmutableArray(),
        });
    }

    private static TextSpan Move(TextSpan span, int delta) => new(span.Start + delta, span.Length);

    /// <summary>One block content of the current version, shared by every rule's window keys.</summary>
    private sealed class BlockKey(string content)
    {
        public string Content { get; } = content;

        public int Generation { get; set; }
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
