using System.Collections.Immutable;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// Words the article itself establishes: an unknown word used twice or more ("Larijani ... Larijani",
/// "downblending ... downblended" does not count, the exact word must recur) is a name or the story's jargon,
/// not a slip, because a typo is rarely repeated letter for letter. Counted once per document, case-insensitively.
/// The counts come from <see cref="WordVerdicts"/>; the word pairs, asked about only for words the dictionary lacks
/// that split in two, are gathered on the first question.
/// </summary>
public sealed class EstablishedWords : IDocumentAnalysis<EstablishedWords>
{
    /// <summary>How many times a word must occur in the document to count as established.</summary>
    public const int MinOccurrences = 2;

    private readonly WordVerdicts? _words;
    private readonly ImmutableArray<BlockAnalysis> _blocks;
    private readonly Dictionary<string, int>? _counts; // the editor's sum of per-block parts; otherwise _words counts
    private HashSet<string>? _pairs;

    private EstablishedWords(WordVerdicts words, ImmutableArray<BlockAnalysis> blocks)
    {
        _words = words;
        _blocks = blocks;
    }

    private EstablishedWords(Dictionary<string, int> counts, HashSet<string> pairs)
    {
        _counts = counts;
        _pairs = pairs;
    }

    public static EstablishedWords Create(AnalysisContext context) =>
        context.KeepsBlockParts
            ? FromParts(context.Blocks.Select(b => context.BlockPart(b, nameof(EstablishedWordsPart), null, () => EstablishedWordsPart.Of(b))))
            : new(context.Get<WordVerdicts>(), context.Blocks);

    /// <summary>The sum of the blocks' parts, each kept between versions of the document (editor).</summary>
    internal static EstablishedWords FromParts(IEnumerable<EstablishedWordsPart> parts)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            foreach (var (word, n) in part.Words)
            {
                counts[word] = counts.TryGetValue(word, out var m) ? m + n : n;
            }

            pairs.UnionWith(part.Pairs);
        }

        return new EstablishedWords(counts, pairs);
    }

    /// <summary>As <see cref="ContainsPair(string, string)"/> for "first second" already joined.</summary>
    internal bool ContainsPair(string pair) => (_pairs ??= GatherPairs(_blocks)).Contains(pair);

    /// <summary>True when the article writes the two words side by side, one space apart ("young people").</summary>
    public bool ContainsPair(string first, string second) => (_pairs ??= GatherPairs(_blocks)).Contains(first + " " + second);

    /// <summary>Occurrences of the word in the document, ignoring case.</summary>
    public int Count(string word) => _counts is not null ? (_counts.TryGetValue(word, out var n) ? n : 0) : _words!.CountIgnoringCase(word);

    /// <summary>True when the word recurs in the document (<see cref="MinOccurrences"/> or more).</summary>
    public bool IsEstablished(string word) => Count(word) >= MinOccurrences;

    private static HashSet<string> GatherPairs(ImmutableArray<BlockAnalysis> blocks)
    {
        var pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in blocks)
        {
            var words = block.WordTokenIndices;
            for (var w = 1; w < words.Length; w++)
            {
                if (words[w - 1] == words[w] - 2 && block.Tokens[words[w] - 1] is { Kind: TokenKind.Whitespace, Length: 1 })
                {
                    pairs.Add(block.Text[block.Tokens[words[w - 1]].Start..block.Tokens[words[w]].End]);
                }
            }
        }

        return pairs;
    }
}
