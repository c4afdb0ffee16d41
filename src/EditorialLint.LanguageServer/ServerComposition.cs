using EditorialLint.LanguageServer.Handlers;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;

namespace EditorialLint.LanguageServer;

/// <summary>Wires the handlers of the real server together.</summary>
public static class ServerComposition
{
    public static LspServer Create(Stream input, Stream output, TextWriter? trace) =>
        new(input, output, trace, session =>
        {
            var pipeline = new PhaseOneListener();
            WorkspaceHandler? workspace = null;
            workspace = new WorkspaceHandler(session, pipeline);
            return
            [
                new LifecycleHandler(session, () => _ = workspace.StartAsync()),
                new TextSyncHandler(session, pipeline),
                workspace,
            ];
        });

    private sealed class PhaseOneListener : IDocumentListener, IWorkspaceListener
    {
        public void Opened(DocumentSnapshot snapshot) { }
        public void Changed(DocumentSnapshot snapshot) { }
        public void Closed(string uri) { }
        public void Saved(string uri) { }
        public void SettingsChanged() { }
        public void FilesChanged(IReadOnlyList<FileEvent> changes) { }
    }
}
