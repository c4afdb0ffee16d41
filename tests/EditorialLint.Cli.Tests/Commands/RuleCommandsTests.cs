namespace EditorialLint.Cli.Tests.Commands;

public class RuleCommandsTests
{
    [Fact]
    public void Init_writes_a_config_and_a_tested_example_rule_and_refuses_to_overwrite()
    {
        string dir = CliRunner.TempFolder();
        var init = CliRunner.Run(dir, null, "init");
        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, ".editoriallint.yaml")));
        Assert.True(File.Exists(Path.Combine(dir, "styles", "House", "Wordiness.yml")));
        Assert.Equal(2, CliRunner.Run(dir, null, "init").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir, null, "init", "--force").ExitCode);

        var tests = CliRunner.Run(dir, null, "test-rules", "styles/House");
        Assert.Equal(0, tests.ExitCode);
        Assert.EndsWith("3 passed, 0 failed\n", tests.Stdout);

        File.WriteAllText(Path.Combine(dir, "draft.md"), "We met in order to talk.\n");
        var check = CliRunner.Run(dir, null, "check", "draft.md", "--format", "line");
        Assert.Equal("draft.md:1:8:House.Wordiness:Use 'to' instead of 'in order to'\n", check.Stdout);
    }

    [Fact]
    public void Test_rules_reports_a_failing_test_and_exits_1()
    {
        string dir = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "S"));
        File.WriteAllText(Path.Combine(dir, "S", "R.yml"), "extends: existence\nmessage: x\ntokens: [foo]\ntests:\n  - input: foo bar\n    expect: [bar]\n");
        var outcome = CliRunner.Run(dir, null, "test-rules", "S/R.yml");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("FAIL S.R", outcome.Stdout);
        Assert.Contains("flagged  [\"foo\"]", outcome.Stdout);
        Assert.EndsWith("0 passed, 1 failed\n", outcome.Stdout);
    }

    [Fact]
    public void Rules_lists_sources_levels_and_states()
    {
        string dir = CliRunner.TempFolder();
        CliRunner.Run(dir, null, "init");
        File.AppendAllText(Path.Combine(dir, ".editoriallint.yaml"), "  Spelling.JoinedWords: off\n");
        var outcome = CliRunner.Run(dir, null, "rules");
        Assert.Equal(0, outcome.ExitCode);
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("House.Wordiness", StringComparison.Ordinal) && l.Contains("warning") && l.Contains(" on ") && l.Contains("Wordiness.yml"));
        Assert.Contains(lines, l => l.StartsWith("Spelling.JoinedWords", StringComparison.Ordinal) && l.Contains(" off ") && l.Contains("built-in"));
        Assert.Contains(lines, l => l.StartsWith("EditorialLint.Placeholders", StringComparison.Ordinal) && l.Contains("rules/EditorialLint/Placeholders.yml"));

        File.WriteAllText(Path.Combine(dir, "styles", "House", "Spell.yml"), "extends: spelling\nmessage: x\n");
        Assert.Contains(CliRunner.Run(dir, null, "rules").Stdout.Split('\n'), l => l.StartsWith("House.Spell", StringComparison.Ordinal) && l.Contains("unsupported (spelling)"));
    }

    [Fact]
    public void Explain_prints_explanation_and_example_and_suggests_on_typos()
    {
        string dir = CliRunner.TempFolder();
        var outcome = CliRunner.Run(dir, null, "explain", "EditorialLint.Placeholders");
        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("EditorialLint.Placeholders: Placeholder … left in the copy\n", outcome.Stdout);
        Assert.Contains("Example: \"TODO: call the mayor's office before filing.\" is flagged at \"TODO\"", outcome.Stdout);
        Assert.Contains("Dates.PublicationConflict", CliRunner.Run(dir, null, "explain", "Dates.PublicationConflict").Stdout);
        var typo = CliRunner.Run(dir, null, "explain", "EditorialLint.Placeholder");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("did you mean EditorialLint.Placeholders", typo.Stderr);
    }
}
