using EditorialLint.Cli.Running;

namespace EditorialLint.Cli.Tests.Commands;

/// <summary>The options CI pipelines use: exit codes with --fail-on, --jobs, and their usage errors.</summary>
public class CheckCommandCiOptionsTests
{
    private static string FolderWithOneWarning()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A roadmap towardsa deal.");
        return dir;
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("WARNING", 1)]
    public void Fail_on_sets_the_severity_that_exits_1(string? failOn, int expected)
    {
        string[] args = failOn is null ? ["check", "a.txt"] : ["check", "a.txt", "--fail-on", failOn];
        Assert.Equal(expected, CliRunner.Run(FolderWithOneWarning(), null, args).ExitCode);
    }

    [Fact]
    public void Fail_on_counts_what_is_reported_after_min_severity()
    {
        Assert.Equal(0, CliRunner.Run(FolderWithOneWarning(), null, "check", "a.txt", "--fail-on", "warning", "--min-severity", "error").ExitCode);
    }

    [Fact]
    public void Errors_fail_by_default()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "He travelled to Moscow on June 30.");
        Assert.Equal(1, CliRunner.Run(dir, null, "check", "a.txt", "--published", "2026-02-04").ExitCode);
    }

    [Theory]
    [InlineData(new[] { "--fail-on", "loud" }, "--fail-on 'loud' is not a severity")]
    [InlineData(new[] { "--jobs", "0" }, "--jobs 0 is not a number of parallel jobs")]
    [InlineData(new[] { "--fix", "--fix-dry-run" }, "--fix and --fix-dry-run exclude each other")]
    public void Bad_ci_options_exit_2_with_one_line(string[] options, string expected)
    {
        var outcome = CliRunner.Run(FolderWithOneWarning(), null, ["check", "a.txt", .. options]);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Output_order_does_not_depend_on_jobs()
    {
        string dir = CliRunner.TempFolder();
        for (int i = 0; i < 24; i++)
        {
            File.WriteAllText(Path.Combine(dir, $"draft{i:D2}.md"), string.Concat(Enumerable.Repeat($"Draft {i}: a roadmap towardsa deal, inthe end.\n\n", 1 + (i % 5))));
        }

        string one = CliRunner.Run(dir, null, "check", ".", "--jobs", "1", "--format", "json").Stdout;
        string four = CliRunner.Run(dir, null, "check", ".", "-j", "4", "--format", "json").Stdout;
        Assert.Equal(one, four);
        Assert.Contains("draft23.md", one, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_bar_when_output_is_not_a_terminal()
    {
        var console = new CliConsole(new StringReader(string.Empty), new StringWriter(), new StringWriter());
        Assert.False(ProgressDisplay.IsWanted(console));
        int calls = 0;
        int result = ProgressDisplay.Run(console, "Linting", 100, done =>
        {
            done();
            return ++calls;
        });
        Assert.Equal(1, result);
        Assert.Equal(string.Empty, console.Error.ToString());
    }
}
