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

    /// <summary>Vale's token-list pattern: <c>(?m)\b(?:a|b)\b</c>, or without word boundaries for <c>nonword</c>.</summary>
    public static string TokenList(IEnumerable<string> tokens, bool nonword) =>
        nonword ? $"(?m)(?:{string.Join("|", tokens)})" : $"(?m)\\b(?:{string.Join("|", tokens)})\\b";
}
