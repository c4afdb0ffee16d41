using System.Collections.Immutable;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Per-block analysis (tokens, sentences, word indices) kept between lints of successive versions of one document,
/// keyed by the block's prose text: an editor that re-lints after each keystroke re-analyses only the paragraphs
/// that changed. Pass the same cache to <see cref="Engine.Linter.Lint(Document, AnalysisCache, CancellationToken)"/>
/// for every version of a document. After each lint, entries no block of that version used are dropped, so the cache
/// holds about one version's blocks. It also keeps the findings of block-local rules per block
/// (<see cref="Engine.BlockRuleCache"/>, see <see cref="Rules.RuleLocality"/>). Lint one version of a document at a
/// time with it.
/// </summary>
public sealed class AnalysisCache
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<PartKey, PartEntry> parts = new();
    private int generation;

    /// <summary>Blocks analysed afresh since the cache was made (the others were reused).</summary>
    public int Misses { get; private set; }

    /// <summary>Blocks whose analysis was reused.</summary>
    public int Hits { get; private set; }

    /// <summary>Block-local rule findings, per block, kept between versions.</summary>
    internal Engine.BlockRuleCache RuleResults { get; } = new();

    /// <summary>Number of block texts held.</summary>
    public int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    internal BlockAnalysis Analyze(ProseBlock block)
    {
        lock (entries)
        {
            if (entries.TryGetValue(block.Text, out Entry? entry))
            {
                entry.Generation = generation;
                Hits++;
                return new BlockAnalysis(block, entry.Tokens, entry.Sentences, entry.WordIndices);
            }
        }

        var analysis = new BlockAnalysis(block);
        lock (entries)
        {
            entries[block.Text] = new Entry(analysis.Tokens, analysis.Sentences, analysis.WordIndexArray) { Generation = generation };
            Misses++;
        }

        return analysis;
    }

    /// <summary>A block's part of a document-wide analysis (see <see cref="AnalysisContext.BlockPart{T}"/>).</summary>
    internal T Part<T>(string part, string text, object? key, Func<T> create)
        where T : notnull
    {
        var id = new PartKey(part, text, key);
        lock (entries)
        {
            if (parts.TryGetValue(id, out PartEntry? entry))
            {
                entry.Generation = generation;
                return (T)entry.Value;
            }
        }

        T value = create();
        lock (entries)
        {
            parts[id] = new PartEntry(value) { Generation = generation };
        }

        return value;
    }

    /// <summary>Ends one lint: forgets the blocks it did not use.</summary>
    internal void Trim()
    {
        RuleResults.Trim();
        lock (entries)
        {
            foreach (var (text, entry) in entries)
            {
                if (entry.Generation != generation)
                {
                    entries.Remove(text);
                }
            }

            foreach (var (id, part) in parts)
            {
                if (part.Generation != generation)
                {
                    parts.Remove(id);
                }
            }

            generation++;
        }
    }

    private readonly record struct PartKey(string Part, string Text, object? Key);

    private sealed record PartEntry(object Value)
    {
        public int Generation { get; set; }
    }

    private sealed record Entry(ImmutableArray<Token> Tokens, ImmutableArray<TextSpan> Sentences, int[] WordIndices)
    {
        public int Generation { get; set; }
    }
}
