using System.Reflection;
using System.Text.Json;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary><c>initialize</c>, <c>initialized</c>, <c>shutdown</c>, <c>exit</c>.</summary>
public sealed class LifecycleHandler(LanguageServerSession session, Action onInitialized)
{
    private bool receivedInitialized;

    public static IReadOnlyList<string> SupportedEncodings { get; } =
        [PositionEncodingKind.Utf16, PositionEncodingKind.Utf8, PositionEncodingKind.Utf32];

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (session.IsInitialized)
        {
            throw new LocalRpcException("initialize was already received.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
        var capabilities = parameters.Capabilities ?? new ClientCapabilities();
        session.Capabilities = capabilities;
        session.PositionEncodingName = NegotiateEncoding(capabilities.PositionEncodings());
        session.RootPath = RootPathOf(parameters);
        session.ClientPullsDiagnostics = capabilities.TextDocumentHas("diagnostic");
        session.Settings = ServerSettings.Parse(parameters.InitializationOptions);
        session.IsInitialized = true;

        return new InitializeResult(
            new ServerCapabilities
            {
                PositionEncoding = session.PositionEncodingName,
                TextDocumentSync = new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental, new SaveOptions(false)),
                DiagnosticProvider = new DiagnosticOptions("editorial-lint", InterFileDependencies: false, WorkspaceDiagnostics: true),
                CodeActionProvider = new CodeActionOptions(
                    [CodeActionKind.QuickFix, CodeActionKind.FixAllEditorialLint], ResolveProvider: false),
                HoverProvider = true,
                ExecuteCommandProvider = new ExecuteCommandOptions(ServerCommands.All),
            },
            new ServerInfo("editorial-lint", typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement? parameters = null)
    {
        // Only the first one after initialize counts (watchers are registered once).
        if (session.IsInitialized && !receivedInitialized)
        {
            receivedInitialized = true;
            session.Log(MessageType.Info,
                $"editorial-lint server ready: {session.PositionEncodingName} positions, {(session.ClientPullsDiagnostics ? "pull" : "push")} diagnostics");
            foreach (var problem in session.Settings.Problems)
            {
                session.Log(MessageType.Warning, $"Setting ignored: {problem}");
            }
            onInitialized();
        }
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        if (!session.IsInitialized)
        {
            session.EnsureInitialized();
        }
        session.IsShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => session.RequestExit();

    [JsonRpcMethod("$/setTrace")]
    public void SetTrace(JsonElement? parameters = null)
    {
    }

    /// <summary>The client's first offered encoding that we support; utf-16 when it offers none.</summary>
    public static string NegotiateEncoding(IReadOnlyList<string> offered) =>
        offered.FirstOrDefault(e => SupportedEncodings.Contains(e)) ?? PositionEncodingKind.Utf16;

    private static string? RootPathOf(InitializeParams parameters)
    {
        var uri = parameters.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters.RootUri;
        if (uri is not null)
        {
            return DocumentUris.ToPath(uri);
        }
        return parameters.RootPath;
    }
}
