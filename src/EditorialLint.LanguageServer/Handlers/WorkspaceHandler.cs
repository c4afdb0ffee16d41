using System.Text.Json;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>Settings (didChangeConfiguration, workspace/configuration) and watched configuration files.</summary>
public sealed class WorkspaceHandler(LanguageServerSession session, IWorkspaceListener listener)
{
    /// <summary>Files whose change means "reload the configuration and re-lint".</summary>
    public static IReadOnlyList<string> WatchedGlobs { get; } =
        ["**/.editoriallint.yaml", "**/.editoriallint.yml", "**/.vale.ini", "**/*.yml", "**/*.yaml", "**/accept.txt", "**/reject.txt"];

    [JsonRpcMethod("workspace/didChangeConfiguration", UseSingleObjectParameterDeserialization = true)]
    public async Task DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!session.IsInitialized)
        {
            return;
        }
        if (parameters.Settings is { ValueKind: JsonValueKind.Object } settings && settings.TryGetProperty(ServerSettings.Section, out _))
        {
            ApplySettings(settings);
            return;
        }
        // VS Code style: the notification carries nothing useful, ask for the section.
        await PullConfigurationAsync().ConfigureAwait(false);
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (session.IsInitialized && parameters.Changes is { Count: > 0 } changes)
        {
            listener.FilesChanged(changes);
        }
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders")]
    public void DidChangeWorkspaceFolders(JsonElement? parameters = null)
    {
    }

    /// <summary>After <c>initialized</c>: fetch settings when the client serves them and register file watchers.</summary>
    public async Task StartAsync()
    {
        if (session.Capabilities.WorkspaceHas("didChangeWatchedFiles", "dynamicRegistration"))
        {
            var options = new DidChangeWatchedFilesRegistrationOptions([.. WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g))]);
            var registration = new Registration("editorial-lint-watch", "workspace/didChangeWatchedFiles", LspJson.ToElement(options));
            try
            {
                await session.Rpc.InvokeWithParameterObjectAsync("client/registerCapability", new RegistrationParams([registration])).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
            {
                session.Log(MessageType.Warning, $"Could not register file watchers: {ex.Message}");
            }
        }
        await PullConfigurationAsync().ConfigureAwait(false);
    }

    private async Task PullConfigurationAsync()
    {
        if (!session.Capabilities.WorkspaceHas("configuration"))
        {
            return;
        }
        try
        {
            var items = new ConfigurationParams([new ConfigurationItem(null, ServerSettings.Section)]);
            var result = await session.Rpc.InvokeWithParameterObjectAsync<JsonElement>("workspace/configuration", items).ConfigureAwait(false);
            if (result.ValueKind == JsonValueKind.Array && result.GetArrayLength() > 0)
            {
                ApplySettings(result[0]);
            }
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException or JsonException)
        {
            session.Log(MessageType.Warning, $"workspace/configuration failed: {ex.Message}");
        }
    }

    private void ApplySettings(JsonElement element)
    {
        var updated = ServerSettings.Parse(element, session.Settings);
        foreach (var problem in updated.Problems)
        {
            session.Log(MessageType.Warning, $"Setting ignored: {problem}");
        }
        if (updated with { Problems = [] } == session.Settings with { Problems = [] })
        {
            return;
        }
        session.Settings = updated;
        listener.SettingsChanged();
    }
}

/// <summary>Workspace-level events for the diagnostics pipeline.</summary>
public interface IWorkspaceListener
{
    void SettingsChanged();

    void FilesChanged(IReadOnlyList<FileEvent> changes);
}
