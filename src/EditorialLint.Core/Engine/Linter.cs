using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Engine;

/// <summary>
/// Runs the pipeline for one document: analysis (computed once, shared) → rules → severity and level filters.
/// A linter is immutable and thread-safe; lint documents in parallel with one instance.
/// </summary>
public sealed class Linter
{
    private readonly ImmutableArray<IRule> rules;

    public Linter(IEnumerable<IRule> rules, LintOptions? options = null)
    {
        Options = options ?? LintOptions.Default;
        this.rules = rules.Where(r => Options.IsEnabled(r.Descriptor)).ToImmutableArray();
    }

    public LintOptions Options { get; }

    /// <summary>The rules that will run (enabled ones only).</summary>
    public ImmutableArray<IRule> Rules => rules;

    public static Linter CreateDefault(LintOptions? options = null) => new(BuiltInRules.All, options);

    public LintResult Lint(Document document, CancellationToken cancellationToken = default) => Lint(document, null, cancellationToken);

    /// <summary>
    /// Lints one version of a document, reusing from <paramref name="cache"/> the analysis of every block whose text
    /// an earlier version had (pass one cache per open document; null lints from scratch), and the findings of
    /// block-local rules (<see cref="RuleLocality"/>) for every block whose content and declared facts are unchanged.
    /// Results are the same as a fresh lint's.
    /// </summary>
    public LintResult Lint(Document document, AnalysisCache? cache, CancellationToken cancellationToken = default)
    {
        var context = new AnalysisContext(document, Options, cache, cancellationToken);
        if (cache is null)
        {
            foreach (IRule rule in rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rule.Analyze(context);
            }
        }
        else
        {
            // Block-local rules run only on the blocks whose content (or declared facts) changed since the last version.
            // One lint at a time per cache: the language server may lint a document for a push and a pull at once.
            lock (cache.RuleResults)
            {
                cache.RuleResults.Run(context, rules, Options);
                cache.Trim();
            }
        }

        var diagnostics = Filtering.IgnorePatterns.Apply(document, Options.IgnorePatterns, Filtering.InlineControl.Apply(document, context.Diagnostics))
            .Select(d => d with { Severity = Options.SeverityOf(d.Rule, d.Severity) })
            .Where(d => d.Severity >= Options.MinSeverity)
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Span.End)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintResult(document, context, diagnostics);
    }
}
