using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer;

/// <summary>State shared by the handlers of one client connection.</summary>
public sealed class LanguageServerSession
{
    private readonly TaskCompletionSource<int> exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter? trace;
    private volatile ServerSettings settings = ServerSettings.Default;

    public LanguageServerSession(JsonRpc rpc, TextWriter? trace)
    {
        Rpc = rpc;
        this.trace = trace;
    }

    public JsonRpc Rpc { get; }

    public DocumentStore Documents { get; } = new();

    public ClientCapabilities Capabilities { get; set; } = new();

    /// <summary>The negotiated position encoding, as sent on the wire ("utf-16", ...).</summary>
    public string PositionEncodingName { get; set; } = PositionEncodingKind.Utf16;

    public PositionEncoding PositionEncoding => PositionEncodingKind.ToCore(PositionEncodingName);

    /// <summary>Workspace root directory, when the client gave one.</summary>
    public string? RootPath { get; set; }

    public bool IsInitialized { get; set; }

    public bool IsShutdownRequested { get; set; }

    /// <summary>True when the client pulls diagnostics (textDocument/diagnostic) instead of receiving pushes.</summary>
    public bool ClientPullsDiagnostics { get; set; }

    public ServerSettings Settings
    {
        get => settings;
        set => settings = value;
    }

    /// <summary>Completes with the process exit code once the client sent <c>exit</c>.</summary>
    public Task<int> ExitRequested => exit.Task;

    public void RequestExit() => exit.TrySetResult(IsShutdownRequested ? 0 : 1);

    public void EnsureInitialized()
    {
        if (!IsInitialized)
        {
            throw new LocalRpcException("The server has not been initialized.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }
        if (IsShutdownRequested)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Sends <c>window/logMessage</c> (and mirrors it to the trace writer, stderr by default).</summary>
    public void Log(int type, string message)
    {
        trace?.WriteLine($"[{Label(type)}] {message}");
        if (IsInitialized)
        {
            Notify("window/logMessage", new LogMessageParams(type, message));
        }
    }

    public void Notify(string method, object parameters)
    {
        _ = NotifySafelyAsync(method, parameters);
    }

    private async Task NotifySafelyAsync(string method, object parameters)
    {
        try
        {
            await Rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException or OperationCanceledException)
        {
            trace?.WriteLine($"[error] could not send {method}: {ex.Message}");
        }
    }

    private static string Label(int type) => type switch
    {
        MessageType.Error => "error",
        MessageType.Warning => "warning",
        MessageType.Info => "info",
        _ => "log",
    };
}
