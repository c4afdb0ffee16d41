using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: substitution</c>: each <c>swap</c> key is a pattern and its value the preferred text (alternatives
/// separated by '|'). Keys are tried longest first, as Vale does; a match equal to its replacement is not flagged.
/// The message gets the expected text then the observed text; the replacement becomes a quick fix.
/// </summary>
public sealed class SubstitutionKind : CompiledRuleKind
{
    private readonly Regex _pattern;
    private readonly Regex? _exceptions;
    private readonly List<(string Key, string Replacement, Lazy<Regex> KeyRegex)> _swaps = [];
    private readonly string _message;
    private readonly bool _replaceAction;
    private readonly TokenSubsetPatterns? _subsets;
    private readonly int[] _allSwaps;

    public SubstitutionKind(RuleDefinition definition, Vocabulary vocabulary)
        : base(definition)
    {
        var ordered = definition.Swap.Select((kv, i) => (kv, i)).OrderByDescending(x => x.kv.Key.Length).ThenBy(x => x.i).Select(x => x.kv);
        var alternatives = new List<string>();
        foreach (var (key, replacement) in ordered)
        {
            // Built when the key first matches (most never do); the whole alternation below checks its syntax now.
            var keyRegex = new Lazy<Regex>(() => Pattern("swap", "^(?:" + key + ")$", definition.IgnoreCase));
            _swaps.Add((key, replacement, keyRegex));
            alternatives.Add($"(?<s{_swaps.Count - 1}>{key})");
        }

        Keys = _swaps.Select(s => s.Key).ToList();
        var body = ValeRegex.TokenList(alternatives, definition.Nonword);
        try
        {
            _pattern = Pattern("swap", (definition.IgnoreCase ? "(?i)" : string.Empty) + body);
        }
        catch (ConfigurationException)
        {
            // Report the first bad key on its own, as when every key was compiled up front.
            _swaps.ForEach(swap => _ = swap.KeyRegex.Value);
            throw;
        }
        _exceptions = Exceptions(vocabulary, definition.Vocab);
        _replaceAction = definition.Action is { Name: "replace", Params.Count: 0 };
        _message = _replaceAction ? UnquoteFirst(definition.Message) : definition.Message;
        Needs = PatternNeeds.OfTokens(Keys, definition.Nonword, definition.IgnoreCase);
        _allSwaps = [.. Enumerable.Range(0, _swaps.Count)];
        if (!PatternNeeds.HasInlineOptions(Keys))
        {
            _subsets = new TokenSubsetPatterns(indices => Pattern("swap",
                (definition.IgnoreCase ? "(?i)" : string.Empty) + ValeRegex.TokenList(indices.Select(i => alternatives[i]), definition.Nonword)));
        }
    }

    public override IReadOnlyList<LiteralNeed>? Needs { get; }

    public override string? TokenGroupKey => $"substitution|{Definition.IgnoreCase}|{Definition.Nonword}|{Definition.Scope}";

    /// <summary>The swap keys in matching order, for grouping token lists of many rules into one pass.</summary>
    public IReadOnlyList<string> Keys { get; }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var unit in units)
        {
            Run(_pattern, _allSwaps, unit, hits);
        }
    }

    public override void Run(IReadOnlyList<TokenCandidates> candidates, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var (unit, tokens, _) in candidates)
        {
            if (tokens is null || _subsets is null)
            {
                Run(_pattern, _allSwaps, unit, hits);
            }
            else
            {
                Run(_subsets.Get(tokens), tokens, unit, hits);
            }
        }
    }

    /// <summary>Runs the pattern of the swaps <paramref name="swaps"/> (ascending indices; groups keep their numbers).</summary>
    private void Run(Regex pattern, int[] swaps, ScopeUnit unit, List<KindHit> hits)
    {
        foreach (var m in Matches(pattern, unit))
        {
            var index = FirstMatched(m, swaps);
            if (index < 0 || m.Length == 0)
            {
                continue;
            }

            var group = m.Groups["s" + index];
            var observed = group.Value.Trim();
            var (_, replacement, keyRegex) = _swaps[index];
            var keyMatch = keyRegex.Value.Match(group.Value);
            var expected = keyMatch.Success ? keyMatch.Result(replacement) : replacement;
            var options = expected.Split('|');
            if (Definition.Capitalize && observed.Length > 0 && char.IsUpper(observed[0]))
            {
                options = options.Select(o => o.Length == 0 ? o : char.ToUpperInvariant(o[0]) + o[1..]).ToArray();
                expected = string.Join("|", options);
            }

            if (options.Any(o => o == observed) || IsException(_exceptions, observed))
            {
                continue;
            }

            var shown = _replaceAction ? ToSentence(options) : expected;
            var start = group.Index + (group.Value.Length - group.Value.TrimStart().Length);
            hits.Add(new KindHit(unit, start, observed.Length, GoFormat.Format(_message, shown, observed), options));
        }
    }

    private static int FirstMatched(Match m, int[] swaps)
    {
        foreach (var i in swaps)
        {
            if (m.Groups["s" + i].Success)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Vale quotes the suggestions itself for <c>action: replace</c>, so one quoted <c>'%s'</c> loses its quotes.</summary>
    private static string UnquoteFirst(string message)
    {
        foreach (var spec in new[] { "'%s'", "\"%s\"" })
        {
            var first = message.IndexOf(spec, StringComparison.Ordinal);
            if (first >= 0 && message.IndexOf(spec, first + spec.Length, StringComparison.Ordinal) >= 0)
            {
                message = message[..first] + "%s" + message[(first + spec.Length)..];
            }
        }

        return message;
    }

    private static string ToSentence(IReadOnlyList<string> options) => options.Count switch
    {
        1 => $"'{options[0]}'",
        2 => $"'{options[0]}' or '{options[1]}'",
        _ => string.Join(", ", options.Take(options.Count - 1).Select(o => $"'{o}'")) + $", or '{options[^1]}'",
    };
}
