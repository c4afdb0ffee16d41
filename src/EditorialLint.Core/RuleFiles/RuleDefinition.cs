using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.RuleFiles;

/// <summary>The <c>extends:</c> value of a rule file.</summary>
public enum RuleKind
{
    Existence,
    Substitution,
    Occurrence,
    Repetition,
    Consistency,
    Conditional,
    Capitalization,
    Metric,
    Readability,

    /// <summary>Recognised Vale kinds that EditorialLint does not execute (spelling, sequence, script).</summary>
    Unsupported,
}

/// <summary>A rule's <c>action:</c> (Vale's quick-fix description): <c>replace</c>, <c>remove</c>, <c>edit</c>, <c>suggest</c>.</summary>
public sealed record RuleAction(string Name, IReadOnlyList<string> Params);

/// <summary>
/// One embedded test of a rule file (an EditorialLint extension): <c>input</c> text and the source text of every
/// expected match, in order; an empty <c>expect</c> list means the rule must stay silent.
/// </summary>
public sealed record RuleTestCase(string Input, IReadOnlyList<string> Expect, string Format, DateOnly? Published, int Line);

/// <summary>
/// A condition on document metadata (an EditorialLint extension): the front-matter scalar <c>Key</c> (or
/// <c>published</c>, the publication date as yyyy-MM-dd) must match <c>Pattern</c>, else the rule does not run.
/// </summary>
public sealed record MetadataCondition(string Key, string Pattern);

/// <summary>
/// The typed content of one Vale-compatible YAML rule file. The id is <c>Style.Rule</c> (folder and file name).
/// Values keep Vale's meaning; which keys are legal depends on <see cref="Kind"/>.
/// </summary>
public sealed class RuleDefinition
{
    public required string Id { get; init; }

    public required string SourceFile { get; init; }

    public required RuleKind Kind { get; init; }

    /// <summary>The <c>extends:</c> text as written (e.g. <c>spelling</c> for an unsupported kind).</summary>
    public required string Extends { get; init; }

    public string Style => Id[..Id.IndexOf('.')];

    public string Name => Id[(Id.IndexOf('.') + 1)..];

    public string Message { get; init; } = string.Empty;

    public Severity Level { get; init; } = Severity.Info;

    public ScopeSelector Scope { get; init; } = ScopeSelector.Text;

    public string? Link { get; init; }

    public string? Description { get; init; }

    /// <summary>Maximum number of alerts of this rule per document (Vale's <c>limit</c>); 0 = no limit.</summary>
    public int Limit { get; init; }

    public RuleAction? Action { get; init; }

    public IReadOnlyList<RuleTestCase> Tests { get; init; } = [];

    public IReadOnlyList<MetadataCondition> Metadata { get; init; } = [];

    // existence, substitution, conditional, capitalization, repetition, consistency, occurrence
    public IReadOnlyList<string> Tokens { get; init; } = [];

    public IReadOnlyList<string> Raw { get; init; } = [];

    public bool Append { get; init; }

    public bool IgnoreCase { get; init; }

    public bool Nonword { get; init; }

    public IReadOnlyList<string> Exceptions { get; init; } = [];

    /// <summary>Whether accepted vocabulary terms act as exceptions (Vale's default: true).</summary>
    public bool Vocab { get; init; } = true;

    // substitution
    public IReadOnlyList<KeyValuePair<string, string>> Swap { get; init; } = [];

    public bool Capitalize { get; init; }

    // occurrence
    public string? Token { get; init; }

    public int? Max { get; init; }

    public int? Min { get; init; }

    // repetition
    public bool Alpha { get; init; }

    // consistency
    public IReadOnlyList<KeyValuePair<string, string>> Either { get; init; } = [];

    // conditional
    public string? First { get; init; }

    public string? Second { get; init; }

    // capitalization
    public string? Match { get; init; }

    public string? CaseStyle { get; init; }

    public IReadOnlyList<string> Indicators { get; init; } = [];

    public double Threshold { get; init; }

    public string? Prefix { get; init; }

    // metric
    public string? Formula { get; init; }

    public string? Condition { get; init; }

    // readability
    public IReadOnlyList<string> Metrics { get; init; } = [];

    public double Grade { get; init; }

    /// <summary>For an unsupported kind: why it is not executed.</summary>
    public string? UnsupportedReason { get; init; }

    /// <summary>1-based line and column of each key in the file, for error messages raised while compiling.</summary>
    public IReadOnlyDictionary<string, (int Line, int Column)> KeyPositions { get; init; } =
        new Dictionary<string, (int Line, int Column)>();
}
