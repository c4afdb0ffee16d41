using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// Words the article itself establishes: an unknown word used twice or more ("Larijani ... Larijani",
/// "downblending ... downblended" does not count, the exact word must recur) is a name or the story's jargon,
/// not a slip, because a typo is rarely repeated letter for letter. Counted once per document, case-insensitively.
/// </summary>
public sealed class EstablishedWords : IDocumentAnalysis<EstablishedWords>
{
    /// <summary>How many times a word must occur in the document to count as established.</summary>
    public const int MinOccurrences = 2;

    private readonly Dictionary<string, int> _counts;
    private readonly HashSet<string> _pairs;

    private EstablishedWords(Dictionary<string, int> counts, HashSet<string> pairs)
    {
        _counts = counts;
        _pairs = pairs;
    }

    public static EstablishedWords Create(AnalysisContext context)
    {
        if (context.KeepsBlockParts)
        {
            return FromParts(context.Blocks.Select(b => context.BlockPart(b, nameof(EstablishedWordsPart), null, () => EstablishedWordsPart.Of(b))));
        }

        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var pairs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in context.Blocks)
        {
            var words = block.WordTokenIndices;
            for (var w = 0; w < words.Length; w++)
            {
                var token = block.Tokens[words[w]];
                var word = block.Span(token);
                lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
                if (w > 0 && words[w - 1] == words[w] - 2 && block.Tokens[words[w] - 1] is { Kind: TokenKind.Whitespace, Length: 1 })
                {
                    pairs.Add(block.Text[block.Tokens[words[w - 1]].Start..token.End]);
                }
            }
        }

        return new EstablishedWords(counts, pairs);
    }

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

    /// <summary>True when the article writes the two words side by side, one space apart ("young people").</summary>
    public bool ContainsPair(string first, string second) => _pairs.Contains(first + " " + second);

    /// <summary>As <see cref="ContainsPair"/> for "first second" already joined.</summary>
    internal bool ContainsPair(string pair) => _pairs.Contains(pair);

    /// <summary>Occurrences of the word in the document, ignoring case.</summary>
    public int Count(string word) => _counts.TryGetValue(word, out var n) ? n : 0;

    /// <summary>True when the word recurs in the document (<see cref="MinOccurrences"/> or more).</summary>
    public bool IsEstablished(string word) => Count(word) >= MinOccurrences;
}
