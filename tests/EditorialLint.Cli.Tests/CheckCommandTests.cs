using System.Text.Json;

namespace EditorialLint.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void Text_output_has_location_severity_rule_message_excerpt_and_summary()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.md"), "# Draft\n\nA roadmap towardsa deal.\n");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--no-color");
        Assert.Equal(0, outcome.ExitCode);
        string[] lines = outcome.Stdout.TrimEnd().Split('\n');
        Assert.StartsWith("a.md:3:11: warning Spelling.JoinedWords 'towardsa'", lines[0], StringComparison.Ordinal);
        Assert.Equal("    3 | A roadmap towardsa deal.", lines[1]);
        Assert.Equal("      |           ^^^^^^^^", lines[2]);
        Assert.Equal("0 errors, 1 warning, 0 infos in 1 file.", lines[^1]);
        Assert.DoesNotContain('\u001b', outcome.Stdout);
    }

    [Fact]
    public void Folders_are_walked_recursively_for_markdown_and_text_only_in_stable_order()
    {
        string dir = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        Directory.CreateDirectory(Path.Combine(dir, ".git"));
        File.WriteAllText(Path.Combine(dir, "b.txt"), "ok.");
        File.WriteAllText(Path.Combine(dir, "sub", "a.markdown"), "ok.");
        File.WriteAllText(Path.Combine(dir, "c.html"), "<p>towardsa</p>");
        File.WriteAllText(Path.Combine(dir, ".git", "x.md"), "towardsa");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(["b.txt", "sub/a.markdown"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void Globs_are_expanded()
    {
        string dir = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(dir, "drafts", "x"));
        File.WriteAllText(Path.Combine(dir, "drafts", "x", "one.md"), "ok.");
        File.WriteAllText(Path.Combine(dir, "drafts", "two.txt"), "ok.");
        var outcome = CliRunner.Run(dir, null, "check", "drafts/**/*.md", "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("drafts/x/one.md", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("two.txt", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_with_its_filename_choosing_the_format()
    {
        var outcome = CliRunner.Run(CliRunner.TempFolder(), "Use `towardsa` in code, but towardsa in prose.", "check", "-", "--stdin-filename", "draft.md", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("draft.md", file.GetProperty("path").GetString());
        JsonElement d = Assert.Single(file.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(29, d.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Columns_count_utf16_units_on_crlf_lines_with_emoji()
    {
        var outcome = CliRunner.Run(CliRunner.TempFolder(), "First line.\r\n😀 A roadmap towardsa deal.\r\n", "check", "-", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement d = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics")[0];
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(14, d.GetProperty("column").GetInt32()); // the emoji counts as two UTF-16 units
        Assert.Equal(22, d.GetProperty("endColumn").GetInt32());
    }

    [Theory]
    [InlineData("--published", "04/02/2026", "--published '04/02/2026' is not a date")]
    [InlineData("--min-severity", "loud", "--min-severity 'loud' is not a severity")]
    [InlineData("--format", "xml", "unknown --format 'xml'")]
    public void Usage_errors_exit_2_with_one_clear_line(string option, string value, string expected)
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, "check", "seeds", option, value);
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains(expected, outcome.Stderr, StringComparison.Ordinal);
        Assert.Single(outcome.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Missing_paths_and_unknown_options_exit_2()
    {
        var missing = CliRunner.Run(CliRunner.TempFolder(), null, "check", "nope.md");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("'nope.md' does not exist", missing.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run(CliRunner.TempFolder(), null, "check", ".", "--bogus").ExitCode);
    }

    [Fact]
    public void Published_override_changes_the_verdict()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "He travelled to Moscow on June 30.");
        Assert.Equal(1, CliRunner.Run(dir, null, "check", "a.txt", "--published", "2026-02-04").ExitCode);
        Assert.Equal(0, CliRunner.Run(dir, null, "check", "a.txt", "--published", "2026-07-10").ExitCode);
    }

    [Fact]
    public void Binary_files_are_skipped_with_a_named_error_and_the_rest_linted()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllBytes(Path.Combine(dir, "a.txt"), [0x00, 0x01, 0x02]);
        File.WriteAllText(Path.Combine(dir, "b.txt"), "A roadmap towardsa deal.");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--no-color");
        Assert.Contains("a.txt: binary file", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("b.txt:1:11: warning", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("(1 file skipped)", outcome.Stdout, StringComparison.Ordinal);
    }
}
