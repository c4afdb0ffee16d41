using System.Text.RegularExpressions;

namespace EditorialLint.Core.Filtering;

/// <summary>
/// Vale's <c>--filter</c> expressions over a rule's <c>.Name</c>, <c>.Level</c>, <c>.Scope</c> and
/// <c>.Extends</c>: comparisons <c>==</c>, <c>!=</c>, <c>in [..]</c>, <c>not in [..]</c>, <c>matches "regex"</c>,
/// <c>contains "text"</c>, <c>startsWith</c>, <c>endsWith</c>, joined by <c>and</c>/<c>&amp;&amp;</c>,
/// <c>or</c>/<c>||</c>, <c>not</c>/<c>!</c> and parentheses. A malformed filter throws <see cref="FormatException"/>.
/// </summary>
public sealed class RuleFilter
{
    private static readonly Regex TokenPattern = new(
        @"\s*(?:(?<str>""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*')|(?<field>\.[A-Za-z]+)|(?<op>==|!=|&&|\|\||!|\(|\)|\[|\]|,)|(?<word>[A-Za-z]+))",
        RegexOptions.CultureInvariant);

    private readonly List<(string Kind, string Text)> _tokens;
    private int _pos;
    private IReadOnlyDictionary<string, string> _fields = new Dictionary<string, string>();

    private RuleFilter(string expression)
    {
        Expression = expression;
        _tokens = Tokenize(expression);
        _pos = 0;
        Evaluate(new Dictionary<string, string> { ["Name"] = "", ["Level"] = "", ["Scope"] = "", ["Extends"] = "" });
    }

    public string Expression { get; }

    public static RuleFilter Parse(string expression) => new(expression);

    /// <summary>Whether a rule with these fields passes the filter.</summary>
    public bool Matches(string name, string level, string scope, string extends) =>
        Evaluate(new Dictionary<string, string> { ["Name"] = name, ["Level"] = level, ["Scope"] = scope, ["Extends"] = extends });

    private bool Evaluate(IReadOnlyDictionary<string, string> fields)
    {
        _fields = fields;
        _pos = 0;
        var result = Or();
        if (_pos < _tokens.Count)
        {
            throw new FormatException($"unexpected '{_tokens[_pos].Text}' in filter '{Expression}'");
        }

        return result;
    }

    private bool Or()
    {
        var value = And();
        while (Accept("||") || AcceptWord("or"))
        {
            value |= And();
        }

        return value;
    }

    private bool And()
    {
        var value = Not();
        while (Accept("&&") || AcceptWord("and"))
        {
            value &= Not();
        }

        return value;
    }

    private bool Not()
    {
        if (Accept("!") || AcceptWord("not"))
        {
            return !Not();
        }

        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        return Comparison();
    }

    private bool Comparison()
    {
        var field = Next("field");
        var name = field[1..];
        if (!_fields.TryGetValue(name, out var value))
        {
            throw new FormatException($"unknown field '{field}' (use .Name, .Level, .Scope or .Extends)");
        }

        if (Accept("=="))
        {
            return value == Next("str");
        }

        if (Accept("!="))
        {
            return value != Next("str");
        }

        var negate = AcceptWord("not");
        if (AcceptWord("in"))
        {
            Expect("[");
            var items = new List<string> { Next("str") };
            while (Accept(","))
            {
                items.Add(Next("str"));
            }

            Expect("]");
            return items.Contains(value) != negate;
        }

        if (negate)
        {
            throw new FormatException("'not' must be followed by 'in'");
        }

        if (AcceptWord("matches"))
        {
            return Regex.IsMatch(value, Next("str"), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        if (AcceptWord("contains"))
        {
            return value.Contains(Next("str"), StringComparison.Ordinal);
        }

        if (AcceptWord("startsWith"))
        {
            return value.StartsWith(Next("str"), StringComparison.Ordinal);
        }

        if (AcceptWord("endsWith"))
        {
            return value.EndsWith(Next("str"), StringComparison.Ordinal);
        }

        throw new FormatException($"expected an operator after '{field}' in filter '{Expression}'");
    }

    private static List<(string Kind, string Text)> Tokenize(string expression)
    {
        var tokens = new List<(string, string)>();
        var at = 0;
        while (at < expression.Length)
        {
            if (char.IsWhiteSpace(expression[at]))
            {
                at++;
                continue;
            }

            var m = TokenPattern.Match(expression, at);
            if (!m.Success || m.Index != at || m.Length == 0)
            {
                throw new FormatException($"cannot read filter '{expression}' at '{expression[at..]}'");
            }

            foreach (var kind in new[] { "str", "field", "op", "word" })
            {
                if (m.Groups[kind].Success)
                {
                    var text = m.Groups[kind].Value;
                    tokens.Add((kind, kind == "str" ? Regex.Unescape(text[1..^1]) : text));
                    break;
                }
            }

            at += m.Length;
        }

        return tokens;
    }

    private bool Accept(string op)
    {
        if (_pos < _tokens.Count && _tokens[_pos].Kind == "op" && _tokens[_pos].Text == op)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptWord(string word)
    {
        if (_pos < _tokens.Count && _tokens[_pos].Kind == "word" && _tokens[_pos].Text == word)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(string op)
    {
        if (!Accept(op))
        {
            throw new FormatException($"expected '{op}' in filter '{Expression}'");
        }
    }

    private string Next(string kind)
    {
        if (_pos < _tokens.Count && _tokens[_pos].Kind == kind)
        {
            return _tokens[_pos++].Text;
        }

        throw new FormatException($"expected a {(kind == "str" ? "quoted string" : kind)} in filter '{Expression}'");
    }
}
