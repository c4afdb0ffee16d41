using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>Pull diagnostics: <c>textDocument/diagnostic</c> and <c>workspace/diagnostic</c>.</summary>
public sealed class DiagnosticHandler(LanguageServerSession session, DocumentAnalyzer analyzer)
{
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DocumentDiagnostic(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        session.EnsureInitialized();
        if (await analyzer.AnalyzeOpenAsync(parameters.TextDocument, cancellationToken).ConfigureAwait(false) is not { } analysis)
        {
            // Not open: nothing to report for a buffer the server does not hold.
            return DocumentDiagnosticReport.Full($"closed:{analyzer.Generation}", []);
        }
        return parameters.PreviousResultId == analysis.ResultId
            ? DocumentDiagnosticReport.Unchanged(analysis.ResultId)
            : DocumentDiagnosticReport.Full(analysis.ResultId, analysis.Diagnostics);
    }

    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceDiagnosticReport> WorkspaceDiagnostic(WorkspaceDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        session.EnsureInitialized();
        var previous = (parameters.PreviousResultIds ?? []).ToDictionary(p => p.Uri, p => p.Value, StringComparer.Ordinal);
        var items = new List<WorkspaceDocumentDiagnosticReport>();
        foreach (var snapshot in session.Documents.All.OrderBy(s => s.Uri, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = await analyzer.AnalyzeAsync(snapshot, cancellationToken).ConfigureAwait(false);
            var unchanged = previous.TryGetValue(snapshot.Uri, out var id) && id == analysis.ResultId;
            items.Add(new WorkspaceDocumentDiagnosticReport
            {
                Kind = unchanged ? "unchanged" : "full",
                ResultId = analysis.ResultId,
                Items = unchanged ? null : analysis.Diagnostics,
                Uri = snapshot.Uri,
                Version = snapshot.Version,
            });
        }
        return new WorkspaceDiagnosticReport(items);
    }
}
