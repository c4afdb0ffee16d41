using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: conditional</c>: every match of <c>first</c> (e.g. an acronym) needs a match of <c>second</c> (its
/// definition) whose captured text equals it, in the same unit or an earlier one, unless it is an exception.
/// </summary>
public sealed class ConditionalKind : CompiledRuleKind
{
    private readonly Regex _first;
    private readonly Regex _second;
    private readonly Regex? _exceptions;

    public ConditionalKind(RuleDefinition definition, Vocabulary vocabulary)
        : base(definition)
    {
        var prefix = definition.IgnoreCase ? "(?i)" : string.Empty;
        _first = Pattern("first", prefix + definition.First);
        _second = Pattern("second", prefix + definition.Second);
        _exceptions = Exceptions(vocabulary, definition.Vocab);
    }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var m in Matches(_second, unit))
            {
                for (var g = 1; g < m.Groups.Count; g++)
                {
                    if (m.Groups[g].Success && m.Groups[g].Length > 0)
                    {
                        defined.Add(m.Groups[g].Value);
                    }
                }
            }

            foreach (var m in Matches(_first, unit))
            {
                if (m.Length > 0 && !defined.Contains(m.Value) && !IsException(_exceptions, m.Value))
                {
                    hits.Add(new KindHit(unit, m.Index, m.Length, Message(m.Value), []));
                }
            }
        }
    }
}
