using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// Two words run together: "towardsa", "ofthe", "inthe", "wouldbe". A word is flagged when it splits into two
/// common words and is not itself a word; real compounds ("another", "today", "within") are known.
/// </summary>
public sealed class JoinedWordsRule : IRule
{
    /// <summary>Function words and frequent short words that get glued to their neighbour when typing fast.</summary>
    private static readonly HashSet<string> Glue = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "by", "for", "from", "with", "and", "or", "but", "as", "is",
        "was", "be", "been", "are", "were", "has", "have", "had", "that", "this", "these", "those", "it", "its",
        "would", "could", "should", "will", "can", "may", "might", "must", "not", "towards", "toward", "into",
        "about", "after", "before", "between", "during", "against", "among", "across", "through", "under", "over",
        "which", "who", "whose", "their", "they", "there", "what", "when", "where", "while", "than", "then", "also",
        "said", "says", "such", "some", "all", "any", "each", "more", "most", "very", "we", "he", "she", "his", "her",
        "our", "you", "your", "them", "him", "if", "so", "no", "do", "does", "did", "up", "out", "off", "new", "year",
        "years", "people", "government", "president", "minister", "talks", "deal", "week", "month", "day",
    };

    /// <summary>Real words that happen to split into two glue words.</summary>
    private static readonly HashSet<string> Compounds = new(StringComparer.OrdinalIgnoreCase)
    {
        "another", "into", "onto", "upon", "within", "without", "thereof", "therein", "whereas", "whereby", "hereby",
        "herein", "cannot", "itself", "himself", "herself", "ourselves", "yourself", "themselves", "today", "anyone",
        "someone", "somewhat", "something", "somewhere", "however", "whatever", "whenever", "wherever", "whoever",
        "therefore", "furthermore", "moreover", "nonetheless", "nevertheless", "notwithstanding", "meanwhile",
        "inasmuch", "insofar", "became", "become", "before", "behind", "beside", "besides", "between", "beyond",
        "indeed", "inside", "outside", "overall", "overdo", "outdo", "undo", "update", "upset", "uphold", "forbid",
        "forgo", "forever", "thereby", "whereabouts", "whereupon", "thereafter", "hereafter", "afterwards", "alas",
        "also", "atone", "bean", "been", "beat", "theirs", "there", "these", "those", "thesis", "then", "than",
        "that", "this", "thin", "thing", "oftentimes", "often", "islam", "isthmus", "ion", "iona", "asp", "ash",
        "ass", "aside", "abed", "anew", "ahead", "away", "awe", "amore", "anon", "inn", "ana", "ano", "ado", "ago",
        "wean", "heat", "heal", "hear", "herd", "hers", "sheaf", "shear", "shed", "hiss", "donut", "noon", "nose",
        "note", "nowhere", "notable", "sofa", "soon", "someday", "somehow", "anyway", "anyhow", "anytime", "anymore",
        "anybody", "somebody", "nobody", "everybody", "everyone", "offset", "offshoot", "onset", "outset", "setup",
        "ifs", "dos", "mayday", "maybe", "tonight", "together", "toward", "towards", "whereof", "wherein", "herewith",
        "therewith", "withal", "withheld", "withhold", "withdraw", "withstand", "forthwith", "oneself", "ourself",
        "whoso", "fora", "ora", "ore", "orb", "ant", "and", "butane", "button", "canon", "cannon", "cant", "wasabi",
        "area", "arena", "offer", "offered", "offering", "outer", "outed", "under", "underwent", "upper", "overt",
        "heron", "theme", "them", "thee", "their", "they", "thy", "whom", "whose", "whoa", "whore", "wholesale",
        "whop", "alit", "allot", "allots", "allay", "ally", "alloy", "mayor", "mustard", "musty", "might", "mighty",
        "wills", "willy", "canto", "canter", "ontology", "onus", "ones", "once", "isle", "islet", "itsy",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.JoinedWords",
        "Words run together",
        Severity.Warning,
        "Two words are written as one, usually a missing space typed at speed. The fix inserts the space.",
        "\"a roadmap towardsa comprehensive agreement\" -> \"a roadmap towards a comprehensive agreement\"");

    public void Analyze(AnalysisContext context)
    {
        foreach (BlockAnalysis block in context.Blocks)
        {
            foreach (int index in block.WordTokenIndices)
            {
                Token token = block.Tokens[index];
                if (token.Length < 4 || token.Length > 24)
                {
                    continue;
                }

                string word = block.TextOf(token);
                if (!IsLowerCaseWord(word) || Compounds.Contains(word) || Glue.Contains(word))
                {
                    continue;
                }

                int split = FindSplit(word);
                if (split <= 0)
                {
                    continue;
                }

                string replacement = word[..split] + " " + word[split..];
                var fix = Fix.Replace($"Insert a space: '{replacement}'", block.Block, new TextSpan(token.Start, token.Length), replacement, safe: true);
                context.Report(Descriptor, block, token.Span, $"'{word}' looks like two words run together: '{replacement}'", fix);
            }
        }
    }

    private static bool IsLowerCaseWord(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The split point where both halves are glue words (the longest left half wins), or -1.</summary>
    private static int FindSplit(string word)
    {
        var lookup = Glue.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int split = word.Length - 1; split >= 1; split--)
        {
            ReadOnlySpan<char> left = word.AsSpan(0, split), right = word.AsSpan(split);
            if (lookup.Contains(left) && lookup.Contains(right))
            {
                // A one-letter word other than "a" is not a word, and "a" only ever follows the other word.
                if ((left.Length == 1) || (right.Length == 1 && right[0] != 'a'))
                {
                    continue;
                }

                return split;
            }
        }

        return -1;
    }
}
