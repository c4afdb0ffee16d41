using EditorialLint.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer;

/// <summary>One JSON-RPC connection: framing, dispatch in arrival order, and the feature handlers.</summary>
public sealed class LspServer : IDisposable
{
    private readonly LspMessageHandler messageHandler;

    public LspServer(Stream input, Stream output, TextWriter? trace, Func<LanguageServerSession, IEnumerable<object>> handlers)
    {
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = LspJson.CreateOptions() };
        messageHandler = new LspMessageHandler(input, output, formatter);
        Rpc = new JsonRpc(messageHandler)
        {
            // Notifications such as didChange must be applied in the order they arrived.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
        Session = new LanguageServerSession(Rpc, trace);
        messageHandler.OnProtocolError = message => Session.Log(MessageType.Error, message);
        foreach (var handler in handlers(Session))
        {
            Rpc.AddLocalRpcTarget(handler, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        }
    }

    public JsonRpc Rpc { get; }

    public LanguageServerSession Session { get; }

    /// <summary>Runs until <c>exit</c> or the end of input. Returns the process exit code.</summary>
    public async Task<int> RunAsync()
    {
        Rpc.StartListening();
        var finished = await Task.WhenAny(Rpc.Completion, Session.ExitRequested).ConfigureAwait(false);
        if (finished == Session.ExitRequested)
        {
            return await Session.ExitRequested.ConfigureAwait(false);
        }
        try
        {
            await Rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync($"editorial-lint server: connection ended: {ex.Message}").ConfigureAwait(false);
        }
        // End of input without shutdown/exit: the client went away.
        return Session.IsShutdownRequested ? 0 : 1;
    }

    public void Dispose()
    {
        Rpc.Dispose();
        messageHandler.Dispose();
    }
}
