using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The counts readability formulas use (Vale's metric variables): words, sentences, characters (letters and
/// digits of words), syllables, complex/polysyllabic words (3+ syllables), long words (7+ letters).
/// </summary>
public sealed record TextStatistics(double Words, double Sentences, double Characters, double Syllables, double ComplexWords, double LongWords)
{
    private static readonly Regex Word = new(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*", RegexOptions.CultureInvariant);
    private static readonly Regex SentenceEnd = new(@"[.!?]+(?=\s|$)", RegexOptions.CultureInvariant);

    private static readonly ConditionalWeakTable<IReadOnlyList<ScopeUnit>, TextStatistics> Shared = new();

    /// <summary>
    /// The statistics of a document's units, computed once per list: the metric and readability rules of a document
    /// get the same cached list of units for their scope, so they share one count instead of each recounting.
    /// </summary>
    public static TextStatistics For(IReadOnlyList<ScopeUnit> units) =>
        Shared.GetValue(units, static u => Of(u.Select(unit => unit.Value)));

    public static TextStatistics Of(IEnumerable<string> texts)
    {
        double words = 0, sentences = 0, characters = 0, syllables = 0, complex = 0, longWords = 0;
        foreach (var text in texts)
        {
            var count = 0;
            foreach (Match m in Word.Matches(text))
            {
                count++;
                var letters = m.Value.Count(char.IsLetterOrDigit);
                characters += letters;
                var s = SyllableCount(m.Value);
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
                sentences += Math.Max(1, SentenceEnd.Matches(text).Count);
            }
        }

        return new TextStatistics(words, sentences, characters, syllables, complex, longWords);
    }

    /// <summary>English syllable estimate: vowel groups, minus a silent final 'e', at least one.</summary>
    public static int SyllableCount(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.All(char.IsDigit))
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
