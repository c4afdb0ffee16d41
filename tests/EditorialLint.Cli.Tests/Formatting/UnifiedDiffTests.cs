using System.Diagnostics;
using EditorialLint.Cli.Formatting;

namespace EditorialLint.Cli.Tests.Formatting;

public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_give_no_diff()
    {
        Assert.Equal(string.Empty, UnifiedDiff.Create("a\nb\n", "a\nb\n", "a/x", "b/x"));
    }

    [Fact]
    public void Changes_far_apart_make_separate_hunks_with_three_lines_of_context()
    {
        string old = string.Concat(Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        string changed = old.Replace("line 2\n", "line two\n", StringComparison.Ordinal).Replace("line 18\n", "line eighteen\n", StringComparison.Ordinal);
        string diff = UnifiedDiff.Create(old, changed, "a/x.txt", "b/x.txt");
        Assert.Equal(
            "--- a/x.txt\n+++ b/x.txt\n" +
            "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
            "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+line eighteen\n line 19\n line 20\n",
            diff);
    }

    [Fact]
    public void Crlf_is_kept_and_a_missing_final_newline_is_marked()
    {
        string diff = UnifiedDiff.Create("a\r\nb", "a\r\nB", "a/x", "b/x");
        Assert.Equal("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\r\n-b\n\\ No newline at end of file\n+B\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Insertions_and_deletions_count_lines_right()
    {
        Assert.Equal("--- a\n+++ b\n@@ -1,2 +1,3 @@\n x\n+y\n z\n", UnifiedDiff.Create("x\nz\n", "x\ny\nz\n", "a", "b"));
        Assert.Equal("--- a\n+++ b\n@@ -1 +0,0 @@\n-x\n", UnifiedDiff.Create("x\n", string.Empty, "a", "b"));
    }

    [Fact]
    public void Git_applies_the_diff()
    {
        string dir = CliRunner.TempFolder();
        string old = "Title\r\n\r\nA roadmap towardsa deal.\r\nEnd without newline";
        string changed = "Title\r\n\r\nA roadmap towards a deal.\r\nEnd, without newline";
        File.WriteAllText(Path.Combine(dir, "x.txt"), old);
        File.WriteAllText(Path.Combine(dir, "fix.diff"), UnifiedDiff.Create(old, changed, "a/x.txt", "b/x.txt"));
        var start = new ProcessStartInfo("git", ["apply", "--unsafe-paths", "--whitespace=nowarn", "fix.diff"]) { WorkingDirectory = dir, RedirectStandardError = true };
        using Process git = Process.Start(start)!;
        string error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, error);
        Assert.Equal(changed, File.ReadAllText(Path.Combine(dir, "x.txt")));
    }
}
