using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: occurrence</c>: counts the matches of <c>token</c> in each scope unit and flags the unit when the
/// count is above <c>max</c> or below <c>min</c>. The finding sits on the first match outside inline code, or
/// on the document start when there is no match at all (as Vale reports it).
/// </summary>
public sealed class OccurrenceKind : CompiledRuleKind
{
    private const char Placeholder = '\uFFFC';
    private readonly Regex _pattern;

    public OccurrenceKind(RuleDefinition definition)
        : base(definition)
    {
        _pattern = Pattern("token", (definition.IgnoreCase ? "(?i)" : string.Empty) + "(?:" + definition.Token + ")");
    }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var unit in units)
        {
            var matches = Matches(_pattern, unit).Where(m => m.Length > 0).ToList();
            var count = matches.Count;
            var max = Definition.Max ?? 0;
            var min = Definition.Min ?? 0;
            if (!((max > 0 && count > max) || (min > 0 && count < min)))
            {
                continue;
            }

            var message = Message(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (count == 0)
            {
                hits.Add(new KindHit(unit, unit.Start, 0, message, []) { IsDocumentLevel = true });
                continue;
            }

            var first = matches.FirstOrDefault(m => m.Value.IndexOf(Placeholder) < 0) ?? matches[0];
            hits.Add(new KindHit(unit, first.Index, first.Length, message, []));
        }
    }
}
