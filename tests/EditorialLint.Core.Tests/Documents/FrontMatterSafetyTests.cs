using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Tests.Properties;

namespace EditorialLint.Core.Tests.Documents;

/// <summary>
/// Front matter comes from whoever wrote the file: YAML bombs, deep nesting and enormous blocks must be refused
/// with a notice (reported by Hygiene.Encoding), never hang or crash the linter, and the prose is still linted.
/// </summary>
public class FrontMatterSafetyTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    /// <summary>Nine anchors, each a list of nine aliases of the previous one: 9^9 "lol"s if expanded.</summary>
    internal static string BillionLaughs()
    {
        const string Names = "abcdefghi";
        var lines = new List<string> { "a: &a [" + string.Join(",", Enumerable.Repeat("\"lol\"", 9)) + "]" };
        for (int i = 1; i < Names.Length; i++)
        {
            lines.Add($"{Names[i]}: &{Names[i]} [" + string.Join(",", Enumerable.Repeat("*" + Names[i - 1], 9)) + "]");
        }

        return string.Join("\n", lines) + "\n";
    }

    private static string WithFrontMatter(string yaml) => "---\n" + yaml + "\n---\nA roadmap towardsa deal.\n";

    public static TheoryData<string, string, string> Attacks() => new()
    {
        { "billion laughs", WithFrontMatter(BillionLaughs() + "date: 2026-02-04"), "YAML aliases" },
        { "one huge anchor aliased 60 times", WithFrontMatter("big: &big " + new string('x', 40_000) + "\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"k{i}: *big\n"))), "YAML aliases" },
        { "30,000 nested flow sequences", WithFrontMatter("a: " + Repeat("[", 30_000) + Repeat("]", 30_000)), "nested more than" },
        { "12,000 nested flow mappings", WithFrontMatter("a: " + Repeat("{b: ", 12_000) + "c" + Repeat("}", 12_000)), "nested more than" },
        { "30,000 nested block sequences on one line", WithFrontMatter("a:\n  " + Repeat("- ", 30_000) + "x"), "nested more than" },
        { "40 nested block mappings", WithFrontMatter(string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 40) + "v"), "nested more than" },
        { "10,500 keys", WithFrontMatter(Repeat("a:\n", 10_500)), "YAML nodes" },
        { "a 100 KB block", WithFrontMatter("title: " + new string('x', 100_000)), "larger than 64 KiB" },
        { "a 10 MB block", WithFrontMatter("title: " + new string('x', 10_000_000)), "larger than 64 KiB" },
        { "an unclosed flow sequence", WithFrontMatter("date: [2026-02-04\n"), "not valid YAML" },
        { "a flow sequence running into a document marker", WithFrontMatter("tags: [iran\nx: ---\n# y\n"), "YAML" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void Hostile_front_matter_is_refused_with_a_notice_and_the_prose_is_still_linted(string name, string text, string expected)
    {
        Document document = Bounded.Run(name, () => Document.Parse("draft.md", text));
        DocumentNotice notice = Assert.Single(document.Notices);
        Assert.Equal(DocumentNoticeKind.InvalidFrontMatter, notice.Kind);
        Assert.Contains(expected, notice.Message, StringComparison.Ordinal);
        Assert.Empty(document.FrontMatter!.Scalars);
        LintResult result = DocumentInvariants.Linter.Lint(document);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "Hygiene.Encoding" && d.Message == notice.Message);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
        DocumentInvariants.CheckAll(text);
    }

    [Fact]
    public void Ordinary_front_matter_with_an_alias_to_a_scalar_still_gives_its_values()
    {
        string text = WithFrontMatter("first: &d 2026-02-04\ndate: *d\ntags: [a, b]\nnested:\n  date: 1999-01-01\ntitle: \"x\"");
        Document document = Document.Parse("draft.md", text);
        Assert.Empty(document.Notices);
        Assert.True(document.FrontMatter!.TryGetValue("date", out string date, out var span));
        Assert.Equal("2026-02-04", date);
        Assert.Equal("*d", text.Substring(span.Start, span.Length));
        Assert.True(document.FrontMatter.TryGetValue("title", out string title, out span));
        Assert.Equal("x", title);
        Assert.Equal("\"x\"", text.Substring(span.Start, span.Length));
        Assert.False(document.FrontMatter.TryGetValue("tags", out _, out _));
    }
}

/// <summary>Runs work on a thread pool thread and fails (instead of hanging the suite) when it does not finish in time.</summary>
internal static class Bounded
{
    public static T Run<T>(string what, Func<T> work, int seconds = 60)
    {
        var task = Task.Run(work);
        Assert.True(task.Wait(TimeSpan.FromSeconds(seconds)), $"{what}: still running after {seconds} s (a hang)");
        return task.Result;
    }
}
