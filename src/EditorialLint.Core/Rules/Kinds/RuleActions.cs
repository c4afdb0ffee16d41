using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>Vale's <c>action: {name: edit, params: [...]}</c> operations, turned into replacement text.</summary>
public static class RuleActions
{
    /// <summary>
    /// <c>regex PATTERN REPL</c>, <c>trim CHARS</c>, <c>trim_left</c>/<c>trim_right</c>, <c>truncate SEP</c>,
    /// <c>split SEP</c> (first part), <c>remove</c>; an unknown operation suggests nothing.
    /// </summary>
    public static IReadOnlyList<string> Edit(string operation, IReadOnlyList<string> parameters, string matched)
    {
        string Param(int i) => i < parameters.Count ? parameters[i] : string.Empty;
        switch (operation)
        {
            case "regex":
                try
                {
                    return [ValeRegex.Compile(Param(1)).Replace(matched, Param(2))];
                }
                catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
                {
                    return [];
                }

            case "trim":
                return [matched.Trim(Param(1).ToCharArray())];
            case "trim_left":
                return [matched.TrimStart(Param(1).ToCharArray())];
            case "trim_right":
                return [matched.TrimEnd(Param(1).ToCharArray())];
            case "remove":
                return [string.Empty];
            case "truncate":
            case "split":
                var sep = Param(1);
                var at = sep.Length == 0 ? -1 : matched.IndexOf(sep, StringComparison.Ordinal);
                return at < 0 ? [] : [matched[..at]];
            default:
                return [];
        }
    }
}
