using System.CommandLine;
using System.Globalization;
using EditorialLint.Cli.Formatting;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Commands;

/// <summary><c>editorial-lint check [PATH|GLOB|-]...</c>: lint files and report.</summary>
public sealed class CheckCommand : ICliCommand
{
    public int Order => 0;

    public Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (searched recursively for .md, .markdown and .txt files) or globs; '-' reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = $"Output format: {string.Join(", ", OutputFormatters.Formatters.Select(f => f.Name))}",
            DefaultValueFactory = _ => "text",
        };
        var published = new Option<string?>("--published")
        {
            Description = "Publication date (YYYY-MM-DD) for every file, overriding front matter and datelines",
        };
        var minSeverity = new Option<string?>("--min-severity")
        {
            Description = $"Lowest severity to report: {SeverityNames.Choices} (default: the configuration's, else info)",
        };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the output (NO_COLOR is honoured too)" };
        var stdinFilename = new Option<string?>("--stdin-filename")
        {
            Description = "Name (and so format, by extension) of the text read from standard input; default stdin.txt",
        };

        var failOn = new Option<string>("--fail-on")
        {
            Description = "Lowest severity that makes the exit code 1: error, warning, info or hint",
            DefaultValueFactory = _ => "error",
        };
        var fix = new Option<bool>("--fix")
        {
            Description = "Apply safe fixes in place, then report what remains (files changed meanwhile, read-only or not valid UTF-8 are left alone)",
        };
        var fixDryRun = new Option<bool>("--fix-dry-run") { Description = "Print the safe fixes as a unified diff instead of applying them" };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "Lint only files changed since this git revision (committed, staged, unstaged, or new and not ignored)",
        };
        var jobs = new Option<int?>("--jobs", "-j")
        {
            Description = "How many files to lint in parallel (default: the number of cores); output order does not change",
        };

        var config = new Option<string?>("--config") { Description = "Configuration file (.editoriallint.yaml or a Vale .vale.ini); default: the nearest one above each file" };
        var verbose = new Option<bool>("--verbose") { Description = "Say which configuration file is used and list settings that have no effect" };
        var ext = new Option<string?>("--ext") { Description = "Format of standard input and of files with an unknown extension, e.g. .md" };
        var glob = new Option<string?>("--glob") { Description = "Only lint files whose path matches this glob, e.g. '*.{md,txt}'" };
        var ignoreSyntax = new Option<bool>("--ignore-syntax") { Description = "Read every file as plain text, markup and code included" };
        var filter = new Option<string?>("--filter") { Description = "Only run rules matching a Vale-style filter, e.g. '.Level in [\"error\"]' or '.Name == \"House.Terms\"'" };

        var command = new Command("check", "Lint drafts and report what a copy editor would flag")
        {
            paths, format, published, minSeverity, noColor, stdinFilename,
            failOn, fix, fixDryRun, changedSince, jobs,
            config, verbose, ext, glob, ignoreSyntax, filter,
        };

        command.SetAction(result =>
        {
            IOutputFormatter formatter = OutputFormatters.Get(result.GetValue(format)!);
            var overrides = new LintOverrides(result.GetValue(config), ConfiguredRun.OptionalSeverity(result.GetValue(minSeverity)),
                ParseDate(result.GetValue(published)), result.GetValue(ext), result.GetValue(ignoreSyntax), result.GetValue(filter));
            var run = new ConfiguredRun(console, overrides, result.GetValue(verbose), result.GetValue(glob));
            string? stdinName = result.GetValue(stdinFilename) ?? (result.GetValue(ext) is { } e ? "stdin." + e.TrimStart('.') : null);

            Severity failOnSeverity = ParseSeverity(result.GetValue(failOn)!, "--fail-on");
            int jobCount = ParseJobs(result.GetValue(jobs));
            bool dryRun = result.GetValue(fixDryRun);
            if (dryRun && result.GetValue(fix))
            {
                throw new UsageException("--fix and --fix-dry-run exclude each other; choose one");
            }

            IReadOnlyList<InputFile> inputs = ResolveInputs(result.GetValue(paths)!, stdinName, console, run.IsLinted);
            if (result.GetValue(changedSince) is { } reference)
            {
                inputs = OnlyChanged(inputs, reference);
            }

            RunReport report = ProgressDisplay.Run(console, "Linting", inputs.Count, fileDone => run.Run(inputs, jobCount, fileDone));
            foreach (FileReport failed in report.Files.Where(f => f.Error is not null))
            {
                console.Error.WriteLine($"editorial-lint: {failed.DisplayPath}: {failed.Error}");
            }

            if (dryRun || result.GetValue(fix))
            {
                report = FixRunner.Run(report, run.Fixer(), dryRun, jobCount, console);
            }

            if (!dryRun)
            {
                formatter.Write(report, console.Out, new OutputOptions(console.UseColor(result.GetValue(noColor))));
            }

            return report.HasAtLeast(failOnSeverity) ? ExitCodes.Findings : ExitCodes.Success;
        });

        return command;
    }

    private static IReadOnlyList<InputFile> ResolveInputs(string[] arguments, string? stdinFilename, CliConsole console, Func<string, bool>? isLinted = null)
    {
        string cwd = Directory.GetCurrentDirectory();
        var inputs = new List<InputFile>();
        var fileArguments = new List<string>();
        foreach (string argument in arguments)
        {
            if (argument == "-")
            {
                string name = stdinFilename ?? "stdin.txt";
                inputs.Add(new InputFile(name, Path.GetFullPath(name, cwd), console.In.ReadToEnd()));
            }
            else
            {
                fileArguments.Add(argument);
            }
        }

        inputs.AddRange(FileWalker.Expand(fileArguments, cwd, isLinted));
        if (inputs.Count == 0 && !fileArguments.Any(a => Directory.Exists(Path.GetFullPath(a, cwd))))
        {
            throw new UsageException("no Markdown or text files found in the given paths");
        }

        return inputs;
    }

    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        throw new UsageException($"--published '{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-02-04");
    }

    internal static Severity ParseSeverity(string value, string option = "--min-severity") =>
        SeverityNames.TryParse(value, out Severity severity)
            ? severity
            : throw new UsageException($"{option} '{value}' is not a severity; choose one of {SeverityNames.Choices}");

    internal static int ParseJobs(int? value) => value switch
    {
        null => Environment.ProcessorCount,
        >= 1 => value.Value,
        _ => throw new UsageException($"--jobs {value} is not a number of parallel jobs; give 1 or more"),
    };

    /// <summary>The inputs changed since the git revision; standard input is always kept.</summary>
    private static IReadOnlyList<InputFile> OnlyChanged(IReadOnlyList<InputFile> inputs, string reference)
    {
        IReadOnlySet<string> changed = GitChanges.Since(reference, Directory.GetCurrentDirectory());
        return inputs.Where(i => i.StdinText is not null || changed.Contains(i.FullPath)).ToList();
    }
}
