using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// One block's contribution to <see cref="EstablishedWords"/>: its words with how often each occurs (ignoring case)
/// and the word pairs it writes one space apart. An editor keeps it per block text between versions, so that the
/// document's counts are a sum over the blocks instead of a new pass over every word.
/// </summary>
internal sealed class EstablishedWordsPart
{
    private EstablishedWordsPart(KeyValuePair<string, int>[] words, string[] pairs)
    {
        Words = words;
        Pairs = pairs;
    }

    /// <summary>Each distinct word (the first spelling met, compared ignoring case) and its count in the block.</summary>
    public KeyValuePair<string, int>[] Words { get; }

    /// <summary>"first second" for every two words one space apart, in order (repeats included).</summary>
    public string[] Pairs { get; }

    public static EstablishedWordsPart Of(BlockAnalysis block)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var pairs = new List<string>();
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

        return new EstablishedWordsPart([.. counts], [.. pairs]);
    }
}
