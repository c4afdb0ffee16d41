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

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        var comparison = Definition.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var unit in units)
        {
            // The previous token, trimmed, as a range of the unit's text (no string per token).
            var hasPrevious = false;
            var (previous, previousLength, previousStart) = (0, 0, 0);
            foreach (var vm in _pattern.EnumerateMatches(unit.Text.AsSpan(unit.Start, unit.Length)))
            {
                var (index, length) = (unit.Start + vm.Index, vm.Length);
                var raw = unit.Text.AsSpan(index, length);
                var current = raw.Trim();
                var currentStart = index + (raw.Length - raw.TrimStart().Length);
                var hit = hasPrevious && current.Length > 0 && current.Equals(unit.Text.AsSpan(previous, previousLength), comparison)
                    && (!Definition.Alpha || IsLetters(current));
                if (hit && unit.Text.IndexOf('\n', previousStart, index + length - previousStart) < 0)
                {
                    var text = current.ToString();
                    hits.Add(new KindHit(unit, previousStart, index + length - previousStart, Message(text), [text]));
                    hasPrevious = false;
                    continue;
                }

                hasPrevious = true;
                (previous, previousLength, previousStart) = (currentStart, current.Length, index);
            }
        }
    }
}
