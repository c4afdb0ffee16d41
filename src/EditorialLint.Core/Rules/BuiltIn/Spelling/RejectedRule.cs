using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// Terms the project vocabulary rejects (reject.txt in Vale's layout, like Vale.Avoid): every whole-word
/// occurrence in prose is an error. Silent when no vocabulary is configured.
/// </summary>
public sealed class RejectedRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.Rejected",
        "Term rejected by the project vocabulary",
        Severity.Error,
        "The project's vocabulary (reject.txt) lists this term as one never to use, for example a misspelled brand "
            + "or a banned word. Rewrite it; accepted spellings go in accept.txt.",
        "with \"alot\" in reject.txt: \"alot of people\" is flagged");

    public void Analyze(AnalysisContext context)
    {
        var vocabulary = context.Options.Vocabulary;
        if (vocabulary.RejectedTerms.Count == 0)
        {
            return;
        }

        foreach (var block in context.Blocks)
        {
            foreach (var (start, length) in vocabulary.FindRejected(block.Text))
            {
                var span = new TextSpan(start, length);
                context.Report(Descriptor, block, span, $"'{block.TextOf(span)}' is on the project's reject list");
            }
        }
    }
}
