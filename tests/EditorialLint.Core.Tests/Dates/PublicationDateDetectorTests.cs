using EditorialLint.Core.Dates;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Tests.Dates;

public class PublicationDateDetectorTests
{
    private static PublicationDate? Detect(string text, string path = "a.txt", DateOnly? overrideDate = null) =>
        PublicationDateDetector.Detect(Document.Parse(path, text), overrideDate);

    [Theory]
    [InlineData("Title\n\nPublished On 4 Feb 2026\n\nBody.", 3)]
    [InlineData("Title\n\nPublished: February 4, 2026\n\nBody.", 3)]
    [InlineData("Published Feb. 4, 2026", 1)]
    [InlineData("*Published on Wednesday, 4 February 2026*", 1)]
    [InlineData("Updated 4 Feb 2026", 1)]
    public void Finds_datelines_near_the_top(string text, int line)
    {
        PublicationDate date = Detect(text)!;
        Assert.Equal(new DateOnly(2026, 2, 4), date.Date);
        Assert.Equal(PublicationDateSource.Dateline, date.Source);
        Assert.Equal($"dateline on line {line}", date.Description);
    }

    [Fact]
    public void Published_wins_over_updated()
    {
        PublicationDate date = Detect("Updated 9 Feb 2026\nPublished 4 Feb 2026\n\nBody.")!;
        Assert.Equal(new DateOnly(2026, 2, 4), date.Date);
        Assert.Equal("dateline on line 2", date.Description);
    }

    [Fact]
    public void Front_matter_wins_over_datelines_and_the_override_over_both()
    {
        string text = "---\ntitle: x\npubDate: 1987-03-13T15:05:02Z\n---\n\nPublished 4 Feb 2026\n";
        Assert.Equal(new DateOnly(1987, 3, 13), Detect(text, "a.md")!.Date);
        Assert.Equal("front matter `pubDate`", Detect(text, "a.md")!.Description);
        Assert.Equal(new DateOnly(2020, 1, 1), Detect(text, "a.md", new DateOnly(2020, 1, 1))!.Date);
    }

    [Fact]
    public void No_date_and_prose_mentions_are_not_datelines()
    {
        Assert.Null(Detect("Title\n\nThe report was published on 4 Feb 2026 by the ministry."));
        Assert.Null(Detect("Nothing here."));
    }

    [Theory]
    [InlineData("4 Feb 2026")]
    [InlineData("4 February 2026")]
    [InlineData("February 4, 2026")]
    [InlineData("Feb. 4, 2026")]
    [InlineData("Wednesday, 4 February 2026")]
    [InlineData("2026-02-04")]
    [InlineData("2026-02-04T10:00:00Z")]
    [InlineData("\"4 February 2026\"")]
    public void Parses_full_dates(string text)
    {
        Assert.True(PublicationDateDetector.TryParseValue(text, out DateOnly date));
        Assert.Equal(new DateOnly(2026, 2, 4), date);
    }

    [Theory]
    [InlineData("30 February 2026")]
    [InlineData("June 2026")]
    [InlineData("Highway 30, 2026")]
    [InlineData("2026-02-04 and later")]
    [InlineData("Published 4 Feb 2026 and then 5 Feb 2026")]
    public void Rejects_what_is_not_a_full_date(string text) => Assert.False(PublicationDateDetector.TryParseValue(text, out _));
}
