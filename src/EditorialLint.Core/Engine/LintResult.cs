using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Engine;

/// <summary>The diagnostics of one document, sorted by position then rule id, and the analysis behind them.</summary>
public sealed record LintResult(Document Document, AnalysisContext Context, ImmutableArray<Diagnostic> Diagnostics)
{
    public PublicationDate? PublicationDate => Context.PublicationDate;
}
