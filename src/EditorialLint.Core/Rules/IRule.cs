using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules;

/// <summary>
/// A rule reads the shared analysis of one document and reports diagnostics through the context. Rules are
/// stateless and thread-safe: one instance serves every document; per-run data lives in the context.
/// A rule whose findings for a block depend only on that block (plus named document-wide facts) says so in
/// <see cref="RuleDescriptor.Locality"/>; the editor then re-runs it only on the blocks an edit changed, with a
/// context whose <see cref="AnalysisContext.Blocks"/> holds just that block (and its declared neighbours).
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(AnalysisContext context);
}
