namespace EditorialLint.Cli.Tests.Commands;

public class ConfiguredCheckTests
{
    private static string Repo()
    {
        string dir = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "styles", "House"));
        File.WriteAllText(Path.Combine(dir, "styles", "House", "Weasel.yml"), "extends: existence\nmessage: \"'%s' is weasel\"\nlevel: error\nignorecase: true\ntokens: [very]\n");
        File.WriteAllText(Path.Combine(dir, ".vale.ini"), "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = House\n");
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        File.WriteAllText(Path.Combine(dir, "docs", "a.md"), "A very good TODO draft.\n");
        File.WriteAllText(Path.Combine(dir, "docs", "b.py"), "x = 1  # very\n");
        return dir;
    }

    [Fact]
    public void A_config_found_upward_selects_the_styles_and_verbose_names_it()
    {
        string dir = Repo();
        var outcome = CliRunner.Run(Path.Combine(dir, "docs"), null, "check", ".", "--format", "line", "--verbose");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("a.md:1:3:House.Weasel:'very' is weasel\nb.py:1:10:House.Weasel:'very' is weasel\n", outcome.Stdout);
        Assert.Contains("configuration: " + Path.Combine(dir, ".vale.ini"), outcome.Stderr);
    }

    [Fact]
    public void Explicit_config_glob_and_ext_options()
    {
        string dir = Repo();
        File.WriteAllText(Path.Combine(dir, "other.yaml"), "styles-path: styles\nstyles: [House]\nrules:\n  House.Weasel: warning\n");
        var withConfig = CliRunner.Run(dir, null, "check", "docs/a.md", "--format", "line", "--config", "other.yaml");
        Assert.Contains("EditorialLint.Placeholders", withConfig.Stdout);
        Assert.Equal(0, withConfig.ExitCode);

        var globbed = CliRunner.Run(dir, null, "check", "docs", "--format", "line", "--glob", "*.py");
        Assert.Equal("docs/b.py:1:10:House.Weasel:'very' is weasel\n", globbed.Stdout);

        var stdin = CliRunner.Run(dir, "# very\n", "check", "-", "--format", "line", "--ext", ".py");
        Assert.Equal("stdin.py:1:3:House.Weasel:'very' is weasel\n", stdin.Stdout);
    }

    [Fact]
    public void Configuration_errors_name_file_line_column_and_fix_and_exit_2()
    {
        string dir = Repo();
        File.WriteAllText(Path.Combine(dir, "styles", "House", "Weasel.yml"), "extends: existence\nmessage: x\ntokens: [very]\nlevle: error\n");
        var outcome = CliRunner.Run(dir, null, "check", "docs/a.md");
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(Path.Combine(dir, "styles", "House", "Weasel.yml") + ":4:1: unknown key 'levle'", outcome.Stderr);
        Assert.Contains("did you mean 'level'", outcome.Stderr);
    }

    [Fact]
    public void Filter_and_min_severity_select_rules()
    {
        string dir = Repo();
        var filtered = CliRunner.Run(dir, null, "check", "docs/a.md", "--format", "line", "--filter", ".Level == \"warning\"");
        Assert.Equal(string.Empty, filtered.Stdout);
        var bad = CliRunner.Run(dir, null, "check", "docs/a.md", "--filter", ".Lvl == \"x\"");
        Assert.Equal(2, bad.ExitCode);
    }
}
