namespace EditorialLint.Core.Spelling;

/// <summary>
/// A compact, case-aware word table: every entry's text lives in one character buffer, and an open-addressing
/// table keyed by the case-folded text finds all entries that differ only in case ("polish", "Polish").
/// Built once by <see cref="DictionaryData"/> (<see cref="Build"/>), or filled word by word (<see cref="Add"/>);
/// read-only afterwards (safe for concurrent readers).
/// </summary>
internal sealed class WordStore
{
    private char[] _chars;
    private int _charCount;
    private Entry[] _entries;

    // Each slot packs the entry's folded hash (high half, checked before its text) and its id + 1 (low half;
    // 0 = empty), so a probe reads one array.
    private long[] _slots;
    private int _count;

    /// <summary>An empty store to fill with <see cref="Add"/>.</summary>
    public WordStore()
    {
        _chars = new char[1 << 16];
        _entries = new Entry[1 << 12];
        _slots = new long[1 << 13];
    }

    private WordStore(char[] chars, int charCount, Entry[] entries, int count, long[] slots)
    {
        _chars = chars;
        _charCount = charCount;
        _entries = entries;
        _count = count;
        _slots = slots;
    }

    public int Count => _count;

    /// <summary>
    /// The store <see cref="Add"/> would make from the words in <paramref name="listed"/> (each a range of
    /// <paramref name="chars"/> with its level and kind, in list order), built in bulk: the words are first sorted
    /// by their home slot, so that filling the table walks it once from start to end instead of jumping about
    /// 8 MB for every word (a random insert was most of the dictionary's start-up).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static WordStore Build(char[] chars, Span<ListedWord> listed)
    {
        var n = listed.Length;
        var size = (int)Math.Max(1u << 13, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(n, 1) * 2));
        var mask = size - 1;
        var kept = 0;
        for (var i = 0; i < n; i++)
        {
            var word = listed[i];
            if (word.Length != 0)
            {
                word.Hash = Hash(chars.AsSpan(word.Start, word.Length));
                word.Index = i;
                listed[kept++] = word; // sorted in place: the caller's buffer is the work space
            }
        }

        var items = listed[..kept];
        SortByHomeSlot(items, mask);

        // Slots first hold the listed index of each word's first occurrence; the entries are then numbered in list
        // order, so that reading them by id (the suggestion index does) walks the text from start to end.
        var slots = new long[size];
        var entries = new Entry[n];
        var ids = new int[n];
        foreach (ref readonly var item in items)
        {
            var slot = item.Hash & mask;
            while (true)
            {
                var packed = slots[slot];
                if (packed == 0)
                {
                    entries[item.Index] = new Entry(item.Start, item.Length, item.Level, item.Kind);
                    ids[item.Index] = 1;
                    slots[slot] = Slot(item.Hash, item.Index);
                    break;
                }

                ref var entry = ref entries[(int)packed - 1];
                if ((int)(packed >> 32) == item.Hash && entry.Length == item.Length
                    && chars.AsSpan(entry.Start, entry.Length).SequenceEqual(chars.AsSpan(item.Start, item.Length)))
                {
                    entry.Kinds |= item.Kind;
                    entry.Level = Math.Min(entry.Level, item.Level);
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            if (ids[i] != 0)
            {
                entries[count] = entries[i];
                ids[i] = count++;
            }
        }

        for (var slot = 0; slot < slots.Length; slot++)
        {
            var packed = slots[slot];
            if (packed != 0)
            {
                slots[slot] = Slot((int)(packed >> 32), ids[(int)packed - 1]);
            }
        }

        Array.Resize(ref entries, count);
        return new WordStore(chars, chars.Length, entries, count, slots);
    }

    // A stable LSD radix sort on the home slot (hash & mask), in passes of up to 11 bits: few enough buckets that
    // each pass writes to a handful of cache lines at a time.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void SortByHomeSlot(Span<ListedWord> items, int mask)
    {
        var bits = System.Numerics.BitOperations.PopCount((uint)mask);
        Span<ListedWord> from = items;
        Span<ListedWord> to = new ListedWord[items.Length];
        var passes = (bits + 10) / 11;
        var width = (bits + passes - 1) / passes;
        var counts = new int[1 << width];
        var digitMask = (1 << width) - 1;
        for (var pass = 0; pass < passes; pass++)
        {
            var shift = pass * width;
            Array.Clear(counts);
            foreach (ref readonly var item in from)
            {
                counts[((item.Hash & mask) >> shift) & digitMask]++;
            }

            var total = 0;
            for (var d = 0; d < counts.Length; d++)
            {
                (counts[d], total) = (total, total + counts[d]);
            }

            foreach (ref readonly var item in from)
            {
                to[counts[((item.Hash & mask) >> shift) & digitMask]++] = item;
            }

            var swap = from;
            from = to;
            to = swap;
        }

        if (passes % 2 == 1)
        {
            from.CopyTo(items);
        }
    }

    public ReadOnlySpan<char> Text(int id) => _chars.AsSpan(_entries[id].Start, _entries[id].Length);

    public int Level(int id) => _entries[id].Level;

    public WordKinds Kinds(int id) => _entries[id].Kinds;

    /// <summary>Adds an entry, or merges its kind and lowest level into an identical existing one.</summary>
    public void Add(ReadOnlySpan<char> word, int level, WordKinds kind)
    {
        if (word.IsEmpty || word.Length > byte.MaxValue)
        {
            return;
        }

        var mask = _slots.Length - 1;
        var hash = Hash(word);
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var id = (int)_slots[slot] - 1;
            if ((int)(_slots[slot] >> 32) == hash && Text(id).SequenceEqual(word))
            {
                ref var entry = ref _entries[id];
                entry.Kinds |= kind;
                entry.Level = (byte)Math.Min(entry.Level, level);
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
        }

        while (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        _entries[_count] = new Entry(_charCount, (byte)word.Length, (byte)level, kind);
        _charCount += word.Length;
        _count++;
        _slots[slot] = Slot(hash, _count - 1);
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }
    }

    /// <summary>Trims the growth reserve once loading is done.</summary>
    public void Seal()
    {
        Array.Resize(ref _chars, _charCount);
        Array.Resize(ref _entries, _count);
    }

    /// <summary>
    /// Looks a token up as a writer would use it: an all-lowercase entry also matches its capitalised and
    /// all-capitals forms ("the", "The", "THE"); an entry with capitals matches itself and its all-capitals form
    /// ("iPod", "IPOD"). Returns the union of the kinds of every matching entry and their lowest level.
    /// </summary>
    public WordKinds Find(ReadOnlySpan<char> token, out int level)
    {
        level = int.MaxValue;
        var found = WordKinds.None;
        if (token.IsEmpty || token.Length > byte.MaxValue)
        {
            return found;
        }

        var slots = _slots;
        var entries = _entries;
        var mask = slots.Length - 1;
        var hash = Hash(token);
        var slot = hash & mask;
        long packed;
        while ((packed = slots[slot]) != 0)
        {
            if ((int)(packed >> 32) == hash)
            {
                var entry = entries[(int)packed - 1];
                var text = _chars.AsSpan(entry.Start, entry.Length);
                if (token.SequenceEqual(text) || (text.Equals(token, StringComparison.OrdinalIgnoreCase) && CaseMatches(text, token)))
                {
                    found |= entry.Kinds;
                    level = Math.Min(level, entry.Level);
                }
            }

            slot = (slot + 1) & mask;
        }

        return found;
    }

    internal static bool CaseMatches(ReadOnlySpan<char> entry, ReadOnlySpan<char> token)
    {
        if (token.SequenceEqual(entry))
        {
            return true;
        }

        if (token.Length > 1 && WordCasing.IsAllUpper(token))
        {
            return true;
        }

        // "The" for "the": capital first letter, the rest exactly as the lowercase entry.
        return !WordCasing.HasUpper(entry) && char.IsUpper(token[0]) && token[1..].SequenceEqual(entry[1..]);
    }

    /// <summary>
    /// FNV-1a over the upper-cased characters: equal for strings equal under <see cref="StringComparison.OrdinalIgnoreCase"/>
    /// (the BMP's simple case mapping; the word lists hold no letters outside it). Cheaper than the randomised
    /// case-insensitive string hash, which was most of <see cref="Find"/>'s time in a corpus profile.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int Hash(ReadOnlySpan<char> s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            var upper = c <= 'z' ? (c >= 'a' ? (char)(c - 32) : c) : char.ToUpperInvariant(c);
            hash = (hash ^ upper) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }

    private static long Slot(int hash, int id) => ((long)hash << 32) | (uint)(id + 1);

    private void Rehash()
    {
        var slots = new long[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var hash = Hash(Text(id));
            var slot = hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = Slot(hash, id);
        }

        _slots = slots;
    }

    private record struct Entry(int Start, byte Length, byte Level, WordKinds Kinds);
}

/// <summary>
/// One word of a list as loaded: where its text is in the character buffer, its SCOWL level and its list's kind
/// (a word longer than 255 characters is left out, as <see cref="WordStore.Add"/> leaves it out). 16 bytes;
/// <see cref="WordStore.Build"/> fills in the hash and the list position while it sorts the words.
/// </summary>
internal struct ListedWord
{
    public ListedWord(int start, int length, int level, WordKinds kind)
    {
        Start = start;
        Length = length is > 0 and <= byte.MaxValue ? (byte)length : (byte)0;
        Level = (byte)level;
        Kind = kind;
    }

    public int Start;
    public byte Length;
    public byte Level;
    public WordKinds Kind;
    public int Hash;
    public int Index;
}
