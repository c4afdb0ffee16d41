using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Running;

/// <summary>The outcome for one input: a lint result, or an error saying why the file was not linted.</summary>
public sealed record FileReport(string DisplayPath, string FullPath, LintResult? Result, string? Error)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Result is null ? [] : Result.Diagnostics;
}

/// <summary>Everything one run produced, in a stable order (inputs as given, folders sorted by path).</summary>
public sealed record RunReport(IReadOnlyList<FileReport> Files)
{
    public int Count(Severity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    public int Linted => Files.Count(f => f.Result is not null);

    public int Failed => Files.Count(f => f.Error is not null);
}
