using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;

namespace EditorialLint.Core.Fixing;

/// <summary>
/// What applying safe fixes to one document did: the lint result before and after, how many fixes were applied
/// over all passes, and the diagnostics whose safe fixes were not applied because they overlap another fix.
/// </summary>
public sealed record FixOutcome(LintResult Before, LintResult After, int Applied, IReadOnlyList<Diagnostic> Overlapping, int Passes)
{
    public string OriginalText => Before.Document.Source.Text;

    public string FixedText => After.Document.Source.Text;

    public bool Changed => !string.Equals(OriginalText, FixedText, StringComparison.Ordinal);
}
