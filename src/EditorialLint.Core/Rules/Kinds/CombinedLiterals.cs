using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The literal needs of every rule file loaded for one configuration, matched together: each rule registers its
/// needs (<see cref="PatternNeeds"/>) and gets a slot; one <see cref="LiteralAutomaton"/> over all of them scans
/// each text of a document once (<see cref="LiteralHits"/>), and a rule's regex then runs only on the scope units
/// that hold a hit of its slot. Thread-safe; rules registered later rebuild the automaton.
/// </summary>
public sealed class CombinedLiterals
{
    private readonly List<IReadOnlyList<LiteralNeed>> _needs = [];
    private readonly List<bool> _ignoreCase = [];
    private LiteralAutomaton? _automaton;

    /// <summary>Adds a rule's needs and returns its slot.</summary>
    public int Register(IReadOnlyList<LiteralNeed> needs)
    {
        lock (_needs)
        {
            _needs.Add(needs);
            _ignoreCase.Add(needs.Any(n => n.IgnoreCase));
            _automaton = null;
            return _needs.Count - 1;
        }
    }

    /// <summary>The automaton over every slot registered so far.</summary>
    public LiteralAutomaton Automaton
    {
        get
        {
            var automaton = Volatile.Read(ref _automaton);
            if (automaton is not null)
            {
                return automaton;
            }

            lock (_needs)
            {
                return _automaton ??= new LiteralAutomaton([.. _needs]);
            }
        }
    }

    /// <summary>
    /// The units of a slot's rule that may hold a match, in their order, each with the indices (ascending) of the
    /// tokens that may match in it, or null when any token may; with <paramref name="starts"/>, also the offsets where
    /// the slot's needs occur (see <see cref="TokenCandidates.Starts"/>).
    /// </summary>
    public List<TokenCandidates> Candidates(int slot, IReadOnlyList<ScopeUnit> units, AnalysisContext context, bool starts = false)
    {
        bool ignoreCase;
        lock (_needs)
        {
            ignoreCase = _ignoreCase[slot];
        }

        var hits = context.Get<LiteralHits>();
        var automaton = Automaton;
        var kept = new List<TokenCandidates>();
        var tokens = new List<int>();
        var offsets = new List<int>();
        foreach (var unit in units)
        {
            tokens.Clear();
            var textHits = hits.Of(automaton, unit.Text);
            if (textHits.Tokens(slot, unit.Start, unit.End, ignoreCase, tokens, out var all))
            {
                offsets.Clear();
                var at = starts && textHits.Starts(slot, unit.Start, unit.End, ignoreCase, offsets) ? offsets.ToArray() : null;
                kept.Add(new TokenCandidates(unit, all ? null : [.. tokens.Distinct().Order()], at));
            }
        }

        return kept;
    }
}
