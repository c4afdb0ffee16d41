namespace EditorialLint.Cli.Tests.Formatting;

public class LineFormatterTests
{
    [Fact]
    public void Prints_path_line_column_in_code_points_rule_and_message_sorted_by_path()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "b.md"), "Fine.\n\n\U0001F600 é FIXME here.\n");
        File.WriteAllText(Path.Combine(dir, "a.txt"), "TODO first.\n");
        var outcome = CliRunner.Run(dir, null, "check", "b.md", "a.txt", "--format", "line");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            "a.txt:1:1:EditorialLint.Placeholders:Placeholder 'TODO' left in the copy\n" +
            "b.md:3:5:EditorialLint.Placeholders:Placeholder 'FIXME' left in the copy\n",
            outcome.Stdout);
    }

    [Fact]
    public void Prints_nothing_for_a_clean_file()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Fine.\n");
        Assert.Equal(string.Empty, CliRunner.Run(dir, null, "check", "a.md", "--format", "line").Stdout);
    }
}
