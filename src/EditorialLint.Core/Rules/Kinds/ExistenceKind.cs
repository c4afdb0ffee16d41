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
        Needs = definition.Raw.Count == 0
            ? PatternNeeds.OfTokens(Tokens, definition.Nonword, definition.IgnoreCase)
            : PatternNeeds.Of(Source, definition.IgnoreCase);
        if (definition.Raw.Count == 0 && Tokens.Count > 0 && !PatternNeeds.HasInlineOptions(Tokens))
        {
            _subsets = new TokenSubsetPatterns(indices => Pattern("tokens",
                (definition.IgnoreCase ? "(?i)" : string.Empty) + ValeRegex.TokenList(indices.Select(i => Tokens[i]), definition.Nonword), spansOnly: true));
        }
    }

    public override IReadOnlyList<LiteralNeed>? Needs { get; }

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
        foreach (var (unit, tokens) in candidates)
        {
            Run(tokens is null || _subsets is null ? _pattern : _subsets.Get(tokens), unit, hits);
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

            var value = unit.Text.Substring(unit.Start + m.Index, m.Length);
            if (IsException(_exceptions, value.Trim()))
            {
                continue;
            }

            hits.Add(new KindHit(unit, unit.Start + m.Index, m.Length, Message(value), Suggestions(value)));
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
