using System.CommandLine;
using System.Globalization;
using EditorialLint.Cli.Formatting;
using EditorialLint.Cli.Running;
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
        var minSeverity = new Option<string>("--min-severity")
        {
            Description = $"Lowest severity to report: {SeverityNames.Choices}",
            DefaultValueFactory = _ => "info",
        };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the output (NO_COLOR is honoured too)" };
        var stdinFilename = new Option<string?>("--stdin-filename")
        {
            Description = "Name (and so format, by extension) of the text read from standard input; default stdin.txt",
        };

        var command = new Command("check", "Lint drafts and report what a copy editor would flag")
        {
            paths, format, published, minSeverity, noColor, stdinFilename,
        };

        command.SetAction(result =>
        {
            IOutputFormatter formatter = OutputFormatters.Get(result.GetValue(format)!);
            LintOptions options = new()
            {
                PublishedOverride = ParseDate(result.GetValue(published)),
                MinSeverity = ParseSeverity(result.GetValue(minSeverity)!),
            };

            IReadOnlyList<InputFile> inputs = ResolveInputs(result.GetValue(paths)!, result.GetValue(stdinFilename), console);
            var linter = Linter.CreateDefault(options);
            RunReport report = LintRunner.Run(inputs, _ => linter, Environment.ProcessorCount);
            foreach (FileReport failed in report.Files.Where(f => f.Error is not null))
            {
                console.Error.WriteLine($"editorial-lint: {failed.DisplayPath}: {failed.Error}");
            }

            formatter.Write(report, console.Out, new OutputOptions(console.UseColor(result.GetValue(noColor))));
            return report.Count(Severity.Error) > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });

        return command;
    }

    private static IReadOnlyList<InputFile> ResolveInputs(string[] arguments, string? stdinFilename, CliConsole console)
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

        inputs.AddRange(FileWalker.Expand(fileArguments, cwd));
        if (inputs.Count == 0)
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

    internal static Severity ParseSeverity(string value) =>
        SeverityNames.TryParse(value, out Severity severity)
            ? severity
            : throw new UsageException($"--min-severity '{value}' is not a severity; choose one of {SeverityNames.Choices}");
}
