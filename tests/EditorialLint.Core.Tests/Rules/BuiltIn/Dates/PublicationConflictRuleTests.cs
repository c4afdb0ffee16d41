using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Dates;

public class PublicationConflictRuleTests
{
    [Fact]
    public void Seed_paragraph_june_30_in_the_past_few_days()
    {
        const string text = "Over the past few days, Iran and regional nations have intensified their diplomacy. Ali Larijani travelled to Moscow on June 30 for a meeting with Russian President Vladimir Putin.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "June 30");
        Assert.Contains("about 5 months after publication", d.Message, StringComparison.Ordinal);
        Assert.Contains("January 30?", d.Message, StringComparison.Ordinal);
        Assert.Contains("over the past few days", d.Message, StringComparison.Ordinal);
        Assert.Contains("from --published", d.Message, StringComparison.Ordinal);
        Assert.Equal(text.Replace("June 30", "January 30", StringComparison.Ordinal), RuleAssert.FixResult<PublicationConflictRule>(text));
    }

    [Fact]
    public void Markdown_emphasis_and_links_keep_exact_ranges_and_fixes()
    {
        const string text = "Over the past few days, talks moved fast. Envoys travelled to Muscat on **June 30** and [met](http://x.test) the sultan.";
        RuleAssert.Single<PublicationConflictRule>(text, "June 30", format: DocumentFormat.Markdown);
        Assert.Equal(text.Replace("June 30", "January 30", StringComparison.Ordinal),
            RuleAssert.FixResult<PublicationConflictRule>(text, format: DocumentFormat.Markdown));
    }

    [Fact]
    public void Day_month_order_keeps_its_style_in_the_fix()
    {
        const string text = "The minister visited Doha on 30 June, officials said.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "30 June");
        Assert.Contains("30 January", d.Message, StringComparison.Ordinal);
        Assert.Contains(d.Fixes, f => f.Edits[0].NewText == "30 June 2025");
    }

    [Fact]
    public void Date_before_publication_but_outside_a_recent_frame()
    {
        RuleAssert.Single<PublicationConflictRule>("Over the past few days, the talks moved fast. Envoys met on January 2 in Muscat.", "January 2");
    }

    [Fact]
    public void Relative_day_glossed_by_another_date()
    {
        const string text = "The fire broke out three days ago, on 1 March, near the town.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "1 March", published: "2026-03-10");
        Assert.Contains("not three days ago", d.Message, StringComparison.Ordinal);
        Assert.Equal(text.Replace("1 March", "7 March", StringComparison.Ordinal), RuleAssert.FixResult<PublicationConflictRule>(text, published: "2026-03-10"));
    }

    [Fact]
    public void Future_event_dated_before_publication()
    {
        var d = RuleAssert.Single<PublicationConflictRule>("The summit will open on January 12 in Geneva.", "January 12");
        Assert.Contains("told as still to come", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Past_event_with_a_full_date_after_publication_suggests_the_year_slip()
    {
        const string text = "The agreement was signed on 14 March 2026 in Doha.";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "14 March 2026");
        Assert.Contains("did you mean 14 March 2025?", d.Message, StringComparison.Ordinal);
        Assert.Equal(text.Replace("2026", "2025", StringComparison.Ordinal), RuleAssert.FixResult<PublicationConflictRule>(text));
    }

    [Fact]
    public void Dateline_days_away_from_publication_with_its_slip()
    {
        var d = RuleAssert.Single<PublicationConflictRule>("LONDON, May 18 - Bank lending rose in May.", "May 18", published: "1987-06-18");
        Assert.Contains("did you mean June 18?", d.Message, StringComparison.Ordinal);
        Assert.Equal("LONDON, June 18 - Bank lending rose in May.", RuleAssert.FixResult<PublicationConflictRule>("LONDON, May 18 - Bank lending rose in May.", published: "1987-06-18"));
    }

    [Fact]
    public void Published_line_that_disagrees_with_the_front_matter()
    {
        const string text = "---\ndate: 2026-02-04\n---\n\nPublished On 6 Feb 2026\n\nTalks resumed.\n";
        var d = RuleAssert.Single<PublicationConflictRule>(text, "6 Feb 2026", published: null, format: DocumentFormat.Markdown);
        Assert.Contains("the article and its metadata disagree", d.Message, StringComparison.Ordinal);
        RuleAssert.None<PublicationConflictRule>(text.Replace("6 Feb", "5 Feb", StringComparison.Ordinal), published: null, format: DocumentFormat.Markdown);
    }

    [Fact]
    public void Update_before_publication()
    {
        var d = RuleAssert.Single<PublicationConflictRule>("Published On 4 Feb 2026\n\nUpdated 1 Feb 2026\n\nTalks resumed.", "1 Feb 2026", published: null);
        Assert.Contains("cannot be updated before it is published", d.Message, StringComparison.Ordinal);
        RuleAssert.None<PublicationConflictRule>("Published On 4 Feb 2026\n\nUpdated 6 Feb 2026\n\nTalks resumed.", published: null);
    }

    [Theory]
    [InlineData("The plant closed in 2027 after years of losses.", "2027", "told in the past")]
    [InlineData("The company was sold in June 2026 to a rival.", "June 2026", "told in the past")]
    [InlineData("The terminal will open in December 2025, the airport said.", "December 2025", "still to come")]
    public void Years_and_months_on_the_wrong_side_of_publication(string text, string flagged, string why)
    {
        var d = RuleAssert.Single<PublicationConflictRule>(text, flagged);
        Assert.Contains(why, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The pace set in 1986 will continue this year.")]
    [InlineData("He aimed in 1988 to recoup the revenue.")]
    [InlineData("Output in 1986 is expected to be maintained in 1987.")]
    [InlineData("The plant opened in 2019 and will close in 2027.")]
    public void Silent_on_years_that_time_something_else(string text) =>
        RuleAssert.None<PublicationConflictRule>(text, published: "1987-03-09");

    [Theory]
    [InlineData("The summit will be held on June 30 in Vienna.")]
    [InlineData("Talks are scheduled for June 30.")]
    [InlineData("The agreement was signed on June 30, 2015.")]
    [InlineData("June Carter sang on stage.")]
    [InlineData("The minister travelled to Moscow on January 30.")]
    [InlineData("The company said results for the year ended June 30 were strong.")]
    [InlineData("Officials met on Highway 30 near the border.")]
    [InlineData("\"We lost everything on August 12,\" she said.")]
    [InlineData("LTV filed for bankruptcy last July 17.")]
    [InlineData("Last year the firm cut jobs. On November 3, it closed its Leeds plant.")]
    [InlineData("The offer ran until March 31.")]
    [InlineData("The firm vowed cuts in a May 14 statement.")]
    [InlineData("The board said it would approve the plan on March 10 if markets calmed.")]
    [InlineData("The company said March 31 was the deadline for bids.")]
    [InlineData("LONDON, Feb 5 - Shares rose.")]
    [InlineData("Police arrested him on December 12 after a search.")]
    public void Silent_on_future_plans_dated_events_names_deadlines_and_financial_periods(string text) =>
        RuleAssert.None<PublicationConflictRule>(text);

    [Fact]
    public void Silent_without_a_publication_date() =>
        RuleAssert.None<PublicationConflictRule>("He travelled to Moscow on June 30.", published: null);
}
