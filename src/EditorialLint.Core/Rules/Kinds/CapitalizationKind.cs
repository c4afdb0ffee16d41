using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: capitalization</c>: the whole unit (typically a heading) must be in <c>$title</c> case (AP or
/// Chicago), <c>$sentence</c> case, <c>$lower</c>, <c>$upper</c> or match a pattern. Title and sentence case pass
/// when more than <c>threshold</c> (default 0.8) of the words conform; <c>indicators</c> are suffixes after which
/// a capital is allowed; a leading numbering ("1. ") and the <c>prefix</c> pattern are ignored.
/// </summary>
public sealed class CapitalizationKind : CompiledRuleKind
{
    private static readonly Regex Numbering = new(@"^\d+(?:\.\d+)*\.\s+", RegexOptions.CultureInvariant);
    private readonly Regex? _exceptions;
    private readonly Regex _words;
    private readonly Regex? _prefix;
    private readonly Regex? _custom;
    private readonly double _threshold;

    public CapitalizationKind(RuleDefinition definition, Vocabulary vocabulary)
        : base(definition)
    {
        _exceptions = Exceptions(vocabulary, definition.Vocab);
        _words = new Regex((_exceptions is null ? string.Empty : _exceptions + "|") + @"[\p{N}\p{L}*\uFFFC]+[^\s]*",
            RegexOptions.CultureInvariant, ValeRegex.MatchTimeout);
        _prefix = definition.Prefix is null ? null : Pattern("prefix", definition.Prefix);
        _threshold = definition.Threshold > 0 ? definition.Threshold : 0.8;
        if (definition.Match is not ("$title" or "$sentence" or "$lower" or "$upper"))
        {
            _custom = Pattern("match", definition.Match!);
        }
    }

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        foreach (var unit in units)
        {
            var original = unit.Value;
            var text = original.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var checkedText = Numbering.Replace(text, string.Empty);
            if (_prefix is not null)
            {
                checkedText = _prefix.Replace(checkedText, string.Empty, 1);
            }

            var (ok, suggestion) = Check(checkedText);
            if (!ok)
            {
                var start = unit.Start + (original.Length - original.TrimStart().Length);
                hits.Add(new KindHit(unit, start, text.Length, Message(text, suggestion), suggestion == text ? [] : [suggestion]));
            }
        }
    }

    private (bool Ok, string Suggestion) Check(string s)
    {
        switch (Definition.Match)
        {
            case "$lower":
                return (s == s.ToLowerInvariant() || IsException(_exceptions, s), s.ToLowerInvariant());
            case "$upper":
                return (s == s.ToUpperInvariant() || IsException(_exceptions, s), s.ToUpperInvariant());
            case "$title":
                var title = TitleCase.Convert(s, Definition.CaseStyle == "Chicago" ? TitleCase.Style.Chicago : TitleCase.Style.AP);
                return (IsTitle(s, title), title);
            case "$sentence":
                return (IsSentence(s), s);
            default:
                return (_custom!.IsMatch(s) || IsException(_exceptions, s), s);
        }
    }

    private bool IsTitle(string s, string expectedTitle)
    {
        var expected = _words.Matches(expectedTitle).Select(m => m.Value).ToList();
        var words = _words.Matches(s).Select(m => m.Value).ToList();
        if (words.Count == 0)
        {
            return true;
        }

        var count = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i >= expected.Count || word == expected[i] || IsException(_exceptions, word) || word == word.ToUpperInvariant())
            {
                count++;
            }
        }

        return (double)count / words.Count >= _threshold;
    }

    private bool IsSentence(string s)
    {
        var tokens = _words.Matches(s.TrimEnd('?', '!', '.', ':')).Select(m => m.Value).ToList();
        if (tokens.Count == 0)
        {
            return true;
        }

        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var w = token.Split('-', '\'', '\u2019')[0];
            var previous = i > 0 ? tokens[i - 1] : string.Empty;
            if (w == w.ToUpperInvariant() || Definition.Indicators.Any(previous.EndsWith) || IsException(_exceptions, token))
            {
                count++;
            }
            else if (i == 0 && w != Capitalized(w))
            {
                return false;
            }
            else if (i == 0 || w == w.ToLowerInvariant())
            {
                count++;
            }
        }

        return (double)count / tokens.Count > _threshold;
    }

    private static string Capitalized(string w) =>
        w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant();
}
