using System.Diagnostics;
using System.Text.Json;

namespace EditorialLint.Cli.Tests.Running;

public class GitChangesTests
{
    [Fact]
    public void Only_files_changed_since_the_revision_are_linted_and_gitignore_is_respected()
    {
        string repo = NewRepository();
        Write(repo, "unchanged.md", "A roadmap towardsa deal.");
        Write(repo, "edited.md", "Fine.");
        Write(repo, "deleted.md", "Fine.");
        Write(repo, ".gitignore", "build/\n");
        CommitAll(repo, "first");
        Write(repo, "edited.md", "A roadmap towardsa deal.");
        File.Delete(Path.Combine(repo, "deleted.md"));
        Write(repo, "sub/new file.md", "New, and inthe end.");
        Write(repo, "build/ignored.md", "towardsa");
        Write(repo, "staged.txt", "Staged.");
        Git(repo, "add", "staged.txt");

        Assert.Equal(["edited.md", "staged.txt", "sub/new file.md"], LintedSince(repo, "HEAD"));
    }

    [Fact]
    public void Changes_committed_since_a_branch_count_and_an_explicit_path_limits_them()
    {
        string repo = NewRepository();
        Write(repo, "a.md", "One.");
        CommitAll(repo, "first");
        Git(repo, "branch", "base");
        Write(repo, "docs/b.md", "Two.");
        Write(repo, "c.md", "Three.");
        CommitAll(repo, "second");

        Assert.Equal(["c.md", "docs/b.md"], LintedSince(repo, "base"));
        Assert.Equal(["b.md"], LintedSince(Path.Combine(repo, "docs"), "base"));
    }

    [Fact]
    public void Nothing_changed_is_a_clean_run()
    {
        string repo = NewRepository();
        Write(repo, "a.md", "A roadmap towardsa deal.");
        CommitAll(repo, "first");
        var outcome = CliRunner.Run(repo, null, "check", ".", "--changed-since", "HEAD", "--fail-on", "warning");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("No problems found in 0 files.\n", outcome.Stdout);
    }

    [Fact]
    public void A_bad_revision_or_no_repository_is_a_usage_error()
    {
        string repo = NewRepository();
        Write(repo, "a.md", "One.");
        CommitAll(repo, "first");
        var bad = CliRunner.Run(repo, null, "check", ".", "--changed-since", "no-such-branch");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--changed-since 'no-such-branch' is not a commit, branch or tag", bad.Stderr, StringComparison.Ordinal);

        string plain = CliRunner.TempFolder();
        Write(plain, "a.md", "One.");
        var none = CliRunner.Run(plain, null, "check", ".", "--changed-since", "HEAD");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("--changed-since needs a git repository", none.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The paths <c>check . --changed-since</c> lints, run in <paramref name="folder"/>.</summary>
    private static string[] LintedSince(string folder, string reference)
    {
        var outcome = CliRunner.Run(folder, null, "check", ".", "--changed-since", reference, "--format", "json");
        Assert.Equal(string.Empty, outcome.Stderr);
        using var json = JsonDocument.Parse(outcome.Stdout);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
    }

    private static void CommitAll(string repo, string message)
    {
        Git(repo, "add", "-A");
        Git(repo, "commit", "-qm", message);
    }

    private static string NewRepository()
    {
        string repo = CliRunner.TempFolder();
        Git(repo, "init", "-q", "-b", "main");
        Git(repo, "config", "user.email", "tests@example.invalid");
        Git(repo, "config", "user.name", "Tests");
        Git(repo, "config", "commit.gpgsign", "false");
        return repo;
    }

    private static void Write(string root, string relative, string text)
    {
        string path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void Git(string repo, params string[] arguments)
    {
        var start = new ProcessStartInfo("git", arguments) { WorkingDirectory = repo, RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using Process git = Process.Start(start)!;
        git.StandardOutput.ReadToEnd();
        string error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
    }
}
