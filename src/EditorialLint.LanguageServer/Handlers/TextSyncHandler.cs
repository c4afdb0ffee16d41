using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>didOpen / didChange / didClose / didSave. The server lints the buffer, never the file on disk.</summary>
public sealed class TextSyncHandler(LanguageServerSession session, IDocumentListener listener)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!session.IsInitialized || parameters.TextDocument is null)
        {
            return;
        }
        listener.Opened(session.Documents.Open(parameters.TextDocument));
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!session.IsInitialized || parameters.TextDocument is null)
        {
            return;
        }
        var updated = session.Documents.Change(parameters.TextDocument, parameters.ContentChanges ?? [], session.PositionEncoding);
        if (updated is null)
        {
            session.Log(MessageType.Warning, $"didChange for a document that is not open: {parameters.TextDocument.Uri}");
            return;
        }
        listener.Changed(updated);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!session.IsInitialized || parameters.TextDocument is null)
        {
            return;
        }
        if (session.Documents.Close(parameters.TextDocument.Uri))
        {
            listener.Closed(parameters.TextDocument.Uri);
        }
    }

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        if (session.IsInitialized && parameters.TextDocument is not null)
        {
            listener.Saved(parameters.TextDocument.Uri);
        }
    }
}

/// <summary>What happens to open documents, for the diagnostics pipeline.</summary>
public interface IDocumentListener
{
    void Opened(DocumentSnapshot snapshot);

    void Changed(DocumentSnapshot snapshot);

    void Closed(string uri);

    void Saved(string uri);
}
