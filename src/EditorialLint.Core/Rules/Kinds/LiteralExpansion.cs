namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Spells out the strings a small regex can match: literal characters, escaped punctuation, groups with
/// alternatives and optional ('?') characters or groups. Lookarounds are dropped, which only widens the set. Any
/// other construct (classes, repetition, anchors, \w...) or more than <see cref="Limit"/> strings gives null.
/// </summary>
public static class LiteralExpansion
{
    public const int Limit = 256;

    public static List<string>? Expand(string pattern)
    {
        var i = 0;
        var result = Alternation(pattern, ref i);
        return result is not null && i == pattern.Length ? result : null;
    }

    private static List<string>? Alternation(string p, ref int i)
    {
        var alternatives = new List<string>();
        var current = new List<string> { string.Empty };
        while (i < p.Length && p[i] != ')')
        {
            if (p[i] == '|')
            {
                alternatives.AddRange(current);
                current = [string.Empty];
                i++;
                continue;
            }

            if (Piece(p, ref i) is not { } piece)
            {
                return null;
            }

            if (i < p.Length && p[i] == '?')
            {
                piece.Add(string.Empty);
                i++;
                if (i < p.Length && p[i] == '?')
                {
                    i++; // lazy: the same strings
                }
            }

            if (i < p.Length && p[i] is '*' or '+' or '{')
            {
                return null;
            }

            current = current.SelectMany(prefix => piece.Select(suffix => prefix + suffix)).ToList();
            if (current.Count + alternatives.Count > Limit)
            {
                return null;
            }
        }

        alternatives.AddRange(current);
        return alternatives;
    }

    private static List<string>? Piece(string p, ref int i)
    {
        var c = p[i];
        if (c == '(')
        {
            var lookaround = p.AsSpan(i).StartsWith("(?=") || p.AsSpan(i).StartsWith("(?!")
                || p.AsSpan(i).StartsWith("(?<=") || p.AsSpan(i).StartsWith("(?<!");
            i += p.AsSpan(i).StartsWith("(?:") ? 3 : lookaround ? (p[i + 2] == '<' ? 4 : 3) : 1;
            if (!lookaround && i < p.Length && p[i - 1] == '(' && p[i] == '?')
            {
                return null; // named groups, inline options and the like
            }

            var inner = Alternation(p, ref i);
            if (inner is null || i >= p.Length || p[i] != ')')
            {
                return null;
            }

            i++;
            return lookaround ? [string.Empty] : inner;
        }

        if (c == '\\')
        {
            if (i + 1 < p.Length && !char.IsAsciiLetterOrDigit(p[i + 1]))
            {
                i += 2;
                return [p[i - 1].ToString()];
            }

            return null; // \w, \b, \d, \s, \x...: not a literal
        }

        if (c is '[' or ']' or '{' or '}' or '*' or '+' or '?' or '.' or '^' or '$')
        {
            return null;
        }

        i++;
        return [c.ToString()];
    }
}
