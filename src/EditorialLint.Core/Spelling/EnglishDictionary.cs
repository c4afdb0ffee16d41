using System.Diagnostics;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// The embedded English dictionary (SCOWL size 70: en-US, en-GB, accepted variants, proper names, abbreviations,
/// plus rarer words to size 80 that are never flagged), loaded once per process on first use of
/// <see cref="Shared"/>. Immutable after loading; every member is safe to call from any thread.
/// </summary>
public sealed class EnglishDictionary
{
    private static readonly Lazy<EnglishDictionary> SharedInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly WordStore _store;
    private readonly Lazy<SuggestionIndex> _suggestions;
    private readonly Lazy<SpellingVariants> _variants;

    private EnglishDictionary(WordStore store, TimeSpan loadTime)
    {
        _store = store;
        LoadTime = loadTime;
        _suggestions = new Lazy<SuggestionIndex>(() => new SuggestionIndex(_store), LazyThreadSafetyMode.ExecutionAndPublication);
        _variants = new Lazy<SpellingVariants>(SpellingVariants.Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide dictionary, loaded on first access.</summary>
    public static EnglishDictionary Shared => SharedInstance.Value;

    /// <summary>
    /// Loads the dictionary and builds the suggestion index on the thread pool, so that a long-running host (the
    /// language server) pays for them at startup instead of on the first keystroke. Safe to call many times.
    /// </summary>
    public static Task WarmUpAsync() => Task.Run(() => _ = Shared.Suggestions.WordCount);

    /// <summary>Number of entries (all lists, all casings).</summary>
    public int Count => _store.Count;

    /// <summary>Time spent decompressing and indexing the word lists.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>American/British spelling pairs, loaded on first use.</summary>
    public SpellingVariants Variants => _variants.Value;

    /// <summary>The suggestion index, built on first use (once per process).</summary>
    public SuggestionIndex Suggestions => _suggestions.Value;

    /// <summary>
    /// True when the word is correctly spelled in some variety: a dictionary word, accepted variant, proper name or
    /// abbreviation. Casing follows <see cref="Lookup"/>; a possessive "'s" or "’s" is ignored.
    /// </summary>
    public bool Contains(ReadOnlySpan<char> word) => (Lookup(word, out _) & WordKinds.Known) != 0;

    /// <summary>True when the word is correctly spelled in the given variety ("colour" is British, not American).</summary>
    public bool IsKnown(ReadOnlySpan<char> word, EnglishVariety variety)
    {
        var kinds = Lookup(word, out _);
        var accepted = WordKinds.Common | WordKinds.Name | WordKinds.Abbreviation | (variety == EnglishVariety.American
            ? WordKinds.American | WordKinds.AmericanAlternative
            : WordKinds.British | WordKinds.BritishAlternative);
        return (kinds & accepted) != 0;
    }

    /// <summary>
    /// The lists the word belongs to and its SCOWL level (10 = most common, 80 = rare; <see cref="int.MaxValue"/>
    /// when unknown). A lowercase entry matches its Capitalised and ALL-CAPS forms, an entry with capitals
    /// ("iPod", "McDonald") only itself and its ALL-CAPS form. Curly apostrophes count as straight ones.
    /// </summary>
    public WordKinds Lookup(ReadOnlySpan<char> word, out int level)
    {
        if (!word.Contains('\u2019'))
        {
            var found = _store.Find(word, out level);
            if (found == WordKinds.None && word.Length > 2 && word[^2] == '\'' && word[^1] is 's' or 'S')
            {
                found = _store.Find(word[..^2], out level);
            }

            return found;
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.CopyTo(buffer);
        buffer.Replace('\u2019', '\'');
        var kinds = _store.Find(buffer, out level);
        if (kinds == WordKinds.None && buffer.Length > 2 && buffer[^2] == '\'' && buffer[^1] is 's' or 'S')
        {
            kinds = _store.Find(buffer[..^2], out level);
        }

        return kinds;
    }

    private static EnglishDictionary Load()
    {
        var clock = Stopwatch.StartNew();
        var store = DictionaryData.LoadWords();
        var dictionary = new EnglishDictionary(store, clock.Elapsed);

        // Most documents soon meet a word the dictionary lacks and need suggestions: build the index on another
        // thread now, so the threads that waited for the words go back to linting instead of waiting again.
        ThreadPool.UnsafeQueueUserWorkItem(static d => _ = d.Suggestions.WordCount, dictionary, preferLocal: false);
        return dictionary;
    }
}
