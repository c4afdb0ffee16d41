namespace EditorialLint.Core.Spelling;

/// <summary>
/// American/British spelling pairs derived from SCOWL ("color"/"colour", "organize"/"organise", "traveled"/"travelled",
/// "defense"/"defence"), lowercase. Lookups accept any casing and give the other spelling in the same casing.
/// </summary>
public sealed class SpellingVariants
{
    private readonly Dictionary<string, string> _toBritish = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _toAmerican = new(StringComparer.Ordinal);

    internal SpellingVariants(IEnumerable<VariantPair> pairs)
    {
        var list = new List<VariantPair>();
        foreach (var pair in pairs)
        {
            list.Add(pair);
            _toBritish.TryAdd(pair.American, pair.British);
            _toAmerican.TryAdd(pair.British, pair.American);
        }

        Pairs = list;
    }

    /// <summary>Every pair, sorted by the American spelling.</summary>
    public IReadOnlyList<VariantPair> Pairs { get; }

    /// <summary>The British spelling of an American-only word ("Color" -> "Colour").</summary>
    public bool TryGetBritish(string american, out string british) => TryMap(_toBritish, american, out british);

    /// <summary>The American spelling of a British-only word ("travelled" -> "traveled").</summary>
    public bool TryGetAmerican(string british, out string american) => TryMap(_toAmerican, british, out american);

    /// <summary>The variety a word's spelling marks it as, or null when it is spelled alike in both (or unknown).</summary>
    public EnglishVariety? VarietyOf(string word)
    {
        var key = word.ToLowerInvariant();
        return _toBritish.ContainsKey(key) ? EnglishVariety.American
            : _toAmerican.ContainsKey(key) ? EnglishVariety.British
            : null;
    }

    internal static SpellingVariants Load()
    {
        var pairs = new List<VariantPair>();
        foreach (var line in DictionaryData.ReadLines(DictionaryData.VariantsResource))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                pairs.Add(new VariantPair(line[..tab], line[(tab + 1)..]));
            }
        }

        return new SpellingVariants(pairs);
    }

    private static bool TryMap(Dictionary<string, string> map, string word, out string result)
    {
        if (map.TryGetValue(word.ToLowerInvariant(), out var lower))
        {
            result = WordCasing.Apply(word, lower);
            return true;
        }

        result = string.Empty;
        return false;
    }
}
