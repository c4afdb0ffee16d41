using System.Text;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error|warning|notice file=…,line=…,col=…,endLine=…,endColumn=…,title=Rule.Id::message</c>
/// per finding (shown as annotations on the pull request), the run's summary line, and, when
/// <c>GITHUB_STEP_SUMMARY</c> is set, a Markdown table of the findings appended to the job summary.
/// </summary>
public sealed class GithubFormatter : IOutputFormatter
{
    /// <summary>Rows in the job summary table; GitHub caps a step summary at 1 MiB.</summary>
    public const int MaxSummaryRows = 500;

    public string Name => "github";

    public string Description => "GitHub Actions annotations, and a job summary when GITHUB_STEP_SUMMARY is set";

    public void Write(RunReport report, TextWriter output, OutputOptions options)
    {
        foreach (FileReport file in report.Files)
        {
            if (file.Error is not null)
            {
                output.WriteLine($"::warning file={Property(file.DisplayPath)},title=skipped::{Data($"{file.DisplayPath} was not linted: {file.Error}")}");
                continue;
            }

            foreach (Diagnostic d in file.Diagnostics)
            {
                OneBasedRange r = OneBasedRange.From(file.Result!.Document.Source, d.Span);
                output.WriteLine($"::{Command(d.Severity)} file={Property(file.DisplayPath)},line={r.Line},col={r.Column},endLine={r.EndLine},endColumn={r.EndColumn},title={Property(d.RuleId)}::{Data(d.Message)}");
            }
        }

        output.WriteLine(TextFormatter.Summary(report));
        if (options.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summaryPath)
        {
            try
            {
                File.AppendAllText(summaryPath, StepSummary(report), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"::warning title=editorial-lint::{Data($"cannot append to the job summary {summaryPath}: {e.Message}")}");
            }
        }
    }

    /// <summary>The Markdown appended to the job summary.</summary>
    public static string StepSummary(RunReport report)
    {
        var md = new StringBuilder();
        md.Append("### EditorialLint\n\n").Append(TextFormatter.Summary(report)).Append("\n\n");
        var rows = report.Files
            .Where(f => f.Result is not null)
            .SelectMany(f => f.Diagnostics.Select(d => (File: f, Diagnostic: d)))
            .ToList();
        if (rows.Count > 0)
        {
            md.Append("| File | Line | Severity | Rule | Message |\n| --- | ---: | --- | --- | --- |\n");
            foreach ((FileReport file, Diagnostic d) in rows.Take(MaxSummaryRows))
            {
                OneBasedRange r = OneBasedRange.From(file.Result!.Document.Source, d.Span);
                md.Append($"| `{Cell(file.DisplayPath).Replace("`", "'", StringComparison.Ordinal)}` | {r.Line} | {d.Severity.ToName()} | [{d.RuleId}]({d.Rule.HelpUri}) | {Cell(d.Message)} |\n");
            }

            if (rows.Count > MaxSummaryRows)
            {
                md.Append($"\n{rows.Count - MaxSummaryRows} more not shown; see the annotations or the log.\n");
            }

            md.Append('\n');
        }

        foreach (FileReport file in report.Files.Where(f => f.Error is not null))
        {
            md.Append($"- `{file.DisplayPath}` was not linted: {Cell(file.Error!)}\n");
        }

        return md.ToString();
    }

    private static string Command(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Escapes a workflow command's message.</summary>
    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a workflow command's property value (also ':' and ',').</summary>
    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Cell(string value) =>
        value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
