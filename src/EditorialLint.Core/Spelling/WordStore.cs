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
    private int[] _start = new int[1 << 19];
    private byte[] _length = new byte[1 << 19];
    private byte[] _level = new byte[1 << 19];
    private WordKinds[] _kinds = new WordKinds[1 << 19];
    private int[] _slots = new int[1 << 20];
    private int[] _slotHashes = new int[1 << 20]; // the folded hash of the entry in each slot, checked before its text
    private int _count;

    public int Count => _count;

    public ReadOnlySpan<char> Text(int id) => _chars.AsSpan(_start[id], _length[id]);

    public int Level(int id) => _level[id];

    public WordKinds Kinds(int id) => _kinds[id];

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
            var id = _slots[slot] - 1;
            if (_slotHashes[slot] == hash && Text(id).SequenceEqual(word))
            {
                _kinds[id] |= kind;
                _level[id] = (byte)Math.Min(_level[id], level);
                return;
            }

            slot = (slot + 1) & mask;
        }

        if (_count == _start.Length)
        {
            Array.Resize(ref _start, _count * 2);
            Array.Resize(ref _length, _count * 2);
            Array.Resize(ref _level, _count * 2);
            Array.Resize(ref _kinds, _count * 2);
        }

        while (_charCount + word.Length > _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        word.CopyTo(_chars.AsSpan(_charCount));
        _start[_count] = _charCount;
        _length[_count] = (byte)word.Length;
        _level[_count] = (byte)level;
        _kinds[_count] = kind;
        _charCount += word.Length;
        _count++;
        _slots[slot] = _count;
        _slotHashes[slot] = hash;
        if (_count * 2 > _slots.Length)
        {
            Rehash();
        }
    }

    /// <summary>Trims the growth reserve once loading is done.</summary>
    public void Seal()
    {
        Array.Resize(ref _chars, _charCount);
        Array.Resize(ref _start, _count);
        Array.Resize(ref _length, _count);
        Array.Resize(ref _level, _count);
        Array.Resize(ref _kinds, _count);
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
        var slotHashes = _slotHashes;
        var mask = slots.Length - 1;
        var hash = Hash(token);
        var slot = hash & mask;
        while (slots[slot] != 0)
        {
            if (slotHashes[slot] == hash)
            {
                var id = slots[slot] - 1;
                var entry = Text(id);
                if (entry.Equals(token, StringComparison.OrdinalIgnoreCase) && CaseMatches(entry, token))
                {
                    found |= _kinds[id];
                    level = Math.Min(level, _level[id]);
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

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var slotHashes = new int[slots.Length];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var hash = Hash(Text(id));
            var slot = hash & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
            slotHashes[slot] = hash;
        }

        _slots = slots;
        _slotHashes = slotHashes;
    }
}
