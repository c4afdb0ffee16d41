namespace EditorialLint.Core.Analysis;

/// <summary>
/// A document-wide analysis (dates, names, ...) computed at most once per document, on first use, and shared
/// by every rule that asks for it through <see cref="AnalysisContext.Get{T}"/>.
/// </summary>
public interface IDocumentAnalysis<out TSelf>
    where TSelf : class, IDocumentAnalysis<TSelf>
{
    static abstract TSelf Create(AnalysisContext context);
}
