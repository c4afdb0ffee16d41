using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialLint.LanguageServer.Protocol;

public sealed record InitializeParams
{
    public int? ProcessId { get; init; }
    public ClientInfo? ClientInfo { get; init; }
    public string? RootUri { get; init; }
    public string? RootPath { get; init; }
    public JsonElement? InitializationOptions { get; init; }
    public ClientCapabilities? Capabilities { get; init; }
    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }
}

public sealed record ClientInfo(string Name, string? Version);

public sealed record WorkspaceFolder(string Uri, string Name);

// Client capabilities are read through JsonElement paths (see ClientCapabilities.Has) so that the
// server does not need a type for every nested capability it merely tests for.
public sealed record ClientCapabilities
{
    public JsonElement? General { get; init; }
    public JsonElement? TextDocument { get; init; }
    public JsonElement? Workspace { get; init; }
    public JsonElement? Window { get; init; }

    public IReadOnlyList<string> PositionEncodings()
    {
        var found = Find(General, "positionEncodings");
        if (found is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }
        return array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList();
    }

    public bool TextDocumentHas(params string[] path) => IsTruthy(Find(TextDocument, path));

    public bool WorkspaceHas(params string[] path) => IsTruthy(Find(Workspace, path));

    private static bool IsTruthy(JsonElement? element) => element is { } e &&
        e.ValueKind is not (JsonValueKind.False or JsonValueKind.Null or JsonValueKind.Undefined);

    private static JsonElement? Find(JsonElement? root, params string[] path)
    {
        if (root is not { ValueKind: JsonValueKind.Object } current)
        {
            return null;
        }
        foreach (var key in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out var next))
            {
                return null;
            }
            current = next;
        }
        return current;
    }
}

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities
{
    public required string PositionEncoding { get; init; }
    public required TextDocumentSyncOptions TextDocumentSync { get; init; }
    public DiagnosticOptions? DiagnosticProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool HoverProvider { get; init; }
    public ExecuteCommandOptions? ExecuteCommandProvider { get; init; }
    public ServerWorkspaceCapabilities? Workspace { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

public static class TextDocumentSyncKind
{
    public const int None = 0;
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record SaveOptions(bool IncludeText);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds, bool ResolveProvider);

public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

public sealed record ServerWorkspaceCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

public sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

public sealed record InitializedParams;

// window/logMessage, window/showMessage
public sealed record LogMessageParams(int Type, string Message);

public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
    public const int Log = 4;
}

public sealed record Registration(string Id, string Method, JsonElement? RegisterOptions);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record DidChangeWatchedFilesRegistrationOptions(IReadOnlyList<FileSystemWatcher> Watchers);

public sealed record FileSystemWatcher(string GlobPattern, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Kind = null);
