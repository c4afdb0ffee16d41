using System.Globalization;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>The lowercased whole words of a text, for <see cref="TokenPrefilter"/>.</summary>
public sealed class WordSet
{
    internal WordSet(HashSet<string> words, bool opaque)
    {
        Words = words;
        Opaque = opaque;
    }

    public HashSet<string> Words { get; }

    /// <summary>
    /// True when the text has a word a case-insensitive regex could read as ASCII letters though it is not
    /// (the Kelvin sign, dotted and dotless i, long s): nothing can be ruled out.
    /// </summary>
    public bool Opaque { get; }

    /// <summary>
    /// Collects the words of <paramref name="text"/>[start, end). A word is a run of the characters .NET's regex
    /// counts as word characters (letters, non-spacing marks, decimal digits, connector punctuation), so a token
    /// matched between <c>\b</c>s starts a run equal to its first word. Runs with other non-ASCII characters can
    /// never equal a plain ASCII token and are left out.
    /// </summary>
    internal static WordSet Collect(string text, int start, int end)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        var opaque = false;
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var runStart = i;
            var ascii = true;
            while (i < end && IsWordChar(text[i]))
            {
                var c = text[i];
                if (c > '\u007F')
                {
                    ascii = false;
                    opaque |= c is '\u212A' or '\u0130' or '\u0131' or '\u017F';
                }

                i++;
            }

            var run = text.AsSpan(runStart, i - runStart);
            if (ascii && run.Length <= lower.Length)
            {
                var length = run.ToLowerInvariant(lower);
                lookup.Add(lower[..length]);
            }
            else if (ascii)
            {
                words.Add(run.ToString().ToLowerInvariant());
            }
        }

        return new WordSet(words, opaque);
    }

    private static bool IsWordChar(char c)
    {
        if (c <= '\u007F')
        {
            return char.IsAsciiLetterOrDigit(c) || c == '_';
        }

        return char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;
    }
}
