using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Running;

/// <summary>The outcome for one input: a lint result, or an error saying why the file was not linted.</summary>
public sealed record FileReport(string DisplayPath, string FullPath, LintResult? Result, string? Error)
{
    /// <summary>True for the text read from standard input ('-'), which has no file behind it.</summary>
    public bool FromStandardInput { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics => Result is null ? [] : Result.Diagnostics;
}

/// <summary>Everything one run produced, in a stable order (inputs as given, folders sorted by path).</summary>
public sealed record RunReport(IReadOnlyList<FileReport> Files)
{
    /// <summary>The rules that ran (for formats that describe them, such as SARIF); empty when not known.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; init; } = [];

    /// <summary>The rules that ran, or when not known, those that reported something; ordered by id.</summary>
    public IReadOnlyList<RuleDescriptor> RulesOrReported() =>
        (Rules.Count > 0 ? Rules : Files.SelectMany(f => f.Diagnostics).Select(d => d.Rule))
            .DistinctBy(r => r.Id)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>True when any diagnostic is at or above <paramref name="severity"/>.</summary>
    public bool HasAtLeast(Severity severity) => Files.Any(f => f.Diagnostics.Any(d => d.Severity >= severity));

    public int Count(Severity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    public int Linted => Files.Count(f => f.Result is not null);

    public int Failed => Files.Count(f => f.Error is not null);
}
