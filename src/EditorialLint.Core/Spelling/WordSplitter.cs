namespace EditorialLint.Core.Spelling;

/// <summary>
/// Finds two common dictionary words run together ("towardsa" = "towards a", "ofthe" = "of the"). Only unknown
/// tokens are split, so dictionary compounds ("another", "today", "nonetheless") never are. Parts must be common
/// words: one letter only for "a" and "I", two or three letters only among the most frequent words. One part must
/// be a function word, or the first must end in -ed, -ing or -ly or the second in -ed or -ly ("fundsused",
/// "reserveshelped", "rapidlygrowing"), or the article must write the pair apart elsewhere: closed compounds the
/// dictionary lacks ("downblending", "housebuilding", "sportscar", "masterplan") are two uninflected content words,
/// and splitting every such pair tripled the false alarms on the news corpus.
/// </summary>
public static class WordSplitter
{
    /// <summary>Largest SCOWL level of a part of four letters or more.</summary>
    public const int MaxPartLevel = 60;

    private const int MaxShortPartLevel = 20;

    // A cheap slip (doubled letter, neighbouring key, vowel for vowel, transposition) in a common word.
    private const float LikelySlipScore = 0.85f;
    private const WordKinds Words = WordKinds.Common | WordKinds.American | WordKinds.British
        | WordKinds.AmericanAlternative | WordKinds.BritishAlternative;

    /// <summary>
    /// Splits an unknown token into its most frequent pair of common words, in the token's casing
    /// ("Ofthe" = "Of", "the"). False for known words, short tokens, and tokens with no such pair.
    /// </summary>
    public static bool TrySplit(string token, EnglishDictionary dictionary, out string first, out string second) =>
        TrySplit(token, dictionary, pairInArticle: null, out first, out second);

    /// <summary>
    /// As <see cref="TrySplit(string, EnglishDictionary, out string, out string)"/>, and two content words are also
    /// split when <paramref name="pairInArticle"/> says the article writes them apart elsewhere ("youngpeople" in an
    /// article that says "young people").
    /// </summary>
    public static bool TrySplit(string token, EnglishDictionary dictionary, Func<string, string, bool>? pairInArticle, out string first, out string second)
    {
        first = second = string.Empty;
        if (token.Length < 3 || token.Length > 40 || !token.All(char.IsLetter) || token.Skip(1).Any(char.IsUpper)
            || dictionary.Lookup(token, out _) != WordKinds.None
            || dictionary.Lookup(char.ToUpperInvariant(token[0]) + token[1..], out _) != WordKinds.None)
        {
            return false;
        }

        var best = int.MaxValue;
        var bestAt = 0;
        for (var i = 1; i < token.Length; i++)
        {
            var left = token.AsSpan(0, i);
            var right = token.AsSpan(i);
            if (!IsCommonPart(left, dictionary, out var leftLevel) || !IsCommonPart(right, dictionary, out var rightLevel)
                || !(FunctionWordSpans.Contains(left) || FunctionWordSpans.Contains(right) || IsInflected(left) || IsPastOrAdverb(right)
                    || (pairInArticle is not null && pairInArticle(token[..i], token[i..]))))
            {
                continue;
            }

            // Prefer the pair of most frequent words; on a tie, the longer first word ("towards a" over "toward sa").
            var score = (Math.Max(leftLevel, rightLevel) * 100) + leftLevel + rightLevel;
            if (score < best)
            {
                best = score;
                bestAt = i;
            }
        }

        if (best != int.MaxValue)
        {
            first = token[..bestAt];
            second = token[bestAt..];
        }

        // A typist's slip in one word ("adressed", "apears", "inpact", "soid") is likelier than "a dressed",
        // "a pears", "in pact", "so id"; two function words ("itis", "ofthe") are always taken apart.
        return best != int.MaxValue
            && ((FunctionWords.Contains(first) && FunctionWords.Contains(second)) || !IsLikelySlip(token, dictionary));
    }

    private static bool IsLikelySlip(string token, EnglishDictionary dictionary)
    {
        var suggestions = dictionary.Suggestions.Suggest(token, 1);
        return suggestions.Count > 0 && suggestions[0].Distance == 1 && suggestions[0].Score <= LikelySlipScore;
    }

    // Closed-class words; particles that start compounds ("down", "up", "out", "over", "under", "off", "back") are left out.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "no", "not", "all", "both",
        "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "upon", "about", "as", "than",
        "towards", "toward", "against", "between", "through", "during", "without", "within", "after", "before",
        "since", "until", "among", "across", "per", "via",
        "and", "or", "but", "nor", "if", "so", "because", "while", "when", "where", "which", "who", "whom", "whose",
        "what", "how", "why", "whether",
        "i", "it", "its", "he", "she", "we", "they", "you", "his", "her", "our", "their", "my", "your", "him",
        "them", "us", "me",
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does", "did",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "said", "says", "also", "more", "most", "very", "such", "there", "here", "then", "now",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
        "million", "billion",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordSpans = FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for closed-class words: articles, prepositions, pronouns, auxiliaries, conjunctions.</summary>
    public static bool IsFunctionWord(string word) => FunctionWords.Contains(word);

    // "-ed", "-ing", "-ly" words rarely make closed compounds; plurals do ("salesforce", "sportscar").
    private static bool IsInflected(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || word.EndsWith("ly", StringComparison.Ordinal));

    // A gerund second half makes closed compounds ("housebuilding", "carmaking"); "-ed" and "-ly" rarely do.
    private static bool IsPastOrAdverb(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ly", StringComparison.Ordinal));

    private static bool IsCommonPart(ReadOnlySpan<char> part, EnglishDictionary dictionary, out int level)
    {
        if (part.Length == 1)
        {
            level = 10;
            return part[0] is 'a' or 'A' or 'I';
        }

        var kinds = dictionary.Lookup(part, out level);
        var maxLevel = part.Length <= 3 ? MaxShortPartLevel : MaxPartLevel;
        return (kinds & Words) != 0 && level <= maxLevel && !part.Contains('\'');
    }
}
