using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Attribution;

/// <summary>
/// Claims pinned on nobody in particular: "according to multiple sources", "it is understood", "critics say".
/// The phrases are data, read from rules/attribution/vague.yaml (embedded); a newsroom extends that file or passes
/// its own lists to the constructor. Phrases inside a direct quotation are the speaker's, not the writer's.
/// </summary>
public sealed class VagueRule : IRule
{
    /// <summary>The built-in data file, under rules/.</summary>
    public const string DataFile = "attribution/vague.yaml";

    private static readonly Lazy<PhraseMatcher> BuiltIn = new(() => CreateMatcher(PhraseLists.LoadEmbedded(DataFile)));

    private readonly Lazy<PhraseMatcher> phrases;

    public VagueRule()
    {
        phrases = BuiltIn;
    }

    /// <summary>A rule reading every list of <paramref name="lists"/> (for example the built-in lists merged with a newsroom's).</summary>
    public VagueRule(PhraseLists lists)
    {
        phrases = new Lazy<PhraseMatcher>(CreateMatcher(lists));
    }

    public RuleDescriptor Descriptor { get; } = new(
        "Attribution.Vague",
        "Vague attribution",
        Severity.Warning,
        "A claim is pinned on nobody in particular. Readers cannot weigh a claim whose source they cannot see: "
        + "name the source, or say how many sources, who they are and why they cannot be named. "
        + "The phrases come from rules/attribution/vague.yaml, which a newsroom can extend.",
        "\"According to multiple sources, a deal is near.\" -> \"Two diplomats briefed on the talks, who spoke on condition of anonymity because they were not authorised to discuss them, said a deal was near.\"")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    /// <summary>The built-in phrase lists, for merging with a newsroom's own.</summary>
    public static PhraseLists BuiltInLists() => PhraseLists.LoadEmbedded(DataFile);

    public void Analyze(AnalysisContext context)
    {
        var quotations = context.Get<QuotationAnalysis>();
        foreach (BlockAnalysis block in context.Blocks)
        {
            foreach (var (span, _) in phrases.Value.Matches(block))
            {
                if (quotations.IsQuoted(block, span.Start) || NamesAnAgent(block, span))
                {
                    continue;
                }

                string phrase = block.TextOf(span).Replace('\n', ' ').Replace("\r", string.Empty);
                context.Report(Descriptor, block, span, $"'{phrase}' does not say who the source is; name the source or explain why it cannot be named");
            }
        }
    }

    /// <summary>
    /// Not an attribution after all: a passive that names who says so ("it is alleged by Texaco"), or sources
    /// that are things ("several sources of energy").
    /// </summary>
    private static bool NamesAnAgent(BlockAnalysis block, Text.TextSpan span)
    {
        int last = block.TokenIndexAt(span.End - 1);
        int next = block.NextWord(last);
        if (next < 0 || !block.Text.AsSpan(span.End, block.Tokens[next].Start - span.End).IsWhiteSpace())
        {
            return false;
        }

        ReadOnlySpan<char> following = block.Span(block.Tokens[next]);
        return following.Equals("by", StringComparison.OrdinalIgnoreCase)
            || (following.Equals("of", StringComparison.OrdinalIgnoreCase) && block.Span(block.Tokens[last]).Equals("sources", StringComparison.OrdinalIgnoreCase));
    }

    private static PhraseMatcher CreateMatcher(PhraseLists lists) => new(lists.Names.SelectMany(name => lists[name]));
}
