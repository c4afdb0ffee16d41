using AvsAnLib;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// "a" or "an" by the sound of the next word, not its first letter: "an hour", "a European", "an MP", "a one-off",
/// "an 8% rise". Uses the AvsAn package (article counts for word prefixes from Wikipedia) and reports only when
/// usage is lopsided (2.5 to 1 before a lowercase word, 8 to 1 before names and acronyms), and leaves the old
/// British "an historic", "an hotel", "an heroic" alone. Capital "A" inside a sentence is a letter
/// or a name ("Plan A and B") and is skipped.
/// </summary>
public sealed class ArticleRule : IRule
{
    /// <summary>How many times more often the other article must be used before a lowercase word.</summary>
    public const double MinRatio = 2.5;

    /// <summary>The ratio before a word with capitals: names and acronyms are read many ways ("a MITI official").</summary>
    public const double MinRatioBeforeCapitals = 8;

    /// <summary>Words after which "an" is old British usage, not a slip: "an historic", "an hotel", "an heroic".</summary>
    private static readonly string[] SilentHStarts = ["histor", "hotel", "heroi", "hypoth", "habitu", "heredit", "horrif", "humble"];

    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.Article",
        "Wrong indefinite article",
        Severity.Warning,
        "\"An\" goes before a vowel sound and \"a\" before a consonant sound, whatever the spelling: \"an hour\", "
            + "\"a university\", \"an MP\", \"a NATO summit\". The fix swaps the article.",
        "\"a agreement\" -> \"an agreement\"; \"an European diplomat\" -> \"a European diplomat\"")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    /// <summary>AvsAn's answer for each word seen on this thread (the same few hundred words follow most articles).</summary>
    [ThreadStatic]
    private static Dictionary<string, AvsAn.Result>? queries;

    /// <summary>AvsAn's answer for a word, remembered per thread so that no string is made for a word seen before.</summary>
    private static AvsAn.Result Query(ReadOnlySpan<char> word, out string text)
    {
        var cache = queries ??= new Dictionary<string, AvsAn.Result>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out text!, out var result))
        {
            return result;
        }

        if (cache.Count >= 1 << 14)
        {
            cache.Clear(); // bounded: a long session sees many words once
        }

        text = word.ToString();
        result = AvsAn.Query(text);
        cache[text] = result;
        return result;
    }

    private static bool IsSilentH(ReadOnlySpan<char> word)
    {
        foreach (var h in SilentHStarts)
        {
            if (word.StartsWith(h, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public void Analyze(AnalysisContext context)
    {
        foreach (var block in context.Blocks)
        {
            var tokens = block.Tokens;
            foreach (var index in block.WordTokenIndices)
            {
                var token = block.Tokens[index];
                if (token.Length > 2)
                {
                    continue; // neither "a" nor "an"
                }

                var article = block.Span(token);
                var isAn = article.Equals("an", StringComparison.OrdinalIgnoreCase);
                if (!(isAn || article.Equals("a", StringComparison.OrdinalIgnoreCase)) || article is "AN"
                    || (article is "A" or "An" && !WordContext.IsSentenceStart(block, index))
                    || index + 2 >= tokens.Length || tokens[index + 1].Kind != TokenKind.Whitespace
                    || tokens[index + 2].Kind is not (TokenKind.Word or TokenKind.Number)
                    || (index > 0 && tokens[index - 1].Kind is not (TokenKind.Whitespace or TokenKind.LineBreak)
                        && block.Text[tokens[index - 1].Start] is not ('(' or '"' or '“' or '‘' or '['))
                    || WordContext.IsInTechnicalRun(block, index + 2))
                {
                    continue;
                }

                var nextSpan = block.Span(tokens[index + 2]);
                var result = Query(nextSpan, out var next);
                var (wanted, other) = isAn ? (result.aCount, result.anCount) : (result.anCount, result.aCount);
                // An empty prefix means no word or letter pattern overrides the default: a consonant sound.
                var ratio = WordCasing.HasUpper(nextSpan) ? MinRatioBeforeCapitals : MinRatio;
                var confident = result.Prefix.Length == 0 ? result.Article == "a" : wanted >= ratio * Math.Max(other, 1);
                if (!confident || (result.Article == "an") == isAn
                    || (isAn && IsSilentH(nextSpan)))
                {
                    continue;
                }

                var replacement = isAn ? (char.IsUpper(article[0]) ? "A" : "a") : (char.IsUpper(article[0]) ? "An" : "an");
                var fix = Fix.Replace($"Write '{replacement} {next}'", block.Block, token.Span, replacement, safe: true);
                context.Report(Descriptor, block, token.Span, $"Use '{replacement}' before '{next}'", fix);
            }
        }
    }
}
