using EditorialLint.Cli.Formatting;
using EditorialLint.Cli.Running;

namespace EditorialLint.Cli.Tests.Formatting;

public class GithubFormatterTests
{
    [Fact]
    public void Workflow_commands_escape_properties_and_data()
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, ["check", .. Golden.Inputs, "--format", "github"]);
        string line = outcome.Stdout.Split('\n').First(l => l.Contains("inthe", StringComparison.Ordinal));
        Assert.Equal("::warning file=tests/EditorialLint.Cli.Tests/Golden/inputs/100%25 draft%2C final.md,line=10,col=15,endLine=10,endColumn=20,title=Spelling.JoinedWords::'inthe' looks like two words run together: 'in the'", line);
    }

    [Fact]
    public void Info_findings_are_notices_and_skipped_files_warnings()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A roadmap towardsa deal.");
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x00]);
        var options = new OutputOptions(false) { GetEnvironmentVariable = _ => null };
        var linter = Core.Engine.Linter.CreateDefault(new Core.Engine.LintOptions().With(b => b.RuleSeverities["Spelling.JoinedWords"] = Core.Diagnostics.Severity.Info));
        RunReport report = LintRunner.Run(FileWalker.Expand(["."], dir), _ => linter, 1);
        var output = new StringWriter { NewLine = "\n" };
        new GithubFormatter().Write(report, output, options);
        string[] lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.StartsWith("::notice file=a.txt,line=1,col=11,endLine=1,endColumn=19,title=Spelling.JoinedWords::", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning file=binary.txt,title=skipped::binary.txt was not linted: binary file", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_run_has_a_short_summary()
    {
        string summary = GithubFormatter.StepSummary(new RunReport([]));
        Assert.Equal("### EditorialLint\n\nNo problems found in 0 files.\n\n", summary);
    }
}
