using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Vale compiles rule patterns with a Go port of .NET's regex engine in RE2-compatible mode. This class translates
/// the RE2/Go spellings .NET does not accept (<c>(?P&lt;name&gt;</c>, POSIX classes such as <c>[[:alpha:]]</c>,
/// <c>\x{...}</c>, <c>\Q...\E</c>) and compiles with a match timeout so no rule file can hang the tool.
/// </summary>
public static class ValeRegex
{
    /// <summary>Longest time one match attempt of a rule pattern may take.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private static readonly Dictionary<string, string> PosixClasses = new(StringComparer.Ordinal)
    {
        ["alnum"] = "0-9A-Za-z",
        ["alpha"] = "A-Za-z",
        ["ascii"] = "\\x00-\\x7F",
        ["blank"] = "\\t ",
        ["cntrl"] = "\\x00-\\x1F\\x7F",
        ["digit"] = "0-9",
        ["graph"] = "!-~",
        ["lower"] = "a-z",
        ["print"] = " -~",
        ["punct"] = "!-/:-@\\[-`{-~",
        ["space"] = "\\t\\n\\v\\f\\r ",
        ["upper"] = "A-Z",
        ["word"] = "0-9A-Za-z_",
        ["xdigit"] = "0-9A-Fa-f",
    };

    /// <summary>Rewrites a Vale (RE2/Go) pattern into .NET syntax; throws <see cref="ArgumentException"/> on a bad POSIX class.</summary>
    public static string Translate(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[i + 1];
                if (next == 'Q')
                {
                    var end = pattern.IndexOf("\\E", i + 2, StringComparison.Ordinal);
                    var literal = end < 0 ? pattern[(i + 2)..] : pattern[(i + 2)..end];
                    sb.Append(inClass ? EscapeInClass(literal) : Regex.Escape(literal));
                    i = end < 0 ? pattern.Length : end + 1;
                    continue;
                }

                if (next == 'x' && i + 2 < pattern.Length && pattern[i + 2] == '{')
                {
                    var close = pattern.IndexOf('}', i + 3);
                    if (close > 0 && int.TryParse(pattern.AsSpan(i + 3, close - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        foreach (var unit in char.ConvertFromUtf32(code))
                        {
                            sb.Append("\\u").Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        i = close;
                        continue;
                    }
                }

                if (next == 'z')
                {
                    sb.Append("\\z");
                    i++;
                    continue;
                }

                sb.Append(c).Append(next);
                i++;
                continue;
            }

            if (inClass)
            {
                if (c == '[' && i + 1 < pattern.Length && pattern[i + 1] == ':')
                {
                    var close = pattern.IndexOf(":]", i + 2, StringComparison.Ordinal);
                    if (close > 0)
                    {
                        var name = pattern[(i + 2)..close];
                        var negated = name.StartsWith('^');
                        if (negated || !PosixClasses.TryGetValue(name, out var range))
                        {
                            throw new ArgumentException($"unsupported POSIX class '[:{name}:]'");
                        }

                        sb.Append(range);
                        i = close + 1;
                        continue;
                    }
                }

                if (c == ']')
                {
                    inClass = false;
                }

                sb.Append(c);
                continue;
            }

            if (c == '[')
            {
                inClass = true;
                sb.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    sb.Append('^');
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    sb.Append("\\]");
                    i++;
                }

                continue;
            }

            if (c == '(' && string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0)
            {
                sb.Append("(?<");
                i += 3;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static string EscapeInClass(string literal)
    {
        var sb = new StringBuilder();
        foreach (var ch in literal)
        {
            if (ch is '\\' or ']' or '[' or '^' or '-')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>Translates and compiles; throws <see cref="ArgumentException"/> with .NET's reason when invalid.</summary>
    public static Regex Compile(string pattern, bool ignoreCase = false)
    {
        var options = RegexOptions.CultureInvariant;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        return new Regex(Translate(pattern), options, MatchTimeout);
    }

    /// <summary>
    /// Like <see cref="Compile"/>, for callers that read only where each match starts and how long it is: a pattern
    /// that repeats a group holding an unbounded loop (Google.OxfordComma's <c>(?:[^,]+,){1,}</c>), which the
    /// backtracking engine retries from every start at a cost that grows with the square of the unit, runs on
    /// <see cref="RegexOptions.NonBacktracking"/> (linear time), provided it has none of the constructs where that
    /// engine differs or refuses (lookarounds, atomic groups, back-references, conditionals, inline options other
    /// than i and m, captures). Every other pattern compiles as <see cref="Compile"/> does.
    /// </summary>
    public static Regex CompileForSpans(string pattern, bool ignoreCase = false)
    {
        var translated = Translate(pattern);
        if (!NeedsLinearEngine(translated))
        {
            return Compile(pattern, ignoreCase);
        }

        var options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
        if (ignoreCase)
        {
            options |= RegexOptions.IgnoreCase;
        }

        try
        {
            return new Regex(translated, options, MatchTimeout);
        }
        catch (NotSupportedException)
        {
            return Compile(pattern, ignoreCase); // the engine refuses patterns whose automaton would be too large
        }
    }

    /// <summary>
    /// True when a translated pattern repeats (<c>*</c>, <c>+</c>, <c>{n,}</c>) a group that holds an unbounded loop,
    /// and uses only constructs on which the non-backtracking engine gives the same spans: groups <c>(?:</c>,
    /// inline <c>(?i)</c>/<c>(?m)</c>, classes, escapes other than back-references, quantifiers, anchors.
    /// </summary>
    internal static bool NeedsLinearEngine(string pattern)
    {
        var groups = new Stack<bool>(); // per open group: whether it holds an unbounded loop
        var nestedLoop = false;
        var holdsLoop = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < pattern.Length && (char.IsAsciiDigit(pattern[i + 1]) || pattern[i + 1] is 'k' or 'G'))
                    {
                        return false;
                    }

                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    if (i < 0)
                    {
                        return false;
                    }

                    break;
                case '(':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '?')
                    {
                        var j = i + 2;
                        while (j < pattern.Length && pattern[j] is 'i' or 'm')
                        {
                            j++;
                        }

                        if (j < pattern.Length && pattern[j] == ')' && j > i + 2)
                        {
                            i = j; // (?i), (?m): options for the rest
                            break;
                        }

                        if (j != i + 2 || j >= pattern.Length || pattern[j] != ':')
                        {
                            return false; // lookarounds, atomic or named groups, conditionals, scoped options
                        }

                        i = j;
                    }
                    else
                    {
                        return false; // a capture: the engines may fill it differently
                    }

                    groups.Push(holdsLoop);
                    holdsLoop = false;
                    break;
                case ')':
                    if (groups.Count == 0)
                    {
                        return false;
                    }

                    var inner = holdsLoop;
                    holdsLoop = groups.Pop() | inner;
                    if (inner && IsUnboundedQuantifier(pattern, i + 1))
                    {
                        nestedLoop = true;
                    }

                    break;
                case '*' or '+':
                    holdsLoop = true;
                    break;
                case '{':
                    if (IsUnboundedQuantifier(pattern, i))
                    {
                        holdsLoop = true;
                    }

                    break;
            }
        }

        return nestedLoop && groups.Count == 0;
    }

    private static bool IsUnboundedQuantifier(string pattern, int at)
    {
        if (at >= pattern.Length)
        {
            return false;
        }

        if (pattern[at] is '*' or '+')
        {
            return true;
        }

        if (pattern[at] != '{')
        {
            return false;
        }

        var close = pattern.IndexOf('}', at);
        if (close < 0)
        {
            return false;
        }

        var body = pattern.AsSpan(at + 1, close - at - 1);
        return body.Length > 1 && body[^1] == ',' && int.TryParse(body[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            i++;
        }

        if (i < pattern.Length && pattern[i] == ']')
        {
            i++;
        }

        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '[')
            {
                return -1; // subtraction or a POSIX leftover: not followed here
            }
            else if (pattern[i] == ']')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Vale's token-list pattern: <c>(?m)\b(?:a|b)\b</c>, or without word boundaries for <c>nonword</c>.</summary>
    public static string TokenList(IEnumerable<string> tokens, bool nonword) =>
        nonword ? $"(?m)(?:{string.Join("|", tokens)})" : $"(?m)\\b(?:{string.Join("|", tokens)})\\b";
}
