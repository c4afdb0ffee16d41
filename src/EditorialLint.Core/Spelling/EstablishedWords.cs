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

    private EstablishedWords(Dictionary<string, int> counts) => _counts = counts;

    public static EstablishedWords Create(AnalysisContext context)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var block in context.Blocks)
        {
            foreach (var index in block.WordTokenIndices)
            {
                var word = block.Span(block.Tokens[index]);
                lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
            }
        }

        return new EstablishedWords(counts);
    }

    /// <summary>Occurrences of the word in the document, ignoring case.</summary>
    public int Count(string word) => _counts.TryGetValue(word, out var n) ? n : 0;

    /// <summary>True when the word recurs in the document (<see cref="MinOccurrences"/> or more).</summary>
    public bool IsEstablished(string word) => Count(word) >= MinOccurrences;
}
