namespace EditorialLint.Core.Spelling;

/// <summary>
/// A compact, case-aware word table: every entry's text lives in one character buffer, and an open-addressing
/// table keyed by the case-folded text finds all entries that differ only in case ("polish", "Polish").
/// Filled once by <see cref="DictionaryData"/>, read-only afterwards (safe for concurrent readers).
/// </summary>
internal sealed class WordStore
{
    private char[] _chars = new char[1 << 22];
    private int _charCount;
    private Entry[] _entries = new Entry[1 << 19];

    // Each slot packs the entry's folded hash (high half, checked before its text) and its id + 1 (low half;
    // 0 = empty), so a probe reads one array.
    private long[] _slots = new long[1 << 20];
    private int _count;

    public int Count => _count;

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
