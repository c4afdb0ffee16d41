using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The <see cref="TextHits"/> of one document, per automaton and text: each text (a block's prose, the raw source)
/// is scanned once, on first use, for all the rules that share the automaton.
/// </summary>
public sealed class LiteralHits : IDocumentAnalysis<LiteralHits>
{
    private readonly Dictionary<(LiteralAutomaton, string), TextHits> _texts = new(new KeyComparer());

    public static LiteralHits Create(AnalysisContext context) => new();

    public TextHits Of(LiteralAutomaton automaton, string text)
    {
        if (!_texts.TryGetValue((automaton, text), out var hits))
        {
            hits = automaton.Scan(text);
            _texts[(automaton, text)] = hits;
        }

        return hits;
    }

    private sealed class KeyComparer : IEqualityComparer<(LiteralAutomaton Automaton, string Text)>
    {
        public bool Equals((LiteralAutomaton Automaton, string Text) x, (LiteralAutomaton Automaton, string Text) y) =>
            ReferenceEquals(x.Automaton, y.Automaton) && ReferenceEquals(x.Text, y.Text);

        public int GetHashCode((LiteralAutomaton Automaton, string Text) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Automaton),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Text));
    }
}
