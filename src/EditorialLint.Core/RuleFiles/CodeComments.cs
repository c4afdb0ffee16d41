using System.Text;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Vale lints source code by checking only its comments (and Python docstrings, and the strings of JSON). This
/// class masks a source file for that purpose: every character outside a comment's text becomes a space (line
/// breaks are kept), so the result has the same length and the same line/column of every character as the file,
/// and can be linted as plain text with offsets that are valid in the original.
/// </summary>
public static class CodeComments
{
    private sealed record Syntax(
        string[] Line,
        (string Open, string Close)[] Block,
        bool PythonDocstrings = false,
        bool RubyBeginEnd = false,
        bool TripleQuotes = false,
        bool StringsAreProse = false);

    private static readonly Syntax CLike = new(["//"], [("/*", "*/")]);
    private static readonly Syntax Hash = new(["#"], []);

    private static readonly Dictionary<string, Syntax> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        ["c"] = CLike, ["h"] = CLike, ["cc"] = CLike, ["cpp"] = CLike, ["cxx"] = CLike, ["hpp"] = CLike,
        ["cs"] = CLike, ["java"] = CLike, ["go"] = CLike, ["rs"] = CLike, ["swift"] = CLike, ["kt"] = CLike,
        ["scala"] = CLike, ["js"] = CLike, ["jsx"] = CLike, ["ts"] = CLike, ["tsx"] = CLike, ["mjs"] = CLike,
        ["proto"] = CLike, ["dart"] = CLike, ["scss"] = CLike, ["less"] = CLike,
        ["css"] = new([], [("/*", "*/")]),
        ["php"] = new(["//", "#"], [("/*", "*/")]),
        ["py"] = new(["#"], [], PythonDocstrings: true, TripleQuotes: true),
        ["rb"] = new(["#"], [], RubyBeginEnd: true),
        ["r"] = Hash, ["yml"] = Hash, ["yaml"] = Hash, ["sh"] = Hash, ["bash"] = Hash, ["pl"] = Hash, ["toml"] = Hash,
        ["ps1"] = new(["#"], [("<#", "#>")]),
        ["jl"] = new(["#"], [("#=", "=#")], TripleQuotes: true),
        ["lua"] = new(["--"], [("--[[", "]]")]),
        ["hs"] = new(["--"], [("{-", "-}")]),
        ["sql"] = new(["--"], [("/*", "*/")]),
        ["clj"] = new([";"], []), ["cljs"] = new([";"], []), ["lisp"] = new([";"], []), ["el"] = new([";"], []),
        ["tex"] = new(["%"], []), ["erl"] = new(["%"], []),
        ["json"] = new([], [], StringsAreProse: true),
    };

    public static bool IsCode(string extension) =>
        ByExtension.ContainsKey(extension.TrimStart('.')) || extension.TrimStart('.').ToLowerInvariant() is "org" or "html" or "htm";

    /// <summary>The masked text, or null when <paramref name="extension"/> is not a known code format.</summary>
    public static string? Mask(string text, string extension)
    {
        if (extension.TrimStart('.').Equals("org", StringComparison.OrdinalIgnoreCase))
        {
            return MaskOrg(text);
        }

        if (extension.TrimStart('.').ToLowerInvariant() is "html" or "htm")
        {
            return MaskHtml(text);
        }

        if (!ByExtension.TryGetValue(extension.TrimStart('.'), out var syntax))
        {
            return null;
        }

        var output = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            output.Append(ch is '\n' or '\r' || char.IsSurrogate(ch) ? ch : ' ');
        }

        var i = 0;
        while (i < text.Length)
        {
            i = Step(text, i, syntax, output);
        }

        return output.ToString();
    }

    private static int Step(string text, int i, Syntax syntax, StringBuilder output)
    {
        if (syntax.RubyBeginEnd && AtLineStart(text, i) && Matches(text, i, "=begin"))
        {
            var close = text.IndexOf("\n=end", i, StringComparison.Ordinal);
            var contentStart = LineEnd(text, i);
            var contentEnd = close < 0 ? text.Length : close;
            Keep(text, contentStart, contentEnd, output);
            return close < 0 ? text.Length : LineEnd(text, close + 1);
        }

        foreach (var (open, close) in syntax.Block)
        {
            if (Matches(text, i, open))
            {
                var end = text.IndexOf(close, i + open.Length, StringComparison.Ordinal);
                var contentEnd = end < 0 ? text.Length : end;
                Keep(text, i + open.Length, contentEnd, output);
                return end < 0 ? text.Length : end + close.Length;
            }
        }

        foreach (var open in syntax.Line)
        {
            if (Matches(text, i, open))
            {
                var start = i + open.Length;
                while (start < text.Length && text.AsSpan(start).StartsWith(open, StringComparison.Ordinal))
                {
                    start += open.Length;
                }

                var end = LineEnd(text, i);
                Keep(text, start, end, output);
                return end;
            }
        }

        var c = text[i];
        if (syntax.TripleQuotes && (Matches(text, i, "\"\"\"") || Matches(text, i, "'''")))
        {
            var quote = text.Substring(i, 3);
            var end = text.IndexOf(quote, i + 3, StringComparison.Ordinal);
            var contentEnd = end < 0 ? text.Length : end;
            if (syntax.PythonDocstrings && IsDocstring(text, i))
            {
                Keep(text, i + 3, contentEnd, output);
            }

            return end < 0 ? text.Length : end + 3;
        }

        if (c is '"' or '\'' or '`')
        {
            var end = StringEnd(text, i);
            if (end > 0)
            {
                if (syntax.StringsAreProse && c == '"')
                {
                    Keep(text, i + 1, end, output);
                }

                return end + 1;
            }
        }

        return i + 1;
    }

    private static readonly System.Text.RegularExpressions.Regex OrgInline = new(
        @"(?<verb>(?<=^|[\s(])[=~][^\s=~](?:[^\n]*?[^\s])??[=~](?=$|[\s.,;:!?)]))|(?<link>\[\[[^\]]*\](?:\[(?<desc>[^\]]*)\])?\])|(?<stars>^\*+(?=\s))",
        System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Org mode as prose: keyword lines (<c>#+...</c>), comments and source/example blocks are blanked, so are
    /// heading stars, <c>=verbatim=</c>/<c>~code~</c> and link targets (a link's description stays).
    /// </summary>
    private static string MaskOrg(string text)
    {
        var output = new StringBuilder(text);
        var lineStart = 0;
        var inBlock = false;
        while (lineStart < text.Length)
        {
            var end = LineEnd(text, lineStart);
            var line = text[lineStart..end].TrimStart();
            var keyword = line.StartsWith("#+", StringComparison.Ordinal);
            if (keyword && line.StartsWith("#+begin_", StringComparison.OrdinalIgnoreCase))
            {
                inBlock = true;
            }

            if (inBlock || keyword || line == "#" || line.StartsWith("# ", StringComparison.Ordinal))
            {
                Blank(output, lineStart, end);
            }

            if (keyword && line.StartsWith("#+end_", StringComparison.OrdinalIgnoreCase))
            {
                inBlock = false;
            }

            lineStart = end;
            while (lineStart < text.Length && text[lineStart] is '\n' or '\r')
            {
                lineStart++;
            }
        }

        foreach (System.Text.RegularExpressions.Match m in OrgInline.Matches(output.ToString()))
        {
            var desc = m.Groups["desc"];
            Blank(output, m.Index, desc.Success ? desc.Index : m.Index + m.Length);
            if (desc.Success)
            {
                Blank(output, desc.Index + desc.Length, m.Index + m.Length);
            }
        }

        return output.ToString();
    }

    private static readonly System.Text.RegularExpressions.Regex HtmlMarkup = new(
        @"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<[!?/]?[A-Za-z][^>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);",
        System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// HTML as prose: tags, comments, scripts and styles are blanked; a character reference becomes its character
    /// followed by spaces, so offsets stay those of the file. Block structure (headings) is not kept.
    /// </summary>
    private static string MaskHtml(string text)
    {
        var output = new StringBuilder(text);
        foreach (System.Text.RegularExpressions.Match m in HtmlMarkup.Matches(text))
        {
            Blank(output, m.Index, m.Index + m.Length);
            if (m.Value[0] == '&')
            {
                var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
                if (decoded.Length == 1 && decoded != m.Value)
                {
                    output[m.Index] = decoded[0];
                }
            }
        }

        return output.ToString();
    }

    private static void Blank(StringBuilder output, int start, int end)
    {
        for (var j = start; j < end; j++)
        {
            if (output[j] is not ('\n' or '\r'))
            {
                output[j] = ' ';
            }
        }
    }

    /// <summary>A Python docstring: the string starts its line and follows a line ending in ':' or the file start.</summary>
    private static bool IsDocstring(string text, int quote)
    {
        var lineStart = quote;
        while (lineStart > 0 && text[lineStart - 1] is not ('\n' or '\r'))
        {
            lineStart--;
        }

        if (!string.IsNullOrWhiteSpace(text[lineStart..quote]))
        {
            return false;
        }

        var before = text[..lineStart].TrimEnd();
        return before.Length == 0 || before.EndsWith(':');
    }

    /// <summary>Index of the closing quote on the same line (backslash escapes honoured), or -1.</summary>
    private static int StringEnd(string text, int open)
    {
        var quote = text[open];
        for (var j = open + 1; j < text.Length; j++)
        {
            var ch = text[j];
            if (ch is '\n' or '\r')
            {
                return -1;
            }

            if (ch == '\\')
            {
                j++;
                continue;
            }

            if (ch == quote)
            {
                return j;
            }
        }

        return -1;
    }

    private static void Keep(string text, int start, int end, StringBuilder output)
    {
        for (var j = start; j < end && j < text.Length; j++)
        {
            output[j] = text[j];
        }
    }

    private static bool Matches(string text, int i, string token) =>
        string.CompareOrdinal(text, i, token, 0, token.Length) == 0;

    private static bool AtLineStart(string text, int i) => i == 0 || text[i - 1] is '\n' or '\r';

    private static int LineEnd(string text, int i)
    {
        var end = text.IndexOfAny(['\n', '\r'], i);
        return end < 0 ? text.Length : end;
    }
}
