namespace EditorialLint.Core.Spelling;

/// <summary>
/// The unknown-word policy, in one place (see docs/spelling.md for the corpus figures behind it). A word is
/// reported only when the dictionary, the rare-word list, the project vocabulary and the article itself all lack
/// it, and it is not built from dictionary words (an affix or a compound: "downblending"). It is a likely slip
/// (warning) only when it is lowercase, at least three letters, and one edit from a common word (or two cheap
/// edits for words of six letters or more); otherwise it is an unknown word (info).
/// Capitalised words inside a sentence are names and are never reported; ALL-CAPS and mixed-case words neither.
/// </summary>
public sealed class SpellingJudge
{
    /// <summary>Largest typist's cost of a two-edit suggestion that still makes the word a likely slip.</summary>
    public const float MaxTwoEditCost = 1.9f;

    /// <summary>
    /// Longer "words" (a run of letters with no space: a hash, a pasted blob) are not judged: no dictionary word is
    /// that long, and splitting and suggesting cost grows with the square of the length (a 100,000-letter run took
    /// seconds, a 1 MB one hung the linter).
    /// </summary>
    public const int MaxWordLength = 48;

    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "auto", "bi", "co", "counter", "cross", "de", "dis", "e", "ex", "extra", "hyper", "inter", "intra",
        "macro", "mega", "micro", "mid", "mini", "mis", "multi", "neo", "non", "out", "over", "post", "pre", "pro",
        "quasi", "re", "self", "semi", "sub", "super", "trans", "tri", "ultra", "un", "under", "vice",
    };

    private readonly EnglishDictionary _dictionary;
    private readonly Vocabulary _vocabulary;

    public SpellingJudge(EnglishDictionary dictionary, Vocabulary vocabulary)
    {
        _dictionary = dictionary;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// Judges one word token. <paramref name="sentenceStart"/>: the word opens its sentence (so a capital says
    /// nothing about it being a name). <paramref name="established"/>: the article uses the word more than once.
    /// <paramref name="hyphenatedCompound"/>: the whole compound when the word is part of one ("pre-tax"), else null.
    /// Returns null when there is nothing to report.
    /// </summary>
    public Misspelling? Judge(string word, bool sentenceStart, bool established, string? hyphenatedCompound = null)
    {
        if (IsCorrect(word))
        {
            return null;
        }

        if (hyphenatedCompound is not null
            && (Prefixes.Contains(word) || IsAccepted(hyphenatedCompound) || IsAccepted(hyphenatedCompound.Replace("-", string.Empty, StringComparison.Ordinal))))
        {
            return null;
        }

        var upperAfterFirst = WordCasing.HasUpper(word.AsSpan(1));
        var capitalised = char.IsUpper(word[0]);
        if (upperAfterFirst || established || (capitalised && !sentenceStart) || WordSplitter.TrySplit(word, _dictionary, out _, out _))
        {
            return null; // ALL CAPS, mixed case (iPod), the article's own word, a name, or two words run together
        }

        if (!capitalised)
        {
            // "july" for "July", "gdp" for "GDP": a name or abbreviation in lowercase.
            foreach (var cased in new[] { char.ToUpperInvariant(word[0]) + word[1..], word.ToUpperInvariant() })
            {
                if ((_dictionary.Lookup(cased, out _) & WordKinds.Known) != 0)
                {
                    return new Misspelling(word, MisspellingConfidence.Lowercased, [new SpellingSuggestion(cased, 0, 0f)]);
                }
            }
        }

        if (IsDerived(word))
        {
            return null; // "downblending", "reschedulings", "unblighted": well-formed coinages and jargon
        }

        var suggestions = _dictionary.Suggestions.Suggest(word, 3);
        if (IsUnaccented(word))
        {
            return null; // "cafe", "entree", "risque": the accented word written without its accents
        }

        var likely = !capitalised && word.Length >= 3 && suggestions.Count > 0 && IsClose(suggestions[0], word.Length);
        if (capitalised && !(suggestions.Count > 0 && suggestions[0].Distance == 1))
        {
            return null; // a sentence-initial name with nothing close: say nothing
        }

        return new Misspelling(word, likely ? MisspellingConfidence.Likely : MisspellingConfidence.Unknown, suggestions);
    }

    /// <summary>
    /// True when the word is built from dictionary words by a productive affix or compounding that SCOWL does not
    /// list: "corporates", "reschedulings", "enablement", "unblighted", "destocking", "downblending". Such words are
    /// new coinages or jargon, not slips, and are not reported.
    /// </summary>
    public bool IsDerived(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var lower = buffer[..word.AsSpan().ToLowerInvariant(buffer)];
        foreach (var suffix in Suffixes)
        {
            if (lower.Length > suffix.Length + 3 && lower.EndsWith(suffix, StringComparison.Ordinal) && IsCommonWord(lower[..^suffix.Length]))
            {
                return true;
            }
        }

        foreach (var prefix in Prefixes)
        {
            if (prefix.Length > 1 && lower.Length > prefix.Length + 4 && lower.StartsWith(prefix, StringComparison.Ordinal) && IsCommonWord(lower[prefix.Length..]))
            {
                return true;
            }
        }

        for (var i = 4; i <= lower.Length - 4; i++)
        {
            if (IsCommonWord(lower[..i]) && IsCommonWord(lower[i..]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Suffixes = ["s", "es", "ness", "ment", "ments", "ly", "er", "ers", "ism", "ist", "ists", "less", "like", "wide"];

    private bool IsCommonWord(ReadOnlySpan<char> word) =>
        (_dictionary.Lookup(word, out var level) & (WordKinds.Common | WordKinds.American | WordKinds.British)) != 0 && level <= WordSplitter.MaxPartLevel;

    private bool IsUnaccented(string word)
    {
        if (_dictionary.Suggestions.Suggest(word, 10).Any(s => RemoveAccents(s.Word).Equals(word, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        // "cafes", "entrees": the plural of one.
        var stem = word.EndsWith('s') ? word[..^1] : null;
        return stem is { Length: > 2 } && _dictionary.Suggestions.Suggest(stem, 10).Any(s => RemoveAccents(s.Word).Equals(stem, StringComparison.OrdinalIgnoreCase));
    }

    private static string RemoveAccents(string word) => string.Create(word.Length, word, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var at = Accented.IndexOf(char.ToLowerInvariant(c));
            span[i] = at < 0 ? c : char.IsUpper(c) ? char.ToUpperInvariant(Plain[at]) : Plain[at];
        }
    });

    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿ";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyy";

    private static bool IsClose(SpellingSuggestion best, int length) =>
        best.Distance == 1 || (length >= 6 && best.Score <= MaxTwoEditCost);

    /// <summary>
    /// True when the word alone says there is nothing to report, whatever its context: shorter than two letters,
    /// longer than <see cref="MaxWordLength"/>, not all letters, or known. <see cref="Judge"/> returns null for such a word; a rule can ask this first and
    /// skip the context it would otherwise gather for every word (most words of an article are known).
    /// </summary>
    public bool IsCorrect(string word)
    {
        if (word.Length < 2 || word.Length > MaxWordLength)
        {
            return true;
        }

        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '\'' or '\u2019'))
            {
                return true;
            }
        }

        return IsAccepted(word);
    }

    private bool IsAccepted(string word)
    {
        if (_vocabulary.Accepts(word))
        {
            return true;
        }

        var kinds = _dictionary.Lookup(word, out _);
        return (kinds & (WordKinds.Known | WordKinds.Rare)) != 0;
    }
}
