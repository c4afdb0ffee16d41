using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules;

/// <summary>
/// A rule reads the shared analysis of one document and reports diagnostics through the context. Rules are
/// stateless and thread-safe: one instance serves every document; per-run data lives in the context.
/// </summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Analyze(AnalysisContext context);
}
