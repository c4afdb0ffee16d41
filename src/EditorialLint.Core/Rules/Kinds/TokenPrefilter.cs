using System.Globalization;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Decides without running a rule's regex that it cannot match a scope unit. Built once per rule from a
/// word-bounded token list whose tokens all spell out plain words (ASCII letters and digits joined by spaces,
/// hyphens or apostrophes: "in order to", "e-mail", "utilize|utilise", "(?:previous|prior) to", "colou?r",
/// "all of (?!a sudden)"; see <see cref="LiteralExpansion"/>): such a token can only match where the text has one
/// of its first words as a whole word. The document's words are collected once (<see cref="DocumentWords"/>, one pass shared by
/// every rule), so a rule whose first words the document lacks costs a few hash probes instead of a regex scan of
/// every unit; the regex still finds the matches in the units that pass, so results are unchanged.
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

/// <summary>The lowercased whole words of a text, for <see cref="TokenPrefilter"/>.</summary>
public sealed class WordSet
{
    internal WordSet(HashSet<string> words, bool opaque)
    {
        Words = words;
        Opaque = opaque;
    }

    public HashSet<string> Words { get; }

    /// <summary>
    /// True when the text has a word a case-insensitive regex could read as ASCII letters though it is not
    /// (the Kelvin sign, dotted and dotless i, long s): nothing can be ruled out.
    /// </summary>
    public bool Opaque { get; }

    /// <summary>
    /// Collects the words of <paramref name="text"/>[start, end). A word is a run of the characters .NET's regex
    /// counts as word characters (letters, non-spacing marks, decimal digits, connector punctuation), so a token
    /// matched between <c>\b</c>s starts a run equal to its first word. Runs with other non-ASCII characters can
    /// never equal a plain ASCII token and are left out.
    /// </summary>
    internal static WordSet Collect(string text, int start, int end)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var opaque = false;
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            var ascii = true;
            while (i < end && IsWordChar(text[i]))
            {
                var c = text[i];
                if (c > '\u007F')
                {
                    ascii = false;
                    opaque |= c is '\u212A' or '\u0130' or '\u0131' or '\u017F';
                }

                i++;
            }

            var run = text.AsSpan(runStart, i - runStart);
            if (ascii && run.Length <= lower.Length)
            {
                var length = run.ToLowerInvariant(lower);
                lookup.Add(lower[..length]);
            }
            else if (ascii)
            {
                words.Add(run.ToString().ToLowerInvariant());
            }
        }

        return new WordSet(words, opaque);
    }

    private static bool IsWordChar(char c)
    {
        if (c <= '\u007F')
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}

/// <summary>
/// The words of one document for <see cref="TokenPrefilter"/>: all of them (the raw source and every block's
/// prose, collected once and shared by every rule) and, on demand, those of single scope units.
/// </summary>
public sealed class DocumentWords : IDocumentAnalysis<DocumentWords>
{
    private readonly AnalysisContext _context;
    private readonly Dictionary<(int Owner, int Start, int Length), (string Text, WordSet Words)> _units = new();

    private DocumentWords(AnalysisContext context, WordSet all)
    {
        _context = context;
        All = all;
    }

    /// <summary>Every word of the raw source and of every block's prose.</summary>
    public WordSet All { get; }

    public static DocumentWords Create(AnalysisContext context)
    {
        var raw = context.Document.Source.Text;
        var all = WordSet.Collect(raw, 0, raw.Length);
        var words = all.Words;
        var opaque = all.Opaque;
        foreach (var block in context.Document.Blocks)
        {
            var set = WordSet.Collect(block.Text, 0, block.Text.Length);
            words.UnionWith(set.Words);
            opaque |= set.Opaque;
        }

        return new DocumentWords(context, new WordSet(words, opaque));
    }

    /// <summary>
    /// True when every word of the unit is a word of <see cref="All"/>: the unit is the raw source or a block's
    /// prose (or part of it) and does not cut a word at either end.
    /// </summary>
    public bool CoversUnit(ScopeUnit unit)
    {
        var owner = unit.Owner == ScopeUnit.RawOwner ? _context.Document.Source.Text
            : unit.Owner >= 0 && unit.Owner < _context.Document.Blocks.Length ? _context.Document.Blocks[unit.Owner].Text
            : null;
        if (!ReferenceEquals(owner, unit.Text))
        {
            return false;
        }

        var text = unit.Text;
        return (unit.Start == 0 || !IsWordCharAt(text, unit.Start - 1)) && (unit.End >= text.Length || !IsWordCharAt(text, unit.End));
    }

    /// <summary>The words of one unit (collected on first use).</summary>
    public WordSet Of(ScopeUnit unit)
    {
        var key = (unit.Owner, unit.Start, unit.Length);
        if (_units.TryGetValue(key, out var cached) && ReferenceEquals(cached.Text, unit.Text))
        {
            return cached.Words;
        }

        var set = WordSet.Collect(unit.Text, unit.Start, unit.End);
        _units[key] = (unit.Text, set);
        return set;
    }

    // Any character that is not plain ASCII punctuation or space might join a word: treat it as one (safe side).
    private static bool IsWordCharAt(string text, int index)
    {
        var c = text[index];
        return c > '\u007F' || char.IsAsciiLetterOrDigit(c) || c == '_';
    }
}

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
