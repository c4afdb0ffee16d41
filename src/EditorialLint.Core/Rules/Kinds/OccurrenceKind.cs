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
        var max = Definition.Max ?? 0;
        var min = Definition.Min ?? 0;
        foreach (var unit in units)
        {
            int count;
            (int Start, int Length) first;
            if (unit.CodeText is null || unit.Text.AsSpan(unit.Start, unit.Length).IndexOf(Placeholder) < 0)
            {
                // No code to expand: the unit's own range is the text (the regex sees it as the whole input), and no
                // match is in code, so the first match is the one reported. Counted in place, without a list.
                count = 0;
                first = default;
                foreach (var m in _pattern.EnumerateMatches(unit.Text.AsSpan(unit.Start, unit.Length)))
                {
                    if (m.Length > 0 && count++ == 0)
                    {
                        first = (unit.Start + m.Index, m.Length);
                    }
                }
            }
            else
            {
                var matches = new List<(int Start, int Length, bool InCode)>();
                var (text, origin) = Expand(unit);
                for (var m = _pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                    {
                        var start = origin[m.Index];
                        var end = origin[m.Index + m.Length - 1];
                        var inCode = start.InCode || end.InCode;
                        matches.Add((start.Offset, end.Offset + 1 - start.Offset, inCode));
                    }
                }

                count = matches.Count;
                var outside = matches.FirstOrDefault(m => !m.InCode);
                first = outside.Length == 0 && count > 0 ? (matches[0].Start, matches[0].Length) : (outside.Start, outside.Length);
            }

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

            hits.Add(new KindHit(unit, first.Start, first.Length, message, []));
        }
    }

    /// <summary>
    /// The unit's text with each inline-code placeholder replaced by the code's text (Vale counts it), and for
    /// every character its offset in the unit's text and whether it comes from code.
    /// </summary>
    private static (string Text, List<(int Offset, bool InCode)> Origin) Expand(ScopeUnit unit)
    {
        var sb = new System.Text.StringBuilder(unit.Length);
        var origin = new List<(int, bool)>(unit.Length);
        for (var i = unit.Start; i < unit.End; i++)
        {
            var code = unit.Text[i] == Placeholder ? unit.CodeText?.Invoke(i) : null;
            if (code is null)
            {
                sb.Append(unit.Text[i]);
                origin.Add((i, false));
                continue;
            }

            sb.Append(code);
            for (var k = 0; k < code.Length; k++)
            {
                origin.Add((i, true));
            }
        }

        return (sb.ToString(), origin);
    }
}
