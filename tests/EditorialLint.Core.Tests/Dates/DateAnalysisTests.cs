using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Core.Tests.Dates;

public class DateAnalysisTests
{
    private static (DateAnalysis Analysis, string Text) Analyse(string text, string path = "a.md")
    {
        var context = new AnalysisContext(Document.Parse(path, text), new LintOptions());
        return (context.Get<DateAnalysis>(), text);
    }

    [Fact]
    public void Occurrences_map_to_exact_source_ranges_through_markup()
    {
        var (analysis, text) = Analyse("---\ndate: 2026-02-04\n---\n\nEnvoys met on **June 30** and [last Friday](http://x.test).\n");
        Assert.Equal(["June 30", "last Friday"], analysis.Occurrences.Select(o => text.Substring(o.SourceSpan.Start, o.SourceSpan.Length)));
        Assert.Equal(new DateOnly(2026, 2, 4), analysis.PublicationDate!.Date);
    }

    [Fact]
    public void FindAt_returns_the_expression_under_a_source_offset_for_hover()
    {
        var (analysis, text) = Analyse("---\ndate: 2026-02-04\n---\n\nAraghchi held talks in Istanbul last Friday.\n");
        int offset = text.IndexOf("Friday", StringComparison.Ordinal);
        var found = analysis.FindAt(offset)!;
        Assert.Equal("last Friday", found.Text);
        Assert.Equal(TemporalKind.Weekday, found.Kind);
        Assert.Equal("Friday 30 January 2026, 5 days before publication", found.Describe(analysis.PublicationDate));
        Assert.Same(found, analysis.FindAt(found.SourceSpan.End));
        Assert.Null(analysis.FindAt(text.IndexOf("Istanbul", StringComparison.Ordinal)));
    }

    [Fact]
    public void Styles_are_classified_for_consistency_checks()
    {
        var (analysis, _) = Analyse("It began on 4 Feb 2026, resumed on February 9, 2026 and ends on June 30.", "a.txt");
        Assert.Equal(["D Mon YYYY", "Month D, YYYY", "Month D"], analysis.Occurrences.Select(o => o.Style!.Value.Pattern));
    }

    [Fact]
    public void The_publication_date_comes_from_a_published_line_in_plain_text()
    {
        var (analysis, _) = Analyse("Title\n\nPublished On 4 Feb 2026\n\nThey met last Friday.", "a.txt");
        Assert.Equal("dateline on line 3", analysis.PublicationDate!.Description);
        Assert.Equal(TemporalRole.PublicationLine, analysis.Occurrences[0].Expression.Role);
        Assert.Equal(new DateOnly(2026, 1, 30), analysis.Occurrences[1].Resolution!.Value.Start);
    }
}
