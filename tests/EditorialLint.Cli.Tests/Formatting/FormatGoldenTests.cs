using EditorialLint.Cli.Formatting;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Tests.Formatting;

public class FormatGoldenTests
{
    [Theory]
    [InlineData("sarif", "report.sarif")]
    [InlineData("github", "report.github.txt")]
    [InlineData("checkstyle", "report.checkstyle.xml")]
    [InlineData("junit", "report.junit.xml")]
    public void Each_format_matches_its_golden_file(string format, string golden)
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, ["check", .. Golden.Inputs, "--format", format, "--min-severity", "hint", "--no-color"]);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(string.Empty, outcome.Stderr);
        Golden.AssertMatches(golden, outcome.Stdout);
    }

    [Fact]
    public void The_github_job_summary_matches_its_golden_file()
    {
        RunReport report = LintGoldenInputs();
        string summaryFile = Path.Combine(CliRunner.TempFolder(), "summary.md");
        File.WriteAllText(summaryFile, "earlier step\n");
        var options = new OutputOptions(false) { GetEnvironmentVariable = name => name == "GITHUB_STEP_SUMMARY" ? summaryFile : null };
        new GithubFormatter().Write(report, new StringWriter(), options);
        string written = File.ReadAllText(summaryFile);
        Assert.StartsWith("earlier step\n", written, StringComparison.Ordinal); // appended, never overwritten
        Golden.AssertMatches("step-summary.md", written["earlier step\n".Length..]);
    }

    [Fact]
    public void An_unwritable_job_summary_is_a_warning_not_a_crash()
    {
        string folderAsFile = CliRunner.TempFolder();
        var options = new OutputOptions(false) { GetEnvironmentVariable = name => name == "GITHUB_STEP_SUMMARY" ? folderAsFile : null };
        var output = new StringWriter();
        new GithubFormatter().Write(LintGoldenInputs(), output, options);
        Assert.Contains("::warning title=editorial-lint::cannot append to the job summary", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_github_step_summary_only_commands_and_the_summary_line_are_written()
    {
        var options = new OutputOptions(false) { GetEnvironmentVariable = _ => null };
        var output = new StringWriter { NewLine = "\n" };
        RunReport report = LintGoldenInputs();
        new GithubFormatter().Write(report, output, options);
        string[] lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(report.Files.Sum(f => f.Diagnostics.Count), lines.Length - 1);
        Assert.All(lines[..^1], l => Assert.StartsWith("::", l, StringComparison.Ordinal));
        Assert.Equal(TextFormatter.Summary(report), lines[^1]);
    }

    internal static RunReport LintGoldenInputs()
    {
        var linter = Linter.CreateDefault(new LintOptions { MinSeverity = Core.Diagnostics.Severity.Hint });
        return LintRunner.Run(FileWalker.Expand(Golden.Inputs, CliRunner.RepoRoot), _ => linter, 2) with { Rules = linter.Rules.Select(r => r.Descriptor).ToList() };
    }
}
