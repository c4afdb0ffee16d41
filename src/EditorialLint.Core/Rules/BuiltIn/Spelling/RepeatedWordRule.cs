using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// The same word twice in a row ("the the"), across a line break too. Silent where the doubling can be grammatical
/// ("had had", "that that", "is is") and for doubled names ("Duran Duran", "Bora Bora"). The range is the second
/// word; the safe fix deletes it with the space before it.
/// </summary>
public sealed class RepeatedWordRule : IRule
{
    /// <summary>Words whose doubling can be correct English.</summary>
    private static readonly HashSet<string> MayRepeat = new(StringComparer.OrdinalIgnoreCase)
    {
        "had", "that", "is", "do", "does", "bye", "ha", "no", "yes", "very", "so", "really", "far", "more", "much",
        "many", "again", "well", "long", "now", "out", "up", "down", "in", "on", "off", "over", "round", "around", "nil",
        "tut", "knock", "blah", "chop", "go", "ho", "la", "hush", "bang", "boom", "quick",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.RepeatedWord",
        "Repeated word",
        Severity.Warning,
        "The same word appears twice in a row, often across a line break or after an edit. The fix deletes the second one.",
        "\"the the talks\" -> \"the talks\"")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    public void Analyze(AnalysisContext context)
    {
        foreach (var block in context.Blocks)
        {
            var words = block.WordTokenIndices;
            for (var w = 1; w < words.Length; w++)
            {
                var previous = block.Tokens[words[w - 1]];
                var current = block.Tokens[words[w]];
                var first = block.Span(previous);
                var second = block.Span(current);
                if (first.Length != second.Length || !first.Equals(second, StringComparison.OrdinalIgnoreCase)
                    || !OnlySpaceBetween(block, words[w - 1], words[w]) || InTable(block, words[w - 1], words[w])
                    || char.IsUpper(second[0]) || MayRepeat.Contains(second.ToString()) || !second.ContainsAnyExcept("0123456789"))
                {
                    continue;
                }

                var fix = Fix.Replace($"Delete the second '{second}'", block.Block, TextSpan.FromBounds(previous.End, current.End), string.Empty, safe: true);
                context.Report(Descriptor, block, current.Span, $"'{second}' is repeated", fix);
            }
        }
    }

    // A table flattened into text ("nil nil nil nil"): the same word a third time right beside the pair.
    private static bool InTable(BlockAnalysis block, int first, int second)
    {
        var word = block.Span(block.Tokens[first]);
        var before = block.PreviousWord(first);
        var after = block.NextWord(second);
        return (before >= 0 && OnlySpaceBetween(block, before, first) && block.Span(block.Tokens[before]).Equals(word, StringComparison.OrdinalIgnoreCase))
            || (after >= 0 && OnlySpaceBetween(block, second, after) && block.Span(block.Tokens[after]).Equals(word, StringComparison.OrdinalIgnoreCase));
    }

    private static bool OnlySpaceBetween(BlockAnalysis block, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (block.Tokens[i].Kind is not (TokenKind.Whitespace or TokenKind.LineBreak))
            {
                return false;
            }
        }

        return to > from + 1;
    }
}
