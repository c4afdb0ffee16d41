using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Tests.Analysis;

public class QuotationAnalysisTests
{
    private static (string Text, bool Closed, bool Continues)[] Find(string text) =>
        QuotationAnalysis.Find(text).Select(q => (text.Substring(q.Span.Start, q.Span.Length), q.Closed, q.Continues)).ToArray();

    [Fact]
    public void Pairs_curly_and_straight_marks()
    {
        Assert.Equal([("“One two.”", true, false), ("\"Three.\"", true, false)], Find("He said “One two.” Then \"Three.\" Done."));
    }

    [Fact]
    public void An_opening_mark_inside_an_open_quotation_starts_a_continuation()
    {
        Assert.Equal(
            [("\"A b.", false, false), ("\"C d.", false, true), ("\"E.\"", true, true)],
            Find("\"A b. \"C d. \"E.\" he said."));
    }

    [Fact]
    public void A_quotation_left_open_at_the_end_runs_on()
    {
        Assert.Equal([("“We will wait.", false, false)], Find("He said: “We will wait. \n"));
    }

    [Fact]
    public void Inch_marks_and_apostrophes_are_not_quotations()
    {
        Assert.Empty(Find("He is 5'11\" tall and it's Iran's turn."));
    }
}
