namespace EditorialLint.Core.Analysis;

/// <summary>
/// A quick, exact-when-it-says-no test for a case-insensitive (ordinal) word set: a bit per ASCII first letter
/// and word length. A word whose first letter and length no entry shares cannot equal any entry ignoring case,
/// so a per-token loop can turn most words away before hashing them. Words starting with a non-ASCII character,
/// or sets holding such an entry, always pass (ordinal case folding can map a non-ASCII letter to an ASCII one).
/// </summary>
internal sealed class FirstWordFilter
{
    private const int MaxLength = 63;

    private readonly ulong[] lengthsByFirst = new ulong[128];
    private bool passAll;

    public void Add(string word)
    {
        if (word.Length == 0 || word[0] >= 128)
        {
            passAll = true;
            return;
        }

        lengthsByFirst[Fold(word[0])] |= 1UL << Math.Min(word.Length, MaxLength);
    }

    /// <summary>False only when no word of the set can equal <paramref name="word"/> under <see cref="StringComparison.OrdinalIgnoreCase"/>.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (passAll || word.IsEmpty)
        {
            return true;
        }

        char c = word[0];
        return c >= 128 || ((lengthsByFirst[Fold(c)] >> Math.Min(word.Length, MaxLength)) & 1) != 0;
    }

    /// <summary>A word's first letter (folded) and length packed in 13 bits, for <see cref="MayContain(ushort)"/>; <see cref="AnyKey"/> when it starts with a non-ASCII character.</summary>
    public static ushort KeyOf(ReadOnlySpan<char> word) =>
        word.IsEmpty || word[0] >= 128 ? AnyKey : (ushort)((Fold(word[0]) << 6) | Math.Min(word.Length, MaxLength));

    /// <summary>The key of a word no bit table can rule out.</summary>
    public const ushort AnyKey = ushort.MaxValue;

    /// <summary>The same test as <see cref="MayContain(ReadOnlySpan{char})"/>, from the word's <see cref="KeyOf"/>.</summary>
    public bool MayContain(ushort key) =>
        passAll || key == AnyKey || ((lengthsByFirst[key >> 6] >> (key & 63)) & 1) != 0;

    private static int Fold(char c) => c is >= 'A' and <= 'Z' ? c + 32 : c;
}
