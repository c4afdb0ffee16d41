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
        var slot = Hash(word) & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            if (Text(id).SequenceEqual(word))
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

        var mask = _slots.Length - 1;
        var slot = Hash(token) & mask;
        while (_slots[slot] != 0)
        {
            var id = _slots[slot] - 1;
            var entry = Text(id);
            if (entry.Equals(token, StringComparison.OrdinalIgnoreCase) && CaseMatches(entry, token))
            {
                found |= _kinds[id];
                level = Math.Min(level, _level[id]);
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

    private static int Hash(ReadOnlySpan<char> s) => string.GetHashCode(s, StringComparison.OrdinalIgnoreCase) & int.MaxValue;

    private void Rehash()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var slot = Hash(Text(id)) & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id + 1;
        }

        _slots = slots;
    }
}
