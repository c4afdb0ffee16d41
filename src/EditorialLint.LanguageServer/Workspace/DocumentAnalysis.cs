using EditorialLint.Core.Engine;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>The lint result of one document snapshot under one configuration generation.</summary>
public sealed record DocumentAnalysis(
    DocumentSnapshot Snapshot,
    int Generation,
    LintResult Result,
    DiagnosticMapper Mapper,
    IReadOnlyList<LspDiagnostic> Diagnostics)
{
    /// <summary>Identifies this result for pull diagnostics (<c>previousResultId</c>).</summary>
    public string ResultId => $"{Snapshot.Version}:{Generation}";
}
