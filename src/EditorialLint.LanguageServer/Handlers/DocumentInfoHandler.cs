using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>
/// Custom request <c>editorialLint/documentInfo</c>: the publication date the checks use for a document
/// and where it came from (for an editor's status bar).
/// </summary>
public sealed class DocumentInfoHandler(LanguageServerSession session, DocumentAnalyzer analyzer)
{
    [JsonRpcMethod("editorialLint/documentInfo", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentInfo> DocumentInfo(DocumentInfoParams parameters, CancellationToken cancellationToken)
    {
        session.EnsureInitialized();
        var analysis = await analyzer.AnalyzeOpenAsync(parameters.TextDocument, cancellationToken).ConfigureAwait(false)
            ?? throw new LocalRpcException($"Document is not open: {parameters.TextDocument?.Uri}") { ErrorCode = LspErrorCodes.InvalidParams };
        var date = analysis.Result.PublicationDate;
        return new DocumentInfo(date?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date?.Description);
    }
}
