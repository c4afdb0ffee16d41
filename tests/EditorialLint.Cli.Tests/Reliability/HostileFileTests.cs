using System.Text.Json;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Tests.Reliability;

/// <summary>
/// Files that are not what a linter expects: each gets a clear, named error or a skip, and the run goes on with
/// the other files ("ok.md", which has one finding, is linted in every case).
/// </summary>
public class HostileFileTests
{
    private const string Ok = "A roadmap towardsa deal.\n";

    private static string FolderWithOk()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "ok.md"), Ok);
        return dir;
    }

    private static JsonElement FileEntry(CliRunner.Outcome outcome, string path)
    {
        using var json = JsonDocument.Parse(outcome.Stdout);
        return json.RootElement.GetProperty("files").EnumerateArray().Single(f => f.GetProperty("path").GetString() == path).Clone();
    }

    private static void AssertOkWasLinted(CliRunner.Outcome outcome) =>
        Assert.Contains(FileEntry(outcome, "ok.md").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "Spelling.JoinedWords");

    [Fact]
    public void Binary_file_is_skipped_with_a_named_error()
    {
        string dir = FolderWithOk();
        File.WriteAllBytes(Path.Combine(dir, "image.md"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        Assert.Contains("editorial-lint: image.md: binary file", outcome.Stderr, StringComparison.Ordinal);
        AssertOkWasLinted(outcome);
    }

    [Fact]
    public void Invalid_utf8_is_linted_with_a_notice_at_the_first_bad_byte()
    {
        string dir = FolderWithOk();
        byte[] bytes = [.. "First line.\nCaf"u8, 0xE9, .. " au lait, a towardsa deal "u8, 0xC3, 0x28, .. "\n"u8];
        File.WriteAllBytes(Path.Combine(dir, "latin1.md"), bytes);
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        JsonElement diagnostics = FileEntry(outcome, "latin1.md").GetProperty("diagnostics");
        JsonElement notice = Assert.Single(diagnostics.EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "Hygiene.Encoding");
        Assert.Equal(2, notice.GetProperty("line").GetInt32());
        Assert.Contains("not valid UTF-8: 2 invalid byte sequences", notice.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(diagnostics.EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "Spelling.JoinedWords");
        AssertOkWasLinted(outcome);
    }

    [Fact]
    public void A_50_MB_file_is_refused_before_it_is_read()
    {
        string dir = FolderWithOk();
        using (var stream = new FileStream(Path.Combine(dir, "huge.txt"), FileMode.CreateNew))
        {
            stream.SetLength(50L * 1024 * 1024); // sparse: refused by its size, never read
        }

        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        Assert.Contains("editorial-lint: huge.txt: file too large: 50 MiB, over the 8 MiB limit", outcome.Stderr, StringComparison.Ordinal);
        AssertOkWasLinted(outcome);
    }

    [Fact]
    public void A_file_deleted_between_discovery_and_reading_is_skipped_by_name()
    {
        string dir = FolderWithOk();
        File.WriteAllText(Path.Combine(dir, "gone.md"), Ok);
        IReadOnlyList<InputFile> inputs = FileWalker.Expand(["."], dir);
        File.Delete(Path.Combine(dir, "gone.md"));
        var linter = Linter.CreateDefault();
        RunReport report = LintRunner.Run(inputs, _ => linter, jobs: 2);
        FileReport gone = report.Files.Single(f => f.DisplayPath == "gone.md");
        Assert.Equal("file vanished: it was deleted or moved after the file list was made; skipped", gone.Error);
        Assert.Contains(report.Files.Single(f => f.DisplayPath == "ok.md").Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
    }

    [Fact]
    public void A_file_truncated_between_discovery_and_reading_is_linted_as_it_now_is()
    {
        string dir = FolderWithOk();
        File.WriteAllText(Path.Combine(dir, "changing.md"), Ok + Ok + Ok);
        IReadOnlyList<InputFile> inputs = FileWalker.Expand(["."], dir);
        File.WriteAllText(Path.Combine(dir, "changing.md"), "Short now.");
        RunReport report = LintRunner.Run(inputs, _ => Linter.CreateDefault(), jobs: 2);
        Assert.Equal("Short now.", report.Files.Single(f => f.DisplayPath == "changing.md").Result!.Document.Source.Text);
    }

    [UnreadableFilesFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_file_is_skipped_with_permission_denied()
    {
        string dir = FolderWithOk();
        string locked = Path.Combine(dir, "locked.md");
        File.WriteAllText(locked, Ok);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
            Assert.Contains("editorial-lint: locked.md: permission denied", outcome.Stderr, StringComparison.Ordinal);
            AssertOkWasLinted(outcome);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [Fact]
    public void Symlink_loops_in_folders_end_and_each_file_is_linted_once()
    {
        string dir = FolderWithOk();
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "sub", "inner.md"), Ok);
        Directory.CreateSymbolicLink(Path.Combine(dir, "sub", "loop"), dir);          // sub/loop -> the root
        Directory.CreateSymbolicLink(Path.Combine(dir, "self"), Path.Combine(dir, "self")); // a link to itself
        File.CreateSymbolicLink(Path.Combine(dir, "a.md"), Path.Combine(dir, "b.md"));     // a.md -> b.md -> a.md
        File.CreateSymbolicLink(Path.Combine(dir, "b.md"), Path.Combine(dir, "a.md"));
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(["ok.md", "sub/inner.md"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_folder_given_twice_or_spelled_two_ways_is_linted_once()
    {
        string dir = FolderWithOk();
        var outcome = CliRunner.Run(dir, null, "check", ".", "./", dir, "ok.md", "--format", "json");
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(["ok.md"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public void A_2_MB_line_is_linted_and_shown_as_a_window_around_each_finding()
    {
        string dir = FolderWithOk();
        File.WriteAllText(Path.Combine(dir, "long.txt"), string.Concat(Enumerable.Repeat("word ", 400_000)) + "towardsa deal " + string.Concat(Enumerable.Repeat("word ", 10)));
        var outcome = CliRunner.Run(dir, null, "check", ".", "--no-color");
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("long.txt:1:2000001: warning Spelling.JoinedWords", StringComparison.Ordinal));
        Assert.True(lines.Max(l => l.Length) < 400, $"an output line is {lines.Max(l => l.Length)} characters long");
        Assert.Contains(lines, l => l.StartsWith("ok.md:1:11:", StringComparison.Ordinal));
    }

    [Fact]
    public void Files_of_every_kind_together_give_one_report_and_exit_normally()
    {
        string dir = FolderWithOk();
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(dir, "bad.md"), [0x66, 0xFF, 0x66]);
        File.WriteAllText(Path.Combine(dir, "empty.md"), string.Empty);
        File.WriteAllText(Path.Combine(dir, "bom.md"), "\uFEFF");
        File.WriteAllText(Path.Combine(dir, "deep.md"), string.Concat(Enumerable.Repeat("> ", 1000)) + "towardsa");
        File.WriteAllText(Path.Combine(dir, "bomb.md"), "---\na: &a [x,x,x,x,x,x,x,x,x]\n" + string.Concat("bcdefgh".Select((c, i) => $"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + (char)('a' + i), 9))}]\n")) + "---\ntowardsa\n");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "json");
        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(7, json.RootElement.GetProperty("files").GetArrayLength());
        Assert.Single(outcome.Stderr.TrimEnd().Split('\n'), l => l.Contains("binary.txt: binary file", StringComparison.Ordinal));
        Assert.Contains(FileEntry(outcome, "deep.md").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("nested too deeply", StringComparison.Ordinal));
        Assert.Contains(FileEntry(outcome, "bomb.md").GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.Contains("YAML aliases", StringComparison.Ordinal));
        AssertOkWasLinted(outcome);
    }
}

/// <summary>
/// A fact about files the user may not read. Root reads them anyway (CI runs as root): then the test is skipped
/// with a loud reason instead of passing without having tested anything.
/// </summary>
public sealed class UnreadableFilesFactAttribute : FactAttribute
{
    public UnreadableFilesFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "SKIPPED LOUDLY: Unix file modes do not apply on Windows";
            return;
        }

        string probe = Path.Combine(Path.GetTempPath(), $"editorial-lint-chmod-probe-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "x");
        try
        {
            File.SetUnixFileMode(probe, UnixFileMode.None);
            _ = File.ReadAllBytes(probe);
            Skip = "SKIPPED LOUDLY: this process reads a chmod 000 file anyway (running as root, as in CI), so an unreadable file cannot be made here";
        }
        catch (UnauthorizedAccessException)
        {
            // A real permission error: the test can run.
        }
        finally
        {
            File.SetUnixFileMode(probe, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.Delete(probe);
        }
    }
}

public class RuleFailureIsolationTests
{
    /// <summary>Throws on any document containing "boom": a stand-in for a rule bug met on one file.</summary>
    private sealed class ThrowingRule : EditorialLint.Core.Rules.IRule
    {
        public EditorialLint.Core.Rules.RuleDescriptor Descriptor { get; } =
            new("Test.Throws", "Throws on boom", EditorialLint.Core.Diagnostics.Severity.Warning, "A test rule.", "boom");

        public void Analyze(EditorialLint.Core.Analysis.AnalysisContext context)
        {
            if (context.Document.Source.Text.Contains("boom", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("rule bug");
            }
        }
    }

    [Fact]
    public void A_rule_that_throws_on_one_file_costs_only_that_file()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.md"), "boom");
        File.WriteAllText(Path.Combine(dir, "b.md"), "A roadmap towardsa deal.");
        var linter = new Linter([new ThrowingRule(), .. EditorialLint.Core.Rules.BuiltInRules.All], new LintOptions());
        RunReport report = LintRunner.Run(FileWalker.Expand(["."], dir), _ => linter, jobs: 2);
        Assert.StartsWith("internal error, file skipped (InvalidOperationException: rule bug)", report.Files.Single(f => f.DisplayPath == "a.md").Error, StringComparison.Ordinal);
        Assert.Contains(report.Files.Single(f => f.DisplayPath == "b.md").Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
    }
}
