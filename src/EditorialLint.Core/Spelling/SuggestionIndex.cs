namespace EditorialLint.Core.Spelling;

/// <summary>
/// Symmetric-delete suggestion index (the SymSpell idea) over the dictionary's common words and names.
/// The dictionary side stores a 32-bit hash of each word and of each of its one-letter deletions, sorted, with the
/// word's id; a query looks up its own hash and its one- and two-letter deletions, then verifies each candidate
/// with a real edit distance. That finds every word one edit away (insertion, deletion, substitution,
/// transposition) and the two-edit words reachable by two insertions or an insertion and a substitution, for a
/// sixth of the memory a full two-edit index needs; when that finds nothing for a word of six letters or more, a
/// second pass puts back one letter anywhere and so finds words with two letters left out ("effiency"). Built once per process (<see cref="EnglishDictionary.Suggestions"/>);
/// immutable and safe to query from any thread.
/// </summary>
public sealed class SuggestionIndex
{
    /// <summary>Largest SCOWL level a word may have to be suggested.</summary>
    public const int MaxWordLevel = 70;

    /// <summary>Largest SCOWL level a proper name may have to be suggested.</summary>
    public const int MaxNameLevel = 50;

    private const int MinLengthForTwoOmissions = 6;

    private const float FrequencyWeight = 0.1f;
    private const float NameForLowercase = 0.4f;
    private const float FirstLetterChanged = 0.35f;

    private static readonly int[] Levels = [10, 20, 35, 40, 50, 55, 60, 70];

    // Suggest keeps the best CachedSuggestions of each word it was asked about (a shorter list is a prefix of a longer
    // one), so that the spelling rules asking about the same unknown word, and the next documents using it, pay once.
    private const int CachedSuggestions = 10;
    private const int MaxCachedWords = 1 << 14;

    private readonly WordStore _store;
    private readonly ulong[] _items; // each key (high half) with its word's id (low half), grouped by the key's top 16 bits
    private readonly int _itemCount;
    private readonly int[] _bucketStarts; // where the keys whose top 16 bits are b start in _items; one more entry closes the last
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, SpellingSuggestion[]> _recent = new(StringComparer.Ordinal);
    private int _recentCount;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal SuggestionIndex(WordStore store)
    {
        _store = store;
        var items = new ulong[store.Count * 4]; // each key (high half) with its word's id (low half)
        var count = 0;
        var words = 0;
        Span<char> folded = stackalloc char[EditCost.MaxLength];
        Span<uint> prefix = stackalloc uint[EditCost.MaxLength + 1];
        for (var id = 0; id < store.Count; id++)
        {
            if (!IsSuggestible(store, id))
            {
                continue;
            }

            var text = store.Text(id);
            if (text.Length > EditCost.MaxLength)
            {
                continue;
            }

            var word = Fold(text, folded);
            words++;
            if (count + word.Length + 1 > items.Length)
            {
                Array.Resize(ref items, items.Length * 2);
            }

            // FNV-1a of the word and of each one-letter deletion (Hash(word, i, -1)), sharing the hashed prefixes.
            var hash = 2166136261u;
            for (var i = 0; i < word.Length; i++)
            {
                prefix[i] = hash;
                hash = (hash ^ word[i]) * 16777619u;
            }

            items[count++] = ((ulong)hash << 32) | (uint)id;
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue; // same deletion as the previous letter
                }

                var deletion = prefix[i];
                for (var j = i + 1; j < word.Length; j++)
                {
                    deletion = (deletion ^ word[j]) * 16777619u;
                }

                items[count++] = ((ulong)deletion << 32) | (uint)id;
            }
        }

        GroupByTopBits(items.AsSpan(0, count), new ulong[count]);
        _items = items;
        _itemCount = count;
        _bucketStarts = BucketStarts(items.AsSpan(0, count));
        WordCount = words;
    }

    /// <summary>How many dictionary words can be suggested.</summary>
    public int WordCount { get; }

    /// <summary>How many hashed keys (words and their deletions) the index holds.</summary>
    public int KeyCount => _itemCount;

    /// <summary>
    /// Dictionary words within two edits of <paramref name="word"/>, best first: fewer and likelier slips
    /// (keyboard neighbours, transpositions, doubled letters), then more frequent words. Lowercase input gets
    /// lowercase words before names. Suggestions carry the input's casing.
    /// </summary>
    public IReadOnlyList<SpellingSuggestion> Suggest(string word, int max = 5)
    {
        if (word.Length < 2 || word.Length > EditCost.MaxLength - 2 || max <= 0)
        {
            return [];
        }

        if (max > CachedSuggestions)
        {
            return Search(word, max);
        }

        if (!_recent.TryGetValue(word, out var best))
        {
            best = [.. Search(word, CachedSuggestions)];
            if (Interlocked.Increment(ref _recentCount) > MaxCachedWords)
            {
                _recent.Clear(); // a long-running server meets ever more words: start again rather than grow
                Interlocked.Exchange(ref _recentCount, 0);
            }

            _recent.TryAdd(word, best);
        }

        return best.Length <= max ? [.. best] : best[..max];
    }

    private List<SpellingSuggestion> Search(string word, int max)
    {

        Span<char> buffer = stackalloc char[EditCost.MaxLength];
        var query = Fold(word, buffer);
        var lowercaseInput = !WordCasing.HasUpper(word);
        var candidates = new HashSet<int>();
        var hashes = new HashSet<uint>();
        for (var i = -1; i < query.Length; i++)
        {
            for (var j = i < 0 ? -1 : i + 1; j < (i < 0 ? 0 : query.Length + 1); j++)
            {
                var hash = Hash(query, i, j < query.Length ? j : -1);
                if (hashes.Add(hash))
                {
                    Collect(hash, candidates);
                }
            }
        }

        var best = new Dictionary<string, SpellingSuggestion>(StringComparer.Ordinal);
        Score(word, query, candidates, lowercaseInput, best);
        if (best.Count == 0 && query.Length >= MinLengthForTwoOmissions)
        {
            // Two letters left out ("effiency" for "efficiency"): put one back anywhere, then the stored one-letter
            // deletions of the dictionary word match. 26 x (length + 1) lookups, only when nothing closer exists.
            candidates.Clear();
            for (var at = 0; at <= query.Length; at++)
            {
                for (var letter = 'a'; letter <= 'z'; letter++)
                {
                    var hash = HashWithInsertion(query, at, letter);
                    if (hashes.Add(hash))
                    {
                        Collect(hash, candidates);
                    }
                }
            }

            Score(word, query, candidates, lowercaseInput, best);
        }

        return best.Values
            .OrderBy(s => s.Score)
            .ThenBy(s => s.Word, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }

    private void Score(string word, ReadOnlySpan<char> query, HashSet<int> candidates, bool lowercaseInput, Dictionary<string, SpellingSuggestion> best)
    {
        Span<char> target = stackalloc char[EditCost.MaxLength];
        foreach (var id in candidates)
        {
            var text = _store.Text(id);
            if (Math.Abs(text.Length - query.Length) > 2)
            {
                continue;
            }

            var folded = Fold(text, target);
            if (folded.SequenceEqual(query))
            {
                continue; // a casing variant of the input itself, not a spelling suggestion
            }

            var distance = EditCost.Compute(query, folded, out var cost);
            if (distance > 2)
            {
                continue;
            }

            var isName = WordCasing.HasUpper(text);
            var score = cost + (FrequencyWeight * LevelRank(_store.Level(id)))
                + (isName && lowercaseInput ? NameForLowercase : 0f)
                + (folded[0] != query[0] ? FirstLetterChanged : 0f);
            var suggestion = new SpellingSuggestion(WordCasing.Apply(word, text.ToString()), distance, score);
            if (!best.TryGetValue(suggestion.Word, out var previous) || previous.Score > score)
            {
                best[suggestion.Word] = suggestion;
            }
        }
    }

    internal static bool IsSuggestible(WordStore store, int id)
    {
        var kinds = store.Kinds(id);
        var level = store.Level(id);
        if ((kinds & (WordKinds.Common | WordKinds.American | WordKinds.British)) != 0 && level <= MaxWordLevel)
        {
            return true;
        }

        return (kinds & WordKinds.Name) != 0 && level <= MaxNameLevel;
    }

    private static int LevelRank(int level)
    {
        var rank = Array.IndexOf(Levels, level);
        return rank < 0 ? Levels.Length : rank;
    }

    private void Collect(uint hash, HashSet<int> candidates)
    {
        // The keys sharing the top 16 bits are a short run (about 25 on average): find the hash in that run only.
        // Equal keys need not be next to each other there (see GroupByTopBits).
        var bucket = (int)(hash >> 16);
        var start = _bucketStarts[bucket];
        foreach (var item in _items.AsSpan(start, _bucketStarts[bucket + 1] - start))
        {
            if ((uint)(item >> 32) == hash)
            {
                candidates.Add((int)(uint)item);
            }
        }
    }

    private static int[] BucketStarts(ReadOnlySpan<ulong> groupedItems)
    {
        var starts = new int[(1 << 16) + 1];
        foreach (var item in groupedItems)
        {
            starts[(int)(item >> 48) + 1]++;
        }

        for (var b = 1; b < starts.Length; b++)
        {
            starts[b] += starts[b - 1];
        }

        return starts;
    }

    /// <summary>
    /// Orders items (a key in the high half, an id in the low half) by the top 16 bits of the key, stably: two
    /// counting passes on 8-bit digits, each writing to 256 places at a time (a pass on 16-bit digits scatters
    /// its writes over 65,536 places and misses the cache on most of them). <see cref="Collect"/> reads a whole
    /// group, so the order inside it does not matter. The index holds about 1.6 million keys.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static void GroupByTopBits(Span<ulong> items, Span<ulong> scratch)
    {
        Span<int> counts = stackalloc int[256];
        Distribute(items, scratch, counts, 48);
        Distribute(scratch, items, counts, 56);
    }

    private static void Distribute(ReadOnlySpan<ulong> from, Span<ulong> to, Span<int> counts, int shift)
    {
        counts.Clear();
        foreach (var item in from)
        {
            counts[(int)((item >> shift) & 0xFF)]++;
        }

        var total = 0;
        for (var digit = 0; digit < counts.Length; digit++)
        {
            (counts[digit], total) = (total, total + counts[digit]);
        }

        foreach (var item in from)
        {
            to[counts[(int)((item >> shift) & 0xFF)]++] = item;
        }
    }

    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var n = Math.Min(text.Length, buffer.Length);
        for (var i = 0; i < n; i++)
        {
            var c = text[i];
            c = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);
            buffer[i] = c == '\u2019' ? '\'' : c;
        }

        return buffer[..n];
    }

    // FNV-1a over the word with one letter inserted before position `at` (same hash as the longer word itself).
    private static uint HashWithInsertion(ReadOnlySpan<char> word, int at, char letter)
    {
        var hash = 2166136261u;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i == at)
            {
                hash = (hash ^ letter) * 16777619u;
            }

            if (i < word.Length)
            {
                hash = (hash ^ word[i]) * 16777619u;
            }
        }

        return hash;
    }

    // FNV-1a over the word with up to two positions left out.
    private static uint Hash(ReadOnlySpan<char> word, int skip1, int skip2)
    {
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            if (i == skip1 || i == skip2)
            {
                continue;
            }

            hash = (hash ^ word[i]) * 16777619u;
        }

        return hash;
    }
}
