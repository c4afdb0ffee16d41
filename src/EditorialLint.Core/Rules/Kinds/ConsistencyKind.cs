using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: consistency</c>: for each <c>either</c> pair only one spelling may be used in a document. Once both
/// have been seen, a unit that uses either is flagged at its last use of the pair.
/// </summary>
public sealed class ConsistencyKind : CompiledRuleKind
{
    private readonly List<Regex> _steps = [];

    public ConsistencyKind(RuleDefinition definition)
        : base(definition)
    {
        foreach (var (first, second) in definition.Either)
        {
            var body = ValeRegex.TokenList([$"(?<a>{first})", $"(?<b>{second})"], definition.Nonword);
            _steps.Add(Pattern("either", (definition.IgnoreCase ? "(?i)" : string.Empty) + body));
        }

        // Token 2i and 2i + 1 are the two spellings of pair i: a unit holding neither cannot match the pair's step.
        Needs = PatternNeeds.OfTokens(definition.Either.SelectMany(pair => new[] { pair.Key, pair.Value }), definition.Nonword, definition.IgnoreCase);
    }

    public override IReadOnlyList<LiteralNeed>? Needs { get; }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits) =>
        Run(units.Select(u => new TokenCandidates(u, null)).ToList(), counts, hits);

    /// <summary>
    /// Runs each unit's pairs in document order; a pair whose spellings do not occur in a unit finds nothing there
    /// and changes no state, so skipping it leaves the findings as they were.
    /// </summary>
    public override void Run(IReadOnlyList<TokenCandidates> candidates, DocumentCounts counts, List<KindHit> hits)
    {
        var seen = new HashSet<(int Step, char Variant)>();
        foreach (var (unit, tokens, _) in candidates)
        {
            for (var step = 0; step < _steps.Count; step++)
            {
                if (tokens is not null && Array.BinarySearch(tokens, 2 * step) < 0 && Array.BinarySearch(tokens, (2 * step) + 1) < 0)
                {
                    continue;
                }

                Match? last = null;
                foreach (var m in Matches(_steps[step], unit))
                {
                    seen.Add((step, m.Groups["a"].Success ? 'a' : 'b'));
                    last = m;
                }

                if (last is not null && seen.Contains((step, 'a')) && seen.Contains((step, 'b')))
                {
                    hits.Add(new KindHit(unit, last.Index, last.Length, Message(last.Value), []));
                }
            }
        }
    }
}
