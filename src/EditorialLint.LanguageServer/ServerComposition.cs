using EditorialLint.LanguageServer.Handlers;
using EditorialLint.LanguageServer.Workspace;

namespace EditorialLint.LanguageServer;

/// <summary>Wires the handlers of the real server together.</summary>
public static class ServerComposition
{
    public static LspServer Create(Stream input, Stream output, TextWriter? trace) =>
        new(input, output, trace, session =>
        {
            var analyzer = new DocumentAnalyzer(session, new LinterProvider(session));
            var pipeline = new DiagnosticsPipeline(session, analyzer);
            var workspace = new WorkspaceHandler(session, pipeline);
            return
            [
                new LifecycleHandler(session, () => _ = workspace.StartAsync()),
                new TextSyncHandler(session, pipeline),
                workspace,
                new DiagnosticHandler(session, analyzer),
                new CodeActionHandler(session, analyzer),
                new HoverHandler(session, analyzer),
                new CommandHandler(session, analyzer, pipeline),
                new DocumentInfoHandler(session, analyzer),
            ];
        });
}
