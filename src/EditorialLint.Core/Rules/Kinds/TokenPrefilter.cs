namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Decides without running a rule's regex that it cannot match a scope unit. Built once per rule from a
/// word-bounded token list whose tokens all spell out literal strings ("in order to", "e-mail", "utilize|utilise",
/// "(?:previous|prior) to", "colou?r", "all of (?!a sudden)"; see <see cref="LiteralExpansion"/>): a string can
/// only match where the text has each of its whole ASCII words (<see cref="WholeWords"/>) as a word. The document's
/// words are collected once (<see cref="DocumentWords"/>, one pass shared by every rule), so a rule whose words
/// the document lacks costs a few hash probes instead of a regex scan of every unit; the regex still finds the
/// matches in the units that pass, so results are unchanged.
/// </summary>
public sealed class TokenPrefilter
{
    // For each way a token can match: its first whole word, and the other whole words it needs.
    private readonly Dictionary<string, List<string[]>> _byFirstWord;

    private TokenPrefilter(Dictionary<string, List<string[]>> byFirstWord) => _byFirstWord = byFirstWord;

    /// <summary>The prefilter for a token list, or null when some token is a pattern rather than plain words.</summary>
    public static TokenPrefilter? For(IEnumerable<string> tokens, bool nonword)
    {
        if (nonword)
        {
            return null; // not word-bounded: a token may match inside a word
        }

        var byFirstWord = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (LiteralExpansion.Expand(token) is not { } expansions)
            {
                return null;
            }

            foreach (var expansion in expansions)
            {
                var words = WholeWords(expansion);
                if (words.Count == 0)
                {
                    return null;
                }

                if (!byFirstWord.TryGetValue(words[0], out var rests))
                {
                    byFirstWord[words[0]] = rests = [];
                }

                rests.Add([.. words.Skip(1)]);
            }
        }

        return byFirstWord.Count == 0 ? null : new TokenPrefilter(byFirstWord);
    }

    /// <summary>The units the rule may match in (all others certainly hold no match), in their order.</summary>
    public IReadOnlyList<ScopeUnit> Filter(IReadOnlyList<ScopeUnit> units, DocumentWords words)
    {
        var inDocument = Intersects(words.All);
        var kept = new List<ScopeUnit>();
        foreach (var unit in units)
        {
            if (inDocument || !words.CoversUnit(unit) ? Intersects(words.Of(unit)) : false)
            {
                kept.Add(unit);
            }
        }

        return kept;
    }

    /// <summary>False when no token can match in the text the words were collected from.</summary>
    internal bool MayMatch(WordSet set) => Intersects(set);

    private bool Intersects(WordSet set)
    {
        if (set.Opaque)
        {
            return true;
        }

        if (_byFirstWord.Count <= set.Words.Count)
        {
            foreach (var (first, rests) in _byFirstWord)
            {
                if (set.Words.Contains(first) && AnyContained(rests, set.Words))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var word in set.Words)
        {
            if (_byFirstWord.TryGetValue(word, out var rests) && AnyContained(rests, set.Words))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyContained(List<string[]> rests, HashSet<string> words)
    {
        foreach (var rest in rests)
        {
            if (Array.TrueForAll(rest, words.Contains))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The lowercased words a match of the literal string must show as whole words of the text: runs of ASCII
    /// letters, digits and '_' with, on each side, an ASCII character that is no regex word character or an end of
    /// the string (the token list puts <c>\b</c> at both ends). Runs touching any other character are left out.
    /// </summary>
    internal static List<string> WholeWords(string literal)
    {
        var words = new List<string>();
        var i = 0;
        while (i < literal.Length)
        {
            if (!IsAsciiWordChar(literal[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < literal.Length && IsAsciiWordChar(literal[i]))
            {
                i++;
            }

            var boundedBefore = start == 0 || literal[start - 1] <= '\u007F';
            var boundedAfter = i == literal.Length || literal[i] <= '\u007F';
            if (boundedBefore && boundedAfter)
            {
                words.Add(literal[start..i].ToLowerInvariant());
            }
        }

        return words;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
