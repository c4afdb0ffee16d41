using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Attribution;

/// <summary>Claims pinned on nobody in particular: "according to multiple sources", "it is understood".</summary>
public sealed class VagueRule : IRule
{
    private static readonly PhraseMatcher Phrases = new(
    [
        "according to multiple|several|many|various|some|unnamed|anonymous|informed|diplomatic|local|unidentified|western|senior? sources",
        "according to people familiar with the matter|situation",
        "according to reports",
        "sources say|said|tell|told|suggest|suggested|claim|claimed|believe",
        "sources close to",
        "multiple|several|many|various|unnamed|informed sources",
        "it is|was understood|believed|thought|said|rumoured|rumored that?",
        "it has|had been reported|suggested|claimed|said",
        "observers believe|say|said|note|noted|suggest|think",
        "critics say|said|argue|argued|believe|claim",
        "experts believe|say|said|think|warn|warned|agree",
        "some say|said|believe|argue|think|claim",
        "many people|observers|analysts? think|believe|say|feel",
        "people are saying",
        "it is widely believed|thought|understood|reported",
        "reportedly",
    ]);

    public RuleDescriptor Descriptor { get; } = new(
        "Attribution.Vague",
        "Vague attribution",
        Severity.Warning,
        "A claim is pinned on nobody in particular. Readers cannot weigh a claim whose source they cannot see: "
        + "name the source, or say how many sources, who they are and why they cannot be named.",
        "\"According to multiple sources, a deal is near.\" -> \"Two diplomats briefed on the talks, who spoke on condition of anonymity because they were not authorised to discuss them, said a deal was near.\"");

    public void Analyze(AnalysisContext context)
    {
        foreach (BlockAnalysis block in context.Blocks)
        {
            foreach (var (span, _) in Phrases.Matches(block))
            {
                string phrase = block.TextOf(span).Replace('\n', ' ').Replace("\r", string.Empty);
                context.Report(Descriptor, block, span, $"'{phrase}' does not say who the source is; name the source or explain why it cannot be named");
            }
        }
    }
}
