using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: repetition</c>: flags a token that repeats the previous token ("the the"); with <c>alpha</c> only
/// alphabetic tokens count. The finding spans both occurrences, which must be on the same line.
/// </summary>
public sealed class RepetitionKind : CompiledRuleKind
{
    private readonly Regex _pattern;

    public RepetitionKind(RuleDefinition definition)
        : base(definition)
    {
        _pattern = Pattern("tokens", (definition.IgnoreCase ? "(?i)" : string.Empty) + "(?:" + string.Join("|", definition.Tokens) + ")");
    }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        var comparison = Definition.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var unit in units)
        {
            string? previous = null;
            var previousStart = 0;
            foreach (var m in Matches(_pattern, unit))
            {
                var current = m.Value.Trim();
                var hit = previous is not null && current.Length > 0 && string.Equals(current, previous, comparison)
                    && (!Definition.Alpha || current.All(char.IsLetter));
                if (hit && unit.Text.IndexOf('\n', previousStart, m.Index + m.Length - previousStart) < 0)
                {
                    hits.Add(new KindHit(unit, previousStart, m.Index + m.Length - previousStart, Message(current), [current]));
                    previous = null;
                    continue;
                }

                previous = current;
                previousStart = m.Index;
            }
        }
    }
}
