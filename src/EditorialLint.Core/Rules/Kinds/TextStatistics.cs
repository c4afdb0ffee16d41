using System.Runtime.CompilerServices;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The counts readability formulas use (Vale's metric variables): words, sentences, characters (letters and
/// digits of words), syllables, complex/polysyllabic words (3+ syllables), long words (7+ letters).
/// </summary>
public sealed record TextStatistics(double Words, double Sentences, double Characters, double Syllables, double ComplexWords, double LongWords)
{
    private static readonly ConditionalWeakTable<IReadOnlyList<ScopeUnit>, TextStatistics> Shared = new();

    /// <summary>
    /// The statistics of a document's units, computed once per list: the metric and readability rules of a document
    /// get the same cached list of units for their scope, so they share one count instead of each recounting.
    /// </summary>
    public static TextStatistics For(IReadOnlyList<ScopeUnit> units) =>
        Shared.GetValue(units, static u => Of(u.Select(unit => unit.Value)));

    /// <summary>
    /// Counts the texts. A word is what <c>[\p{L}\p{N}]+(?:['\u2019]\p{L}+)*</c> matches; a sentence ends at each run of
    /// '.', '!' or '?' followed by white space or the end (<c>[.!?]+(?=\s|$)</c>), and a text with words counts at
    /// least one sentence.
    /// </summary>
    public static TextStatistics Of(IEnumerable<string> texts)
    {
        double words = 0, sentences = 0, characters = 0, syllables = 0, complex = 0, longWords = 0;
        foreach (var text in texts)
        {
            var count = 0;
            var i = 0;
            while (i < text.Length)
            {
                if (!IsLetterOrNumber(text[i]))
                {
                    i++;
                    continue;
                }

                var start = i;
                while (i < text.Length && IsLetterOrNumber(text[i]))
                {
                    i++;
                }

                while (i + 1 < text.Length && text[i] is '\'' or '\u2019' && char.IsLetter(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && char.IsLetter(text[i]))
                    {
                        i++;
                    }
                }

                var word = text.AsSpan(start, i - start);
                count++;
                var letters = 0;
                foreach (var c in word)
                {
                    letters += char.IsLetterOrDigit(c) ? 1 : 0;
                }

                characters += letters;
                var s = SyllableCount(word);
                syllables += s;
                if (s >= 3)
                {
                    complex++;
                }

                if (letters > 6)
                {
                    longWords++;
                }
            }

            words += count;
            if (count > 0)
            {
                sentences += Math.Max(1, SentenceEnds(text));
            }
        }

        return new TextStatistics(words, sentences, characters, syllables, complex, longWords);
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static int SentenceEnds(string text)
    {
        var ends = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                i++;
                continue;
            }

            while (i < text.Length && text[i] is '.' or '!' or '?')
            {
                i++;
            }

            if (i == text.Length || char.IsWhiteSpace(text[i]))
            {
                ends++;
            }
        }

        return ends;
    }

    /// <summary>English syllable estimate: vowel groups, minus a silent final 'e', at least one.</summary>
    public static int SyllableCount(string word) => SyllableCount(word.AsSpan());

    private static int SyllableCount(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        ReadOnlySpan<char> w = buffer;
        var digits = true;
        foreach (var c in w)
        {
            digits &= char.IsDigit(c);
        }

        if (digits)
        {
            return 1;
        }

        var count = 0;
        var previousVowel = false;
        foreach (var c in w)
        {
            var vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
            if (vowel && !previousVowel)
            {
                count++;
            }

            previousVowel = vowel;
        }

        if (w.Length > 2 && w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }

        if ((w.EndsWith("es", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)) && w.Length > 3 && count > 1
            && !w.EndsWith("ted", StringComparison.Ordinal) && !w.EndsWith("ded", StringComparison.Ordinal) && !w.EndsWith("ses", StringComparison.Ordinal))
        {
            count--;
        }

        return Math.Max(1, count);
    }
}
