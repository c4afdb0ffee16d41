using System.Collections.Concurrent;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Lints snapshots with Core and keeps the latest analysis per document, so that push, pull, hover and
/// code actions for the same version share one lint. Any configuration change bumps the generation.
/// </summary>
public sealed class DocumentAnalyzer(LanguageServerSession session, LinterProvider linters)
{
    private readonly ConcurrentDictionary<string, DocumentAnalysis> latest = new(StringComparer.Ordinal);
    // Per open document: the analysis of paragraphs an edit did not touch is reused by the next lint.
    private readonly ConcurrentDictionary<string, AnalysisCache> blockCaches = new(StringComparer.Ordinal);
    private static readonly Linter NoRules = new([]);
    private int generation;

    public int Generation => Volatile.Read(ref generation);

    public LinterProvider Linters => linters;

    /// <summary>
    /// Drops every cached result and linter: settings or configuration files changed. Returns the files whose
    /// configuration problems were forgotten (they are found again when still there).
    /// </summary>
    public IReadOnlyList<string> Invalidate()
    {
        Interlocked.Increment(ref generation);
        var cleared = linters.Reset();
        latest.Clear();
        return cleared;
    }

    public void Forget(string uri)
    {
        latest.TryRemove(uri, out _);
        blockCaches.TryRemove(uri, out _);
    }

    /// <summary>Lints the current version of an open document off the dispatch thread; null when it is not open.</summary>
    public async Task<DocumentAnalysis?> AnalyzeOpenAsync(TextDocumentIdentifier? document, CancellationToken cancellationToken)
    {
        if (document?.Uri is null || !session.Documents.TryGet(document.Uri, out var snapshot))
        {
            return null;
        }
        return await AnalyzeAsync(snapshot, cancellationToken).ConfigureAwait(false);
    }

    public Task<DocumentAnalysis> AnalyzeAsync(DocumentSnapshot snapshot, CancellationToken cancellationToken) =>
        Task.Run(() => Analyze(snapshot, cancellationToken), cancellationToken);

    public DocumentAnalysis Analyze(DocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        var currentGeneration = Generation;
        if (latest.TryGetValue(snapshot.Uri, out var cached) && ReferenceEquals(cached.Snapshot, snapshot) && cached.Generation == currentGeneration)
        {
            return cached;
        }
        var document = FormatOf(snapshot) is { } format
            ? Document.Parse(snapshot.Path, snapshot.Text, format)
            : linters.LoadDocument(snapshot.Path, snapshot.Text);
        // Configuration and rule files are not prose: they are never checked as drafts, only loaded.
        var isConfiguration = ConfigurationFiles.IsConfigurationFile(snapshot.Path);
        if (isConfiguration && Path.GetDirectoryName(Path.GetFullPath(snapshot.Path)) is { } folder)
        {
            linters.Validate(folder);
        }
        var linter = isConfiguration ? NoRules : linters.For(snapshot.Path);
        var result = isConfiguration
            ? linter.Lint(document, cancellationToken)
            : linter.Lint(document, blockCaches.GetOrAdd(snapshot.Uri, _ => new AnalysisCache()), cancellationToken);
        if (!isConfiguration)
        {
            WarmUp.AfterFirstLint(linter, document);
        }
        // Core strips a byte order mark; the client's buffer positions still count it.
        var shift = document.HasBom && snapshot.Text.Length > 0 && snapshot.Text[0] == '\uFEFF' ? 1 : 0;
        var mapper = new DiagnosticMapper(new PositionMapper(snapshot.Source, session.PositionEncoding, shift));
        var diagnostics = result.Diagnostics.Select(mapper.ToLsp).ToList();
        if (linters.ProblemIn(snapshot.Path) is { } problem)
        {
            diagnostics.Insert(0, mapper.ToLsp(problem));
        }
        var analysis = new DocumentAnalysis(snapshot, currentGeneration, result, mapper, diagnostics);
        latest.AddOrUpdate(snapshot.Uri, analysis, (_, existing) =>
            existing.Snapshot.Version > snapshot.Version && existing.Generation >= currentGeneration ? existing : analysis);
        MemoryTrimmer.AfterLint();
        return analysis;
    }

    /// <summary>The format the client's language id names; null for other languages (the configuration decides).</summary>
    public static DocumentFormat? FormatOf(DocumentSnapshot snapshot) => snapshot.LanguageId.ToLowerInvariant() switch
    {
        "markdown" or "mdx" => DocumentFormat.Markdown,
        "plaintext" or "text" => DocumentFormat.PlainText,
        _ => null,
    };
}
