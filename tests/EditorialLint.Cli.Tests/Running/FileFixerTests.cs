using System.Text;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Tests.Running;

/// <summary><c>--fix</c> on copies of drafts: what is written, and every case where nothing may be.</summary>
public class FileFixerTests
{
    private const string Draft = "Title\r\n\r\nA roadmap towardsa deal, inthe end.\r\n";
    private const string Fixed = "Title\r\n\r\nA roadmap towards a deal, in the end.\r\n";

    [Fact]
    public void Crlf_is_kept_and_a_second_run_changes_nothing()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        var first = CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--min-severity", "warning");
        Assert.Equal(Fixed, File.ReadAllText(file));
        Assert.Contains("applied 2 safe fixes in 1 file", first.Stderr, StringComparison.Ordinal);
        Assert.Equal("No problems found in 1 file.\n", first.Stdout); // the report is of the fixed file
        DateTime written = File.GetLastWriteTimeUtc(file);

        var second = CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--min-severity", "warning");
        Assert.Equal(Fixed, File.ReadAllText(file));
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        Assert.Contains("no safe fix to apply", second.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(dir)); // no temporary file left behind
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Encoding_and_byte_order_mark_are_kept(string encodingName)
    {
        Encoding encoding = encodingName switch
        {
            "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.md");
        File.WriteAllText(file, "Café: a roadmap towardsa deal 😀.\n", encoding);
        CliRunner.Run(dir, null, "check", "a.md", "--fix", "--min-severity", "warning");
        byte[] expected = [.. encoding.GetPreamble(), .. encoding.GetBytes("Café: a roadmap towards a deal 😀.\n")];
        Assert.Equal(expected, File.ReadAllBytes(file));
    }

    [Fact]
    public void Permissions_are_kept()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(file, mode);
        CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--min-severity", "warning");
        Assert.Equal(Fixed, File.ReadAllText(file));
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }

    [Fact]
    public void A_read_only_file_is_left_alone_and_named()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        File.SetAttributes(file, FileAttributes.ReadOnly);
        try
        {
            var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--no-color", "--min-severity", "warning");
            Assert.Equal(Draft, File.ReadAllText(file));
            Assert.Contains("a.txt: is read-only; not fixed", outcome.Stderr, StringComparison.Ordinal);
            Assert.Contains("a.txt:3:11: warning Spelling.JoinedWords", outcome.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }
    }

    [Fact]
    public void A_file_changed_after_it_was_read_is_not_written()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        var linter = Linter.CreateDefault();
        FileReport report = LintRunner.LintOne(new InputFile("a.txt", file), _ => linter);
        const string edited = "Title\r\n\r\nSomeone else's edit: a roadmap towardsa deal.\r\n";
        File.WriteAllText(file, edited);

        FileFixResult result = new FileFixer(linter).Fix(report, dryRun: false);
        Assert.Equal(edited, File.ReadAllText(file));
        Assert.Equal("changed since it was read; not fixed", result.Note);
        Assert.Same(report, result.Report);
    }

    [Fact]
    public void A_file_changed_while_it_was_being_fixed_is_not_written()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        var linter = Linter.CreateDefault();
        FileReport report = LintRunner.LintOne(new InputFile("a.txt", file), _ => linter);
        const string edited = "Saved by an editor meanwhile.";
        var fixer = new FileFixer(linter) { BeforeReplace = path => File.WriteAllText(path, edited) };

        FileFixResult result = fixer.Fix(report, dryRun: false);
        Assert.Equal(edited, File.ReadAllText(file));
        Assert.Equal("changed while it was being fixed; not fixed", result.Note);
        Assert.Equal(["a.txt"], Directory.GetFiles(dir).Select(Path.GetFileName)); // the temporary file is gone
    }

    [Fact]
    public void Overlapping_safe_fixes_are_not_applied_and_are_named()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        var linter = new Linter([new OverlappingFixesRule()]);
        FileReport report = LintRunner.LintOne(new InputFile("a.txt", file), _ => linter);

        FileFixResult result = new FileFixer(linter).Fix(report, dryRun: false);
        Assert.Equal(Draft, File.ReadAllText(file));
        Assert.Equal(0, result.Applied);
        Assert.Equal("2 safe fixes were not applied because they overlap another fix (line 3)", result.Note);
    }

    [Fact]
    public void A_file_that_is_not_valid_utf8_is_never_rewritten()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        byte[] bytes = [.. Encoding.ASCII.GetBytes("caf"), 0xE9, .. Encoding.ASCII.GetBytes(" towardsa deal\n")];
        File.WriteAllBytes(file, bytes);
        var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--min-severity", "warning");
        Assert.Equal(bytes, File.ReadAllBytes(file));
        Assert.Contains("not valid UTF-8", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string dir = CliRunner.TempFolder();
        string target = Path.Combine(dir, "real.txt");
        File.WriteAllText(target, Draft);
        string link = Path.Combine(dir, "link.txt");
        File.CreateSymbolicLink(link, target);
        CliRunner.Run(dir, null, "check", "link.txt", "--fix", "--min-severity", "warning");
        Assert.Equal(Fixed, File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Dry_run_prints_a_diff_and_writes_nothing()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        File.WriteAllText(file, Draft);
        var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--fix-dry-run", "--format", "json", "--min-severity", "warning");
        Assert.Equal(Draft, File.ReadAllText(file));
        Assert.Equal("--- a/a.txt\n+++ b/a.txt\n@@ -1,3 +1,3 @@\n Title\r\n \r\n-A roadmap towardsa deal, inthe end.\r\n+A roadmap towards a deal, in the end.\r\n", outcome.Stdout);
        Assert.Contains("2 safe fixes in 1 file would be applied", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, outcome.ExitCode); // nothing at error level would remain
    }

    [Fact]
    public void Unsafe_fixes_are_never_applied()
    {
        string dir = CliRunner.TempFolder();
        string file = Path.Combine(dir, "a.txt");
        const string text = "He travelled to Moscow on June 30.";
        File.WriteAllText(file, text);
        var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--fix", "--published", "2026-02-04", "--min-severity", "warning");
        Assert.Equal(text, File.ReadAllText(file));
        Assert.Equal(1, outcome.ExitCode);
    }

    [Fact]
    public void Standard_input_is_not_fixed_in_place_but_can_be_diffed()
    {
        string dir = CliRunner.TempFolder();
        var fix = CliRunner.Run(dir, "A roadmap towardsa deal.\n", "check", "-", "--fix", "--min-severity", "warning");
        Assert.Contains("standard input is not fixed in place", fix.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
        var diff = CliRunner.Run(dir, "A roadmap towardsa deal.\n", "check", "-", "--fix-dry-run", "--stdin-filename", "x.md", "--min-severity", "warning");
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1 +1 @@\n-A roadmap towardsa deal.\n+A roadmap towards a deal.\n", diff.Stdout);
    }

    /// <summary>Two safe fixes for one typo that disagree: "towards a deal" and "toward a deal".</summary>
    private sealed class OverlappingFixesRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("Test.Overlap", "Overlapping fixes", Severity.Warning, "Explanation.", "Example.");

        public void Analyze(AnalysisContext context)
        {
            int at = context.Document.Source.Text.IndexOf("towardsa deal", StringComparison.Ordinal);
            var word = new TextSpan(at, "towardsa".Length);
            var phrase = new TextSpan(at, "towardsa deal".Length);
            context.Report(new Diagnostic(Descriptor, word, "joined", Fix.Replace("Split", word, "towards a", safe: true)));
            context.Report(new Diagnostic(Descriptor, phrase, "variant", Fix.Replace("American", phrase, "toward a deal", safe: true)));
        }
    }
}
