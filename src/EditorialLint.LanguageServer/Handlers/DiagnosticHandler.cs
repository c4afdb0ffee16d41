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
        if (!session.Documents.IsCurrent(analysis.Snapshot))
        {
            // An edit arrived while linting: never answer for a stale version, ask the client to pull again.
            throw new LocalRpcException("The document changed while it was being checked.")
            {
                ErrorCode = LspErrorCodes.ServerCancelled,
                ErrorData = new DiagnosticServerCancellationData(RetriggerRequest: true),
            };
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
