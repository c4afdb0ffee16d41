using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Handlers;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Push diagnostics: lints open documents after a debounce, drops work for superseded versions and
/// publishes only for the version that is still current. In pull mode it only keeps the cache honest
/// and asks the client to refresh when the configuration changes.
/// </summary>
public sealed class DiagnosticsPipeline : IDocumentListener, IWorkspaceListener
{
    private readonly LanguageServerSession session;
    private readonly DocumentAnalyzer analyzer;
    private readonly LintScheduler scheduler;

    public DiagnosticsPipeline(LanguageServerSession session, DocumentAnalyzer analyzer)
    {
        this.session = session;
        this.analyzer = analyzer;
        scheduler = new LintScheduler(LintAndPublishAsync, () => session.Settings.DebounceMs,
            ex => session.Log(MessageType.Error, $"Linting failed: {ex}"),
            // During the debounce: lint the new version at once (a newer one cancels it); the debounce's end publishes.
            prepare: (snapshot, cancellationToken) => analyzer.Analyze(snapshot, cancellationToken));
        analyzer.Linters.ProblemsChanged += ConfigurationProblemFound;
    }

    public LintScheduler Scheduler => scheduler;

    public void Opened(DocumentSnapshot snapshot) => Schedule(snapshot, immediate: true);

    public void Changed(DocumentSnapshot snapshot) => Schedule(snapshot, immediate: false);

    public void Closed(string uri)
    {
        scheduler.Cancel(uri);
        analyzer.Forget(uri);
        if (!session.ClientPullsDiagnostics)
        {
            session.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, []));
        }
    }

    public void Saved(string uri)
    {
        if (ConfigurationFiles.IsConfigurationFile(DocumentUris.ToPath(uri)))
        {
            ConfigurationChanged();
        }
    }

    public void SettingsChanged()
    {
        session.Log(MessageType.Info, $"Settings: {Describe(session.Settings)}");
        ConfigurationChanged();
    }

    public void FilesChanged(IReadOnlyList<FileEvent> changes)
    {
        if (changes.Any(c => ConfigurationFiles.IsConfigurationFile(DocumentUris.ToPath(c.Uri))))
        {
            ConfigurationChanged();
        }
    }

    /// <summary>Re-lints every open document with freshly loaded configuration.</summary>
    public void ConfigurationChanged()
    {
        foreach (var file in analyzer.Invalidate())
        {
            // Problems still there are found again by the re-lint; clear the rest.
            if (OpenDocumentAt(file) is null && Path.IsPathRooted(file))
            {
                session.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUris.FromPath(file), null, []));
            }
        }
        if (session.ClientPullsDiagnostics)
        {
            if (session.Capabilities.WorkspaceHas("diagnostics", "refreshSupport"))
            {
                _ = RefreshAsync();
            }
            return;
        }
        foreach (var snapshot in session.Documents.All)
        {
            scheduler.Schedule(snapshot, immediate: true);
        }
    }

    /// <summary>A configuration or rule file is broken: show it on that file, open or not.</summary>
    private void ConfigurationProblemFound(string file)
    {
        if (OpenDocumentAt(file) is { } open)
        {
            if (session.ClientPullsDiagnostics)
            {
                _ = RefreshAsync();
            }
            else
            {
                scheduler.Schedule(open, immediate: true);
            }
            return;
        }
        if (analyzer.Linters.ProblemIn(file) is not { } problem || !File.Exists(file))
        {
            return;
        }
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            text = "";
        }
        var mapper = new DiagnosticMapper(new PositionMapper(SourceText.From(text), session.PositionEncoding));
        session.Notify("textDocument/publishDiagnostics", new PublishDiagnosticsParams(DocumentUris.FromPath(file), null, [mapper.ToLsp(problem)]));
    }

    private DocumentSnapshot? OpenDocumentAt(string file) =>
        session.Documents.All.FirstOrDefault(s => Path.IsPathRooted(s.Path) && Path.GetFullPath(s.Path) == file);

    private void Schedule(DocumentSnapshot snapshot, bool immediate)
    {
        if (!session.ClientPullsDiagnostics)
        {
            scheduler.Schedule(snapshot, immediate);
        }
    }

    private async Task LintAndPublishAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        // The scheduler calls this at the end of the debounce, when the lint made during it is normally cached (one per
        // version, shared with pull and hover), or on a thread-pool thread without a debounce: lint right here rather
        // than queue the lint once more (each hop is a wait for a thread when the machine is busy).
        var lintStart = LatencyTrace.Now();
        var analysis = analyzer.Analyze(snapshot, cancellationToken);
        LatencyTrace.Write($"v={snapshot.Version} lint={LatencyTrace.Ms(lintStart, LatencyTrace.Now())}");
        // Never publish for a version the client has already moved past.
        if (cancellationToken.IsCancellationRequested || !session.Documents.IsCurrent(snapshot))
        {
            return;
        }
        await session.Rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics",
            new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, analysis.Diagnostics)).ConfigureAwait(false);
    }

    private async Task RefreshAsync()
    {
        try
        {
            await session.Rpc.InvokeWithParameterObjectAsync("workspace/diagnostic/refresh").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StreamJsonRpc.RemoteInvocationException or StreamJsonRpc.ConnectionLostException or ObjectDisposedException)
        {
            session.Log(MessageType.Warning, $"workspace/diagnostic/refresh failed: {ex.Message}");
        }
    }

    private static string Describe(ServerSettings s) =>
        $"minSeverity={s.MinSeverity ?? "(default)"}, publicationDate={s.PublicationDate?.ToString("yyyy-MM-dd") ?? "(detected)"}, " +
        $"enabledStyles=[{string.Join(", ", s.EnabledStyles)}], configPath={s.ConfigPath ?? "(discovered)"}, debounceMs={s.DebounceMs}";
}
