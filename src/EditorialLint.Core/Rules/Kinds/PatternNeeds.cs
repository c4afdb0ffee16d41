using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The literal strings a regex cannot match without: a set of strings such that every match (with the text a
/// positive lookahead reads after it, which lies in the same unit) contains one of them, with the <c>\b</c>s right
/// beside them (see <see cref="LiteralNeed"/>). Literal tokens ("in order to", "(?:previous|prior) to", "colou?r")
/// give their whole spellings; patterns give their best literal run or their literal starts and ends
/// ("air(?:m[ae]n|wom[ae]n)" gives "airman", "airmen"... as small classes are spelled out, and <c>\s</c> is a
/// space, which <see cref="LiteralAutomaton"/> matches with any white space;
/// "[a-z]+apk" needs "apk" at a word end). Negative lookarounds, lookbehinds, anchors and inline options are
/// dropped, which only widens the set; other classes, '.', escapes such as <c>\w</c>, repetition and non-ASCII
/// letters break a run (see <see cref="IsPlain"/>). Null when some match may contain no literal worth looking for
/// (or the pattern uses constructs this reader does not follow, such as <c>(?x)</c>, conditionals or back-references).
/// </summary>
public static class PatternNeeds
{
    /// <summary>Most strings a set may spell out before the reader stops expanding it.</summary>
    public const int Limit = 4096;

    private const char Boundary = '\u0001';


    /// <summary>
    /// The needs of a token list as Vale matches it (<c>\b(?:token)\b</c>, or bare for <c>nonword</c>): the union of
    /// every token's needs, or null when one token has none worth looking for.
    /// </summary>
    public static IReadOnlyList<LiteralNeed>? OfTokens(IEnumerable<string> tokens, bool nonword, bool ignoreCase) =>
        OfTokens(tokens, nonword, ignoreCase, out _);

    /// <summary>
    /// The needs of a token list, and whether every match of the list starts with one of them (true when that holds
    /// for every token, see <see cref="Of(string, bool, out bool)"/>).
    /// </summary>
    public static IReadOnlyList<LiteralNeed>? OfTokens(IEnumerable<string> tokens, bool nonword, bool ignoreCase, out bool startsMatches)
    {
        startsMatches = false;
        var list = tokens.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        // An inline (?i) in one token applies to the tokens after it in the shared group: read all without case.
        ignoreCase |= list.Any(t => HasInlineIgnoreCase(ValeRegex.Translate(t)));
        var needs = new List<LiteralNeed>();
        var allStart = true;
        for (var index = 0; index < list.Count; index++)
        {
            var token = list[index];
            if (Of(nonword ? $"(?:{token})" : $"\\b(?:{token})\\b", ignoreCase, out var tokenStarts) is not { } tokenNeeds)
            {
                return null;
            }

            allStart &= tokenStarts;
            needs.AddRange(tokenNeeds.Select(n => n with { Token = index }));
        }

        startsMatches = allStart;
        return needs;
    }

    /// <summary>The needs of one pattern in Vale's syntax, or null (see the type's summary).</summary>
    public static IReadOnlyList<LiteralNeed>? Of(string valePattern, bool ignoreCase) => Of(valePattern, ignoreCase, out _);

    /// <summary>
    /// The needs of one pattern in Vale's syntax, or null; <paramref name="startsMatches"/> tells whether every match
    /// (with the text a lookahead at its start reads) starts with one of them, as in <c>\b(?:is|was)\b\s*\w+ed</c>:
    /// a match can then start only where a need occurs.
    /// </summary>
    public static IReadOnlyList<LiteralNeed>? Of(string valePattern, bool ignoreCase, out bool startsMatches)
    {
        startsMatches = false;
        string pattern;
        try
        {
            pattern = ValeRegex.Translate(valePattern);
        }
        catch (ArgumentException)
        {
            return null;
        }

        ignoreCase |= HasInlineIgnoreCase(pattern);
        var reader = new Reader(pattern, ignoreCase);
        Info info;
        try
        {
            info = reader.Alternation();
        }
        catch (NotSupportedException)
        {
            return null;
        }

        if (reader.Position != pattern.Length || info.Need is not { } need)
        {
            return null;
        }

        var result = new List<LiteralNeed>(need.Count);
        foreach (var text in need)
        {
            if (ToNeed(text, ignoreCase) is not { } literal || Score(text) < 2)
            {
                return null;
            }

            result.Add(literal);
        }

        startsMatches = info.Starts is { Count: > 0 } starts && starts.All(need.Contains);
        return result;
    }

    /// <summary>
    /// True when some token has an inline option group (<c>(?i)</c>, <c>(?-i:...)</c>...), whose effect can reach the
    /// tokens after it in a shared group: such a list is only matched whole.
    /// </summary>
    public static bool HasInlineOptions(IEnumerable<string> tokens) =>
        tokens.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"\(\?[imnsx-]"));

    /// <summary>True when the pattern has an inline option group that turns on ignore-case somewhere.</summary>
    internal static bool HasInlineIgnoreCase(string pattern)
    {
        for (var i = pattern.IndexOf("(?", StringComparison.Ordinal); i >= 0; i = pattern.IndexOf("(?", i + 2, StringComparison.Ordinal))
        {
            var j = i + 2;
            while (j < pattern.Length && pattern[j] is 'i' or 'm' or 'n' or 's' or 'x')
            {
                if (pattern[j] == 'i')
                {
                    return true;
                }

                j++;
            }
        }

        return false;
    }

    private static LiteralNeed? ToNeed(string text, bool ignoreCase)
    {
        var start = 0;
        while (start < text.Length && text[start] == Boundary)
        {
            start++;
        }

        var end = text.Length;
        while (end > start && text[end - 1] == Boundary)
        {
            end--;
        }

        var core = text[start..end].Replace(Boundary.ToString(), string.Empty, StringComparison.Ordinal);
        if (core.Length == 0)
        {
            return null;
        }

        var boundedStart = start > 0 && IsAsciiWordChar(core[0]);
        var boundedEnd = end < text.Length && IsAsciiWordChar(core[^1]);
        return new LiteralNeed(ignoreCase ? core.ToLowerInvariant() : core, ignoreCase, boundedStart, boundedEnd);
    }

    /// <summary>
    /// Whether a literal character can be looked for as itself: ASCII (letters compared without case when the rule
    /// ignores case), or a non-ASCII character that is no letter and has no other case (dashes, curly quotes,
    /// symbols), which a case-insensitive regex also matches only as itself.
    /// </summary>
    private static bool IsPlain(char c) =>
        c <= '\u007F' ? c != Boundary
            : !char.IsLetter(c) && !char.IsSurrogate(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;

    /// <summary>How selective a string is: its characters (two for a rarer non-ASCII one), plus one for each bounded end.</summary>
    private static int Score(string text)
    {
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '\u007F')
            {
                score += 2;
            }
            else if (text[i] != Boundary)
            {
                score++;
            }
            else if ((i + 1 < text.Length && IsAsciiWordChar(text[i + 1])) || (i > 0 && IsAsciiWordChar(text[i - 1])))
            {
                score++;
            }
        }

        return score;
    }

    private static int Score(List<string> set)
    {
        var min = int.MaxValue;
        foreach (var s in set)
        {
            min = Math.Min(min, Score(s));
        }

        return min;
    }

    internal static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>
    /// What a piece of a pattern matches: <see cref="Exact"/> every string it can match (null when unknown or too
    /// many), <see cref="Need"/> strings one of which every match contains (null when none), <see cref="Prefix"/> and
    /// <see cref="Suffix"/> strings one of which every match starts (ends) with (null when unknown).
    /// </summary>
    private readonly record struct Info(List<string>? Exact, List<string>? Need, List<string>? Prefix, List<string>? Suffix)
    {
        public static readonly Info Any = new(null, null, null, null);

        public static Info Empty => new([string.Empty], null, null, null);

        public static Info Literal(string s) => new([s], [s], [s], [s]);

        public List<string>? Starts => Exact ?? Prefix;

        public List<string>? Ends => Exact ?? Suffix;

        /// <summary>The strongest need: the exact strings when none is empty, else the need.</summary>
        public List<string>? Needed => Exact is { } e && !e.Contains(string.Empty) ? e : Need;
    }

    private sealed class Reader(string pattern, bool ignoreCase)
    {
        public int Position { get; private set; }

        public Info Alternation()
        {
            var alternatives = new List<Info> { Concatenation() };
            while (Position < pattern.Length && pattern[Position] == '|')
            {
                Position++;
                alternatives.Add(Concatenation());
            }

            if (alternatives.Count == 1)
            {
                return alternatives[0];
            }

            List<string>? exact = [];
            List<string>? need = [];
            List<string>? prefix = [];
            List<string>? suffix = [];
            foreach (var alternative in alternatives)
            {
                exact = Union(exact, alternative.Exact);
                need = Union(need, alternative.Needed);
                prefix = Union(prefix, alternative.Starts);
                suffix = Union(suffix, alternative.Ends);
            }

            return new Info(exact, need, prefix, suffix);
        }

        private static List<string>? Union(List<string>? set, List<string>? more)
        {
            if (set is null || more is null || set.Count + more.Count > Limit)
            {
                return null;
            }

            foreach (var s in more)
            {
                if (!set.Contains(s))
                {
                    set.Add(s);
                }
            }

            return set;
        }

        private Info Concatenation()
        {
            List<string> run = [string.Empty];
            List<string>? prefix = null;
            var broken = false;
            List<string>? best = null;
            while (Position < pattern.Length && pattern[Position] is not ('|' or ')'))
            {
                var piece = Quantified(Atom());
                if (piece.Exact is { } exact && (long)run.Count * exact.Count <= Limit)
                {
                    run = Cross(run, exact);
                    continue;
                }

                // The run so far joins the strings the piece starts with; the piece's end starts the next run.
                var starts = piece.Starts ?? [string.Empty];
                var joined = (long)run.Count * starts.Count <= Limit ? Cross(run, starts) : null;
                if (joined is null)
                {
                    Consider(run);
                    Consider(starts);
                }
                else
                {
                    Consider(joined);
                }

                if (!broken)
                {
                    prefix = joined ?? run;
                }

                Consider(piece.Needed);
                broken = true;
                run = piece.Ends ?? [string.Empty];
            }

            Consider(run);
            return broken ? new Info(null, best, prefix, run) : new Info(run, best, run, run);

            void Consider(List<string>? candidate)
            {
                if (candidate is null || candidate.Count == 0 || Score(candidate) == 0)
                {
                    return;
                }

                if (best is null || Score(candidate) > Score(best) || (Score(candidate) == Score(best) && candidate.Count < best.Count))
                {
                    best = candidate;
                }
            }
        }

        private static List<string> Cross(List<string> prefixes, List<string> suffixes)
        {
            if (prefixes is [""])
            {
                return suffixes;
            }

            if (suffixes is [""])
            {
                return prefixes;
            }

            var result = new List<string>(prefixes.Count * suffixes.Count);
            foreach (var p in prefixes)
            {
                foreach (var s in suffixes)
                {
                    result.Add(p + s);
                }
            }

            return result;
        }

        private Info Quantified(Info atom)
        {
            if (Position >= pattern.Length)
            {
                return atom;
            }

            int min, max;
            var c = pattern[Position];
            if (c is '*' or '+' or '?')
            {
                (min, max) = c switch { '*' => (0, int.MaxValue), '+' => (1, int.MaxValue), _ => (0, 1) };
                Position++;
            }
            else if (c == '{' && ReadBraces(out min, out max))
            {
            }
            else
            {
                return atom;
            }

            if (Position < pattern.Length && pattern[Position] == '?')
            {
                Position++; // lazy: the same strings
            }

            if (min == 1 && max == 1)
            {
                return atom;
            }

            if (min == 0)
            {
                return max == 1 && atom.Exact is { } exact ? new Info([.. exact, string.Empty], null, null, null) : Info.Any;
            }

            return new Info(null, atom.Needed, atom.Starts, atom.Ends);
        }

        private bool ReadBraces(out int min, out int max)
        {
            min = max = 0;
            var close = pattern.IndexOf('}', Position);
            if (close < 0)
            {
                return false;
            }

            var body = pattern.AsSpan(Position + 1, close - Position - 1);
            var comma = body.IndexOf(',');
            if (comma < 0)
            {
                if (!int.TryParse(body, System.Globalization.NumberStyles.None, null, out min))
                {
                    return false;
                }

                max = min;
            }
            else
            {
                if (!int.TryParse(body[..comma], System.Globalization.NumberStyles.None, null, out min))
                {
                    return false;
                }

                var upper = body[(comma + 1)..];
                if (upper.Length == 0)
                {
                    max = int.MaxValue;
                }
                else if (!int.TryParse(upper, System.Globalization.NumberStyles.None, null, out max))
                {
                    return false;
                }
            }

            Position = close + 1;
            return true;
        }

        private Info Atom()
        {
            var c = pattern[Position];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '.':
                    Position++;
                    return Info.Any;
                case '^' or '$':
                    Position++;
                    return Info.Empty;
                case '\\':
                    return Escape();
                case '*' or '+' or '?':
                    throw new NotSupportedException("quantifier without an operand");
                default:
                    Position++;
                    return Character(c);
            }
        }

        private Info Character(char c)
        {
            if (!IsPlain(c))
            {
                return Info.Any;
            }

            return Info.Literal((ignoreCase ? char.ToLowerInvariant(c) : c).ToString());
        }

        private Info Escape()
        {
            if (Position + 1 >= pattern.Length)
            {
                throw new NotSupportedException("trailing backslash");
            }

            var next = pattern[Position + 1];
            Position += 2;
            switch (next)
            {
                case 'b':
                    return new Info([Boundary.ToString()], null, null, null);
                case 's':
                    return Info.Literal(" "); // any white space: the automaton reads every one as ' '
                case 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Info.Empty;
                case 'p' or 'P':
                    if (Position < pattern.Length && pattern[Position] == '{')
                    {
                        var close = pattern.IndexOf('}', Position);
                        Position = close < 0 ? pattern.Length : close + 1;
                    }

                    return Info.Any;
                case 'k':
                    throw new NotSupportedException("named back-reference");
                case 't':
                    return Character('\t');
                case 'n':
                    return Character('\n');
                case 'r':
                    return Character('\r');
                case 'f':
                    return Character('\f');
                case 'v':
                    return Character('\v');
                case 'a':
                    return Character('\a');
                case 'e':
                    return Character('\u001B');
                case 'x':
                    Position = Math.Min(pattern.Length, Position + 2);
                    return Info.Any;
                case 'u':
                    Position = Math.Min(pattern.Length, Position + 4);
                    return Info.Any;
                case 'c':
                    Position = Math.Min(pattern.Length, Position + 1);
                    return Info.Any;
                default:
                    if (char.IsAsciiDigit(next))
                    {
                        if (next == '0')
                        {
                            var end = Math.Min(pattern.Length, Position + 2);
                            while (Position < end && char.IsAsciiDigit(pattern[Position]))
                            {
                                Position++;
                            }

                            return Info.Any;
                        }

                        throw new NotSupportedException("back-reference");
                    }

                    return char.IsAsciiLetter(next) ? Info.Any : Character(next); // \w \d \s ... : a class
            }
        }

        private Info Group()
        {
            var rest = pattern.AsSpan(Position);
            int skip;
            var zeroWidth = false;
            var lookahead = false;
            if (rest.StartsWith("(?:") || rest.StartsWith("(?>"))
            {
                skip = 3;
            }
            else if (rest.StartsWith("(?="))
            {
                skip = 3;
                lookahead = true;
            }
            else if (rest.StartsWith("(?!"))
            {
                skip = 3;
                zeroWidth = true;
            }
            else if (rest.StartsWith("(?<=") || rest.StartsWith("(?<!"))
            {
                skip = 4;
                zeroWidth = true;
            }
            else if (rest.StartsWith("(?<") || rest.StartsWith("(?'"))
            {
                var close = rest.IndexOfAny('>', '\'');
                if (close < 3)
                {
                    throw new NotSupportedException("group name");
                }

                skip = close + 1;
            }
            else if (rest.StartsWith("(?#"))
            {
                var close = rest.IndexOf(')');
                Position += close < 0 ? rest.Length : close + 1;
                return Info.Empty;
            }
            else if (rest.StartsWith("(?"))
            {
                var j = 2;
                while (j < rest.Length && rest[j] is 'i' or 'm' or 'n' or 's' or '-')
                {
                    j++;
                }

                if (j == 2 || j >= rest.Length || rest[j] is not (')' or ':'))
                {
                    throw new NotSupportedException("group construct"); // (?x), conditionals...
                }

                if (rest[j] == ')')
                {
                    Position += j + 1;
                    return Info.Empty;
                }

                skip = j + 1;
            }
            else
            {
                skip = 1;
            }

            Position += skip;
            var inner = Alternation();
            if (Position >= pattern.Length || pattern[Position] != ')')
            {
                throw new NotSupportedException("unbalanced group");
            }

            Position++;
            if (lookahead)
            {
                // The text right after this point matches the lookahead, inside the unit (the regex sees nothing
                // beyond it): its literals join what comes before, but the next piece starts at the same point.
                return new Info(null, inner.Needed, inner.Starts, null);
            }

            return zeroWidth ? Info.Empty : inner;
        }

        /// <summary>A small class of plain characters ("[ae]", "[\\.]") is its characters; any other class matches anything.</summary>
        private Info Class()
        {
            var start = Position;
            SkipClass();
            var body = pattern.AsSpan(start + 1, Position - start - 2);
            var chars = new List<string>();
            for (var i = 0; i < body.Length; i++)
            {
                var c = body[i];
                if (c == '\\' && i + 1 < body.Length && !char.IsAsciiLetterOrDigit(body[i + 1]))
                {
                    c = body[++i];
                }
                else if (c is '\\' or '^' or '-' or '[' or ']' || !IsPlain(c))
                {
                    return Info.Any;
                }

                var text = (ignoreCase ? char.ToLowerInvariant(c) : c).ToString();
                if (!chars.Contains(text))
                {
                    chars.Add(text);
                }
            }

            return chars.Count is > 0 and <= 8 ? new Info(chars, chars, chars, chars) : Info.Any;
        }

        private void SkipClass()
        {
            Position++;
            if (Position < pattern.Length && pattern[Position] == '^')
            {
                Position++;
            }

            if (Position < pattern.Length && pattern[Position] == ']')
            {
                Position++;
            }

            var depth = 1;
            while (Position < pattern.Length)
            {
                var c = pattern[Position];
                if (c == '\\')
                {
                    Position += 2;
                    continue;
                }

                if (c == '[' && Position > 0 && pattern[Position - 1] == '-')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    Position++;
                    return;
                }

                Position++;
            }

            throw new NotSupportedException("unterminated class");
        }
    }
}
