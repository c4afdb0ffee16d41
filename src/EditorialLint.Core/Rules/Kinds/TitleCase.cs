using System.Text;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Title-cases a heading in AP or Chicago style: the first and last words and every word after a colon are
/// capitalized; articles, coordinating conjunctions and prepositions (Chicago: all; AP: up to three letters) are
/// lower case; words with inner capitals (iPhone, MacBook) or all capitals keep their spelling.
/// </summary>
public static class TitleCase
{
    public enum Style { AP, Chicago }

    private static readonly HashSet<string> Minor = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "vs.", "en", "if",
    };

    private static readonly HashSet<string> LongPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "above", "across", "after", "against", "along", "among", "around", "before", "behind", "below",
        "beneath", "beside", "between", "beyond", "down", "during", "except", "from", "inside", "into", "like",
        "near", "onto", "out", "outside", "over", "past", "since", "than", "through", "throughout", "till", "toward",
        "towards", "under", "underneath", "until", "upon", "with", "within", "without",
    };

    public static string Convert(string text, Style style)
    {
        var parts = text.Split(' ');
        var wordIndexes = Enumerable.Range(0, parts.Length).Where(i => parts[i].Length > 0).ToList();
        var sb = new StringBuilder(text.Length);
        var afterColon = false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            var part = parts[i];
            if (part.Length == 0)
            {
                continue;
            }

            var core = part.Trim('"', '\'', '(', ')', '[', ']', ',', ';', ':', '.', '!', '?', '\u201C', '\u201D', '\u2018', '\u2019');
            var isFirst = i == wordIndexes[0];
            var isLast = i == wordIndexes[^1];
            var minor = Minor.Contains(core) || (style == Style.Chicago && LongPrepositions.Contains(core));
            if (KeepsSpelling(core) || (!isFirst && !isLast && !afterColon && minor))
            {
                sb.Append(KeepsSpelling(core) ? part : part.ToLowerInvariant());
            }
            else
            {
                sb.Append(CapitalizeFirstLetter(part));
            }

            afterColon = part.EndsWith(':');
        }

        return sb.ToString();
    }

    private static bool KeepsSpelling(string word) =>
        word.Skip(1).Any(char.IsUpper) || (word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private static string CapitalizeFirstLetter(string part)
    {
        for (var i = 0; i < part.Length; i++)
        {
            if (char.IsLetter(part[i]))
            {
                return part[..i] + char.ToUpperInvariant(part[i]) + part[(i + 1)..];
            }
        }

        return part;
    }
}
