using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Running;

/// <summary>
/// The configuration side of a <c>check</c> run: finds the configuration (<c>--config</c> or the nearest file
/// above each input), builds each file's linter and document through <see cref="LinterFactory"/>, applies
/// <c>--glob</c>, and prints what the user must know (skipped unsupported rules; with <c>--verbose</c> also
/// which configuration file was used and settings without effect).
/// </summary>
public sealed class ConfiguredRun
{
    private readonly CliConsole console;
    private readonly bool verbose;
    private readonly GlobPattern? glob;

    public ConfiguredRun(CliConsole console, LintOverrides overrides, bool verbose, string? glob)
    {
        this.console = console;
        this.verbose = verbose;
        this.glob = glob is null ? null : new GlobPattern(glob);
        Factory = new LinterFactory(overrides);
    }

    public LinterFactory Factory { get; }

    /// <summary>Whether a file found in a folder walk is linted (its format is known and it passes --glob).</summary>
    public bool IsLinted(string fullPath) =>
        Factory.IsLintable(fullPath) && (glob is null || glob.IsMatch(FileWalker.DisplayPath(fullPath, Directory.GetCurrentDirectory())));

    /// <summary>
    /// Lints the inputs; every linter is built before the parallel run so configuration errors stop early. The
    /// report lists the rules that ran for any of the files.
    /// </summary>
    public RunReport Run(IReadOnlyList<InputFile> inputs, int jobs, Action? fileDone = null)
    {
        var selected = inputs.Where(i => glob is null || i.StdinText is not null || glob.IsMatch(i.DisplayPath)).ToList();
        var linters = new Dictionary<InputFile, Linter>();
        foreach (InputFile input in selected)
        {
            linters[input] = Factory.LinterFor(input.FullPath);
        }

        if (verbose)
        {
            foreach (string config in selected.Select(i => Factory.ConfigurationFor(i.FullPath).SourcePath ?? "none (built-in defaults)").Distinct())
            {
                console.Error.WriteLine($"editorial-lint: configuration: {config}");
            }
        }

        RunReport report = LintRunner.Run(selected, i => linters[i], jobs, fileDone: fileDone, documentFor: i => Factory.LoadDocument(i.FullPath, i.StdinText))
            with { Rules = linters.Values.Distinct().SelectMany(l => l.Rules).Select(r => r.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList() };
        foreach (string note in Factory.Notes.Concat(verbose ? Factory.VerboseNotes : []))
        {
            console.Error.WriteLine($"editorial-lint: note: {note}");
        }

        return report;
    }

    /// <summary>Applies fixes with each file's own linter, re-reading fixed text in the file's format.</summary>
    public FileFixer Fixer() => new(f => Factory.LinterFor(f.FullPath), (f, text) => Factory.LoadDocument(f.FullPath, text));

    /// <summary>The --min-severity value when given, else null so the configuration decides.</summary>
    public static Severity? OptionalSeverity(string? value) =>
        value is null ? null : Commands.CheckCommand.ParseSeverity(value);
}
