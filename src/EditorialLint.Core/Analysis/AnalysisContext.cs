using System.Collections.Immutable;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Everything a rule may read about one document (computed once, shared) and the sink it reports to.
/// One context per document and run; it is not shared between threads while rules run.
/// </summary>
public sealed class AnalysisContext
{
    private readonly Lazy<ImmutableArray<BlockAnalysis>> blocks;
    private readonly Dictionary<Type, object> analyses = new();
    private readonly List<Diagnostic> diagnostics = new();
    private readonly AnalysisContext? parent;

    public AnalysisContext(Document document, LintOptions options, CancellationToken cancellationToken = default)
        : this(document, options, cache: null, cancellationToken)
    {
    }

    /// <summary>A context whose block analyses come from (and go to) <paramref name="cache"/> when it is given.</summary>
    public AnalysisContext(Document document, LintOptions options, AnalysisCache? cache, CancellationToken cancellationToken = default)
    {
        Document = document;
        Options = options;
        CancellationToken = cancellationToken;
        PublicationDate = PublicationDateDetector.Detect(document, options.PublishedOverride);
        Cache = cache;
        blocks = new Lazy<ImmutableArray<BlockAnalysis>>(() => document.Blocks.Select(b => cache is null ? new BlockAnalysis(b) : cache.Analyze(b)).ToImmutableArray());
    }

    /// <summary>
    /// A context for running a block-local rule (<see cref="RuleLocality"/>) on some blocks of the document only:
    /// <see cref="Blocks"/> is <paramref name="window"/>, document-wide analyses come from <paramref name="parent"/>,
    /// and diagnostics go to a list of its own.
    /// </summary>
    internal AnalysisContext(AnalysisContext parent, ImmutableArray<BlockAnalysis> window)
    {
        this.parent = parent;
        Document = parent.Document;
        Options = parent.Options;
        CancellationToken = parent.CancellationToken;
        PublicationDate = parent.PublicationDate;
        Cache = parent.Cache;
        blocks = new Lazy<ImmutableArray<BlockAnalysis>>(window);
    }

    public Document Document { get; }

    public LintOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The date the article was published, and where that date came from; null when unknown.</summary>
    public PublicationDate? PublicationDate { get; }

    public ImmutableArray<BlockAnalysis> Blocks => blocks.Value;

    /// <summary>The cache kept between versions of the document (editor), or null.</summary>
    internal AnalysisCache? Cache { get; }

    /// <summary>True when <see cref="BlockPart{T}"/> keeps parts between versions (an editor's lint), false for a one-off lint.</summary>
    public bool KeepsBlockParts => Cache is not null;

    /// <summary>
    /// One block's part of a document-wide analysis (its dates, its names, its word counts), kept between versions of
    /// the document when the lint has a cache: <paramref name="create"/> runs only when no earlier version had a block
    /// with the same text and the same <paramref name="key"/> (what else the part depends on: the block's index, the
    /// publication date, ...; compared with <see cref="object.Equals(object)"/>). The part must depend on nothing else.
    /// </summary>
    public T BlockPart<T>(BlockAnalysis block, string part, object? key, Func<T> create)
        where T : notnull =>
        Cache is null ? create() : Cache.Part(part, block.Text, key, create);

    internal IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    /// <summary>Adds diagnostics already checked (found in an earlier version of the document and relocated).</summary>
    internal void AddChecked(IEnumerable<Diagnostic> found) => diagnostics.AddRange(found);

    /// <summary>The document-wide analysis of type <typeparamref name="T"/>, computed on first use.</summary>
    public T Get<T>()
        where T : class, IDocumentAnalysis<T>
    {
        if (parent is not null)
        {
            return parent.Get<T>();
        }

        if (analyses.TryGetValue(typeof(T), out object? existing))
        {
            return (T)existing;
        }

        T created = T.Create(this);
        analyses[typeof(T)] = created;
        return created;
    }

    public void Report(Diagnostic diagnostic)
    {
        TextSpan span = diagnostic.Span;
        if (span.Start < 0 || span.End > Document.Source.Length)
        {
            throw new InvalidOperationException($"rule {diagnostic.RuleId} reported {span}, outside the document (length {Document.Source.Length})");
        }

        diagnostics.Add(diagnostic);
    }

    /// <summary>Reports a prose range of a block; the diagnostic covers exactly the source characters behind it.</summary>
    public void Report(RuleDescriptor rule, BlockAnalysis block, TextSpan proseSpan, string message, params Fix[] fixes) =>
        Report(new Diagnostic(rule, block.ToSource(proseSpan), message, fixes));
}
