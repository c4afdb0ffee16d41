using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: existence</c>: flags every match of the token list (word-bounded unless <c>nonword</c>), with
/// <c>raw</c> pattern text prepended (or appended with <c>append: true</c>), minus exceptions and accepted vocabulary.
/// </summary>
public sealed class ExistenceKind : CompiledRuleKind
{
    private readonly Regex _pattern;
    private readonly Regex? _exceptions;
    private readonly TokenSubsetPatterns? _subsets;
    private readonly Lazy<Regex>? _anchored;
    private readonly TokenSubsetPatterns? _anchoredSubsets;

    public ExistenceKind(RuleDefinition definition, Vocabulary vocabulary)
        : base(definition)
    {
        Tokens = definition.Tokens.Where(t => t.Trim().Length > 0).ToList();
        var body = Tokens.Count > 0 && !definition.Nonword
            ? ValeRegex.TokenList(Tokens, nonword: false)
            : ValeRegex.TokenList(Tokens, nonword: true);
        var raw = string.Concat(definition.Raw);
        Source = (definition.IgnoreCase ? "(?i)" : string.Empty) + (definition.Append ? body + raw : raw + body);
        _pattern = Pattern(definition.Tokens.Count > 0 ? "tokens" : "raw", Source, spansOnly: true);
        _exceptions = Exceptions(vocabulary, definition.Vocab && !definition.Nonword);
        bool startsMatches;
        Needs = definition.Raw.Count == 0
            ? PatternNeeds.OfTokens(Tokens, definition.Nonword, definition.IgnoreCase, out startsMatches)
            : PatternNeeds.Of(Source, definition.IgnoreCase, out startsMatches);
        if (startsMatches && Needs is not null)
        {
            // Tried only where a need starts: \G holds at the offset the search starts from. Built on first use (a
            // unit with a look-alike character) when token subsets serve the other units.
            _anchored = new(() => Pattern(definition.Tokens.Count > 0 ? "tokens" : "raw", "\\G(?:" + Source + ")"));
        }

        if (definition.Raw.Count == 0 && Tokens.Count > 0 && !PatternNeeds.HasInlineOptions(Tokens))
        {
            _subsets = new TokenSubsetPatterns(indices => Pattern("tokens", SubsetSource(indices), spansOnly: true));
            if (_anchored is not null)
            {
                _anchoredSubsets = new TokenSubsetPatterns(indices => Pattern("tokens", "\\G(?:" + SubsetSource(indices) + ")"));
            }
        }

        string SubsetSource(IReadOnlyList<int> indices) =>
            (definition.IgnoreCase ? "(?i)" : string.Empty) + ValeRegex.TokenList(indices.Select(i => Tokens[i]), definition.Nonword);
    }

    public override IReadOnlyList<LiteralNeed>? Needs { get; }

    public override bool NeedsStartMatches => _anchored is not null;

    /// <summary>The token alternatives, for grouping token lists of many rules into one pass.</summary>
    public IReadOnlyList<string> Tokens { get; }

    public override string? TokenGroupKey =>
        Definition.Raw.Count == 0 ? $"existence|{Definition.IgnoreCase}|{Definition.Nonword}|{Definition.Scope}" : null;

    /// <summary>The full pattern in Vale's syntax.</summary>
    public string Source { get; }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var unit in units)
        {
            Run(_pattern, unit, hits);
        }
    }

    public override void Run(IReadOnlyList<TokenCandidates> candidates, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var (unit, tokens, starts) in candidates)
        {
            if (starts is not null && _anchored is not null)
            {
                RunAt(tokens is null || _anchoredSubsets is null ? _anchored.Value : _anchoredSubsets.Get(tokens), starts, unit, hits);
            }
            else
            {
                Run(tokens is null || _subsets is null ? _pattern : _subsets.Get(tokens), unit, hits);
            }
        }
    }

    /// <summary>
    /// The matches a scan of the unit finds, when every match starts at one of <paramref name="starts"/>: the anchored
    /// pattern is tried at each start in turn, skipping those inside the previous match, as the scan resumes at its end.
    /// </summary>
    private void RunAt(Regex anchored, int[] starts, ScopeUnit unit, List<KindHit> hits)
    {
        var text = unit.Text.AsSpan(unit.Start, unit.Length);
        var resume = 0;
        foreach (var start in starts)
        {
            var at = start - unit.Start;
            if (at < resume)
            {
                continue;
            }

            foreach (var m in anchored.EnumerateMatches(text, at))
            {
                if (m.Index == at && m.Length > 0)
                {
                    Add(unit, unit.Start + m.Index, m.Length, hits);
                    resume = at + m.Length;
                }

                break;
            }
        }
    }

    private void Run(Regex pattern, ScopeUnit unit, List<KindHit> hits)
    {
        // Value matches over the unit's range (the regex sees it as its whole input): no Match objects.
        foreach (var m in pattern.EnumerateMatches(unit.Text.AsSpan(unit.Start, unit.Length)))
        {
            if (m.Length == 0)
            {
                continue;
            }

            Add(unit, unit.Start + m.Index, m.Length, hits);
        }
    }

    private void Add(ScopeUnit unit, int start, int length, List<KindHit> hits)
    {
        var value = unit.Text.Substring(start, length);
        if (!IsException(_exceptions, value.Trim()))
        {
            hits.Add(new KindHit(unit, start, length, Message(value), Suggestions(value)));
        }
    }

    private IReadOnlyList<string> Suggestions(string matched) => Definition.Action switch
    {
        { Name: "remove" } => [string.Empty],
        { Name: "replace", Params.Count: > 0 } action => action.Params,
        { Name: "edit", Params: [var op, ..] } action => RuleActions.Edit(op, action.Params, matched),
        _ => [],
    };
}
