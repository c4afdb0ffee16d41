using System.Globalization;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Evaluates the arithmetic of Vale <c>metric</c> formulas: numbers, variables, <c>+ - * /</c>, parentheses,
/// unary minus, <c>math.sqrt/abs/pow/log/min/max/floor/ceil/round</c>, and the comparisons of <c>condition</c>
/// (<c>&gt; &gt;= &lt; &lt;= == !=</c>, 1 for true, 0 for false). Nothing else is executed.
/// </summary>
public sealed class FormulaEvaluator
{
    private readonly string _text;
    private readonly IReadOnlyDictionary<string, double> _variables;
    private int _pos;
    private int _depth;

    /// <summary>Parentheses, function calls and signs nested deeper than this are refused.</summary>
    public const int MaxDepth = 64;

    private FormulaEvaluator(string text, IReadOnlyDictionary<string, double> variables)
    {
        _text = text;
        _variables = variables;
    }

    /// <summary>Evaluates; throws <see cref="FormatException"/> naming the problem for a malformed formula.</summary>
    public static double Evaluate(string expression, IReadOnlyDictionary<string, double> variables)
    {
        var evaluator = new FormulaEvaluator(expression, variables);
        var value = evaluator.Comparison();
        evaluator.SkipSpace();
        if (evaluator._pos < expression.Length)
        {
            throw new FormatException($"unexpected '{expression[evaluator._pos..]}'");
        }

        return value;
    }

    /// <summary>Checks a formula when its rule is loaded: syntax, functions and that every variable is known.</summary>
    public static void Validate(string expression, IEnumerable<string> knownVariables)
    {
        var variables = knownVariables.ToDictionary(v => v, _ => 1.0);
        Evaluate(expression, variables);
    }

    private double Comparison()
    {
        var left = Sum();
        SkipSpace();
        foreach (var op in new[] { ">=", "<=", "==", "!=", ">", "<" })
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0)
            {
                _pos += op.Length;
                var right = Sum();
                var result = op switch
                {
                    ">=" => left >= right,
                    "<=" => left <= right,
                    "==" => Math.Abs(left - right) < 1e-9,
                    "!=" => Math.Abs(left - right) >= 1e-9,
                    ">" => left > right,
                    _ => left < right,
                };
                return result ? 1 : 0;
            }
        }

        return left;
    }

    private double Sum()
    {
        var value = Product();
        while (true)
        {
            SkipSpace();
            if (Accept('+'))
            {
                value += Product();
            }
            else if (Accept('-'))
            {
                value -= Product();
            }
            else
            {
                return value;
            }
        }
    }

    private double Product()
    {
        var value = Unary();
        while (true)
        {
            SkipSpace();
            if (Accept('*'))
            {
                value *= Unary();
            }
            else if (Accept('/'))
            {
                var divisor = Unary();
                value = divisor == 0 ? 0 : value / divisor;
            }
            else
            {
                return value;
            }
        }
    }

    private double Unary()
    {
        SkipSpace();
        // Every descent (parentheses, function arguments, signs) passes here: bound it, since a formula comes from
        // an untrusted rule file and 100,000 '(' would overflow the stack, which ends the process.
        if (++_depth > MaxDepth)
        {
            throw new FormatException($"the formula is nested more than {MaxDepth} levels deep");
        }

        try
        {
            return Accept('-') ? -Unary() : Accept('+') ? Unary() : Primary();
        }
        finally
        {
            _depth--;
        }
    }

    private double Primary()
    {
        SkipSpace();
        if (Accept('('))
        {
            var inner = Comparison();
            Expect(')');
            return inner;
        }

        var start = _pos;
        if (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.'))
            {
                _pos++;
            }

            return double.Parse(_text.AsSpan(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '.'))
        {
            _pos++;
        }

        var name = _text[start.._pos];
        if (name.Length == 0)
        {
            throw new FormatException(_pos < _text.Length ? $"unexpected '{_text[_pos]}'" : "unexpected end of formula");
        }

        SkipSpace();
        if (Accept('('))
        {
            var args = new List<double> { Comparison() };
            SkipSpace();
            while (Accept(','))
            {
                args.Add(Comparison());
                SkipSpace();
            }

            Expect(')');
            return Call(name, args);
        }

        var key = name.StartsWith("heading.", StringComparison.Ordinal) ? "heading_" + name["heading.".Length..] : name;
        return _variables.TryGetValue(key, out var v) ? v : throw new FormatException($"unknown variable '{name}'");
    }

    private static double Call(string name, List<double> a) => (name, a.Count) switch
    {
        ("math.sqrt", 1) => Math.Sqrt(a[0]),
        ("math.abs", 1) => Math.Abs(a[0]),
        ("math.log", 1) => Math.Log(a[0]),
        ("math.floor", 1) => Math.Floor(a[0]),
        ("math.ceil", 1) => Math.Ceiling(a[0]),
        ("math.round", 1) => Math.Round(a[0], MidpointRounding.AwayFromZero),
        ("math.pow", 2) => Math.Pow(a[0], a[1]),
        ("math.min", 2) => Math.Min(a[0], a[1]),
        ("math.max", 2) => Math.Max(a[0], a[1]),
        _ => throw new FormatException($"unknown function '{name}' with {a.Count} argument(s)"),
    };

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private bool Accept(char c)
    {
        SkipSpace();
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }

        return false;
    }

    private void Expect(char c)
    {
        if (!Accept(c))
        {
            throw new FormatException($"expected '{c}'");
        }
    }
}
