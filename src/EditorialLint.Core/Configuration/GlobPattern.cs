using System.Text;
using System.Text.RegularExpressions;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// A file glob as Vale's section names use them: <c>*</c> and <c>**</c> match any characters (including '/'),
/// <c>?</c> one character, <c>{md,py}</c> alternatives, <c>[abc]</c> / <c>[!.]</c> classes. A pattern without '/'
/// is tried on the file name as well as on the whole '/'-separated path.
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex _regex;
    private readonly bool _nameOnly;

    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        _nameOnly = !pattern.Contains('/');
        _regex = new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public string Pattern { get; }

    public bool IsMatch(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        if (_regex.IsMatch(normalized))
        {
            return true;
        }

        var slash = normalized.LastIndexOf('/');
        return _nameOnly && slash >= 0 && _regex.IsMatch(normalized[(slash + 1)..]);
    }

    private static string ToRegex(string pattern)
    {
        var sb = new StringBuilder();
        var braceDepth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*':
                    while (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                    }

                    sb.Append(".*");
                    break;
                case '?':
                    sb.Append('.');
                    break;
                case '{':
                    braceDepth++;
                    sb.Append("(?:");
                    break;
                case '}' when braceDepth > 0:
                    braceDepth--;
                    sb.Append(')');
                    break;
                case ',' when braceDepth > 0:
                    sb.Append('|');
                    break;
                case '[':
                    var close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        sb.Append("\\[");
                        break;
                    }

                    var body = pattern[(i + 1)..close];
                    var negate = body.StartsWith('!') || body.StartsWith('^');
                    if (negate)
                    {
                        body = body[1..];
                    }

                    sb.Append('[').Append(negate ? "^" : string.Empty).Append(body.Replace("\\", "\\\\").Replace("[", "\\[")).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < pattern.Length:
                    sb.Append(Regex.Escape(pattern[i + 1].ToString()));
                    i++;
                    break;
                default:
                    sb.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return sb.ToString();
    }

    public override string ToString() => Pattern;
}
