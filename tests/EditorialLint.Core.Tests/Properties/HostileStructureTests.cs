using EditorialLint.Core.Documents;
using EditorialLint.Core.Tests.Documents;

namespace EditorialLint.Core.Tests.Properties;

/// <summary>Fixed extreme inputs that random generation would rarely reach: the edges, named.</summary>
public class HostileStructureTests
{
    public static TheoryData<string, string> Cases()
    {
        static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        return new TheoryData<string, string>
        {
            { "empty", string.Empty },
            { "one space", " " },
            { "only line breaks", Repeat("\r\n\r\n\n\r", 500) },
            { "only a BOM", "\uFEFF" },
            { "BOM then CRLF", "\uFEFF\r\n" },
            { "lone high surrogate", "\uD800" },
            { "lone low surrogate at the end of a word", "towardsa\uDC00" },
            { "surrogate pair split by a CRLF", "\uD83D\r\n\uDE00 towardsa" },
            { "combining marks on nothing", "\u0301\u0301\u0301 towardsa \u0301" },
            { "U+FFFC in the source", "A \uFFFC towardsa \uFFFC." },
            { "1,000 levels of '>'", Repeat(">", 1000) + " A roadmap towardsa deal." },
            { "1,000 levels of '> '", Repeat("> ", 1000) + "A roadmap towardsa deal." },
            { "lists in quotes in lists, 500 deep", Repeat("- > ", 500) + "A roadmap towardsa deal.\n" },
            { "nested list, 1,000 levels", string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 2) + "- towardsa\n")) },
            { "10,000 opening brackets", Repeat("[", 10_000) + "towardsa" + Repeat("]", 10_000) },
            { "5,000 nested emphasis", Repeat("*a ", 5_000) + "towardsa" + Repeat(" a*", 5_000) },
            { "5,000 nested links", Repeat("[a ", 5_000) + "towardsa" + Repeat("](u)", 5_000) },
            { "100,000 backticks", new string('`', 100_000) + "towardsa" },
            { "one 1 MB line", Repeat("towardsa word ", 75_000) },
            { "100,000 short lines", Repeat("towardsa\n", 100_000) },
            { "table with 2,000 columns", Repeat("| a ", 2000) + "|\n" + Repeat("|---", 2000) + "|\n" + Repeat("| towardsa ", 2000) + "|\n" },
            { "front matter only", "---\ndate: 2026-02-04\n---" },
            { "unclosed front matter", "---\ndate: 2026-02-04\ntowardsa\n" },
            { "100,000 straight quotes (Attribution.Anonymous was quadratic)", Repeat("\"a ", 100_000) },
            { "a 100,000-letter word (Spelling.Misspelled was quadratic)", new string('x', 100_000) },
            { "a 1 MB word", "A " + new string('x', 1_000_000) + " towardsa." },
            { "50,000 dates", Repeat("June 30 ", 50_000) },
            { "30,000 attributions", Repeat("Mr. Smith said ", 30_000) },
            { "HTML comment never closed", "<!-- " + Repeat("towardsa ", 1000) },
            { "entity soup", Repeat("&amp;&#x0;&#xD800;&#1114112;&bogus;", 1000) },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Extreme_input_parses_and_lints_with_every_invariant(string name, string text)
    {
        Assert.True(Bounded.Run(name, () =>
        {
            DocumentInvariants.CheckAll(text);
            return true;
        }));
    }

    [Fact]
    public void Markdown_nested_beyond_the_parser_limit_is_checked_as_plain_text_with_a_notice()
    {
        string text = string.Concat(Enumerable.Repeat("> ", 1000)) + "A roadmap towardsa deal.";
        Document document = Document.Parse("deep.md", text);
        DocumentNotice notice = Assert.Single(document.Notices);
        Assert.Equal(DocumentNoticeKind.UnparsedMarkdown, notice.Kind);
        Assert.Contains("nested too deeply", notice.Message, StringComparison.Ordinal);
        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Contains(DocumentInvariants.Linter.Lint(document).Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
    }

    /// <summary>Regressions the property tests found in the Markdown map (each failed before its fix).</summary>
    [Theory]
    [InlineData("soft break at a lone CR was mapped as a verbatim '\\n'", "a towardsa\rb deal", "towardsa")]
    [InlineData("soft break at a CRLF covered only the CR", "a towardsa\r\nb deal", "towardsa")]
    [InlineData("a tab after '#' gave heading literals offsets outside the heading", "ab\n\n# \ttowardsa deal\n", "towardsa")]
    [InlineData("a tab after '######' in a heading after a CR", "ab\n\r###### \t[^1] towardsa  \r\rx", "towardsa")]
    [InlineData("a broken grid table repeated a line, mapped backwards", "+9/11 ---+---+\n| a  | \r\n\r\nb |\n+======+===+\n|  towardsa | d |\n+---+---+\n-+\n", "towardsa")]
    public void Markdown_maps_stay_exact_where_the_parser_reports_odd_positions(string finding, string text, string flagged)
    {
        Assert.NotNull(finding);
        Document document = Document.Parse("x.md", text);
        DocumentInvariants.CheckDocument(document);
        var diagnostic = Assert.Single(DocumentInvariants.Linter.Lint(document).Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
        Assert.Equal(flagged, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
        ProseBlock block = document.FindBlock(diagnostic.Span.Start)!;
        foreach (SourceSegment segment in block.Map.Where(s => block.Text.AsSpan(s.ProseStart, s.ProseLength).Contains('\n')))
        {
            Assert.True(segment.IsAtomic || text.AsSpan(segment.SourceStart, segment.SourceLength).SequenceEqual(block.Text.AsSpan(segment.ProseStart, segment.ProseLength)), $"segment {segment}");
        }
    }
}
