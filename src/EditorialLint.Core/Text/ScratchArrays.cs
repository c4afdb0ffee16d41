namespace EditorialLint.Core.Text;

/// <summary>Per-thread work arrays that a tokenizer or scanner reuses from one block to the next.</summary>
internal static class ScratchArrays
{
    /// <summary>Blocks longer than this get an array of their own, so that no thread keeps a huge buffer.</summary>
    private const int MaxKept = 1 << 16;

    /// <summary>
    /// An array of at least <paramref name="length"/> elements: the one in <paramref name="kept"/> (a [ThreadStatic]
    /// field) when it is long enough, else a new one that is kept unless it is huge. The first
    /// <paramref name="length"/> elements are cleared when <paramref name="clear"/> (a new array is already clear).
    /// </summary>
    public static T[] Get<T>(ref T[]? kept, int length, bool clear = false)
    {
        var array = kept;
        if (array is null || array.Length < length)
        {
            array = new T[Math.Max(length, 1024)];
            if (array.Length <= MaxKept)
            {
                kept = array;
            }

            return array;
        }

        if (clear)
        {
            Array.Clear(array, 0, length);
        }

        return array;
    }
}
