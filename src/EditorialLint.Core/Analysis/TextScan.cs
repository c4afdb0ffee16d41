using System.Buffers;

namespace EditorialLint.Core.Analysis;

/// <summary>Jumps through a text to the characters a character-by-character rule acts on (vectorised search).</summary>
internal static class TextScan
{
    /// <summary>The index of the next character of <paramref name="values"/> at or after <paramref name="from"/>, or -1.</summary>
    public static int Next(string text, int from, SearchValues<char> values)
    {
        int next = from < text.Length ? text.AsSpan(from).IndexOfAny(values) : -1;
        return next < 0 ? -1 : from + next;
    }
}
