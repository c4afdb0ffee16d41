using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class DateModelTests
{
    private static DateMention Mention(string draft, string text) =>
        DateTestKit.Model(draft).Mentions.Single(m => m.Text == text);

    [Theory]
    [InlineData("He travelled to Moscow on June 30.", Tense.Past)]
    [InlineData("He died on June 30 at home.", Tense.Past)]
    [InlineData("The treaty was signed on June 30.", Tense.Past)]
    [InlineData("On June 30, the minister travelled to Moscow.", Tense.Past)]
    [InlineData("The summit will be held on June 30.", Tense.Future)]
    [InlineData("Talks are scheduled for June 30.", Tense.Future)]
    [InlineData("The minister is due to visit Tokyo on June 30.", Tense.Future)]
    [InlineData("The exhibition opens on June 30.", Tense.Future)]
    [InlineData("We'll see them on June 30.", Tense.Future)]
    [InlineData("He would resign on June 30 if asked.", Tense.Unknown)]
    [InlineData("The company said June 30 was the deadline.", Tense.Unknown)]
    [InlineData("The agreement had been scheduled to expire June 30.", Tense.Unknown)]
    [InlineData("The talks stalled on June 30 due to the strike.", Tense.Past)]
    [InlineData("Profits rose on June 30, and the firm will pay a dividend.", Tense.Past)]
    [InlineData("The board had planned a vote on June 30.", Tense.Unknown)]
    public void Tense_of_the_clause(string draft, Tense tense) => Assert.Equal(tense, Mention(draft, "June 30").Tense);

    [Fact]
    public void Pluperfect_is_marked()
    {
        var m = Mention("The court heard the defendant had bought the knife on June 30.", "June 30");
        Assert.Equal(Tense.Past, m.Tense);
        Assert.True(m.TenseReading.Pluperfect);
    }

    [Fact]
    public void A_sentence_opening_frame_governs_the_rest_of_the_paragraph()
    {
        const string draft = "Over the past few days, talks moved fast. Envoys met on June 30 in Muscat.\n\nOn June 29 the rain came.";
        var model = DateTestKit.Model(draft);
        var inFrame = model.Mentions.Single(m => m.Text == "June 30");
        Assert.Equal("Over the past few days", inFrame.Frame!.Text);
        Assert.True(inFrame.Frame.GovernsParagraph);
        Assert.Equal(FrameDirection.Past, inFrame.Frame.FrameDirection);
        Assert.Null(model.Mentions.Single(m => m.Text == "June 29").Frame);
    }

    [Fact]
    public void A_frame_inside_a_sentence_governs_only_that_sentence()
    {
        const string draft = "Envoys met this week in Muscat. They had met on June 30 before.";
        var model = DateTestKit.Model(draft);
        Assert.False(model.Mentions.Single(m => m.Text == "this week").GovernsParagraph);
        Assert.Null(model.Mentions.Single(m => m.Text == "June 30").Frame);
    }

    [Fact]
    public void This_week_opening_a_sentence_governs_only_that_sentence()
    {
        var model = DateTestKit.Model("This week, the inquiry heard a witness. She saw the attack on June 30.");
        Assert.False(model.Mentions.Single(m => m.Text == "This week").GovernsParagraph);
        Assert.Null(model.Mentions.Single(m => m.Text == "June 30").Frame);
    }

    [Theory]
    [InlineData("Witnesses who saw the attack on June 30 came forward.", true)]
    [InlineData("Witnesses saw the attack on June 30 and came forward.", false)]
    public void Relative_clauses(string draft, bool inRelativeClause) =>
        Assert.Equal(inRelativeClause, Mention(draft, "June 30").InRelativeClause);

    [Theory]
    [InlineData("Police said the man attacked her on June 30.", true)]
    [InlineData("The governor said on June 30 that talks had failed.", false)]
    [InlineData("The man attacked her on June 30.", false)]
    public void Reported_speech(string draft, bool afterReporting) =>
        Assert.Equal(afterReporting, Mention(draft, "June 30").AfterReporting);

    [Theory]
    [InlineData("Yesterday, Tuesday, the council voted.", "Yesterday", "Tuesday")]
    [InlineData("The board met last Friday (January 30) in Rome.", "last Friday", "January 30")]
    [InlineData("The fire broke out three days ago, on 1 February.", "three days ago", "1 February")]
    public void Glosses(string draft, string relative, string gloss)
    {
        var model = DateTestKit.Model(draft);
        var m = model.Mentions.Single(x => x.Text == relative);
        Assert.Equal(gloss, m.Gloss!.Text);
        Assert.True(model.Mentions.Single(x => x.Text == gloss).IsGloss);
    }

    [Theory]
    [InlineData("\"We lost it on June 30,\" she said.", true)]
    [InlineData("“We lost it on June 30,” she said.", true)]
    [InlineData("She said they lost it on June 30.", false)]
    public void Quotes(string draft, bool inQuote) => Assert.Equal(inQuote, Mention(draft, "June 30").InQuote);

    [Theory]
    [InlineData("He left on June 30.", true)]
    [InlineData("He died June 30 at home.", true)]
    [InlineData("June 30: the day it ended.", true)]
    [InlineData("The offer runs until June 30.", false)]
    [InlineData("The firm vowed cuts in a June 30 statement.", false)]
    [InlineData("The dividend is payable June 30.", false)]
    public void Whether_the_date_dates_its_event(string draft, bool datesEvent) =>
        Assert.Equal(datesEvent, Mention(draft, "June 30").DatesEvent);

    [Fact]
    public void Describes_a_mention_for_hover()
    {
        var model = DateTestKit.Model("Araghchi held consultations in Istanbul last Friday.");
        Assert.Equal("Friday 30 January 2026, 5 days before publication", model.Mentions[0].Describe(model.Reference));
        var noDate = DateTestKit.Model("They met last Friday.", published: null);
        Assert.Equal("last Friday: no publication date to resolve it against", noDate.Mentions[0].Describe(null));
        Assert.Equal("February 30: no such date", DateTestKit.Model("Due on February 30.").Mentions[0].Describe(new DateOnly(2026, 2, 4)));
    }

    [Fact]
    public void Hover_of_a_date_without_a_year_names_its_other_reading()
    {
        var model = DateTestKit.Model("The minister travelled to Moscow on June 30.");
        Assert.Equal("Monday 30 June 2025, about 7 months before publication (or Tuesday 30 June 2026, about 5 months after publication)",
            model.Mentions[0].Describe(model.Reference));
    }

    [Fact]
    public void Full_dates_and_years_resolve_without_a_publication_date()
    {
        var model = DateTestKit.Model("It was signed on 4 June 1989, in 2001.", published: null);
        Assert.Equal(new DateOnly(1989, 6, 4), model.Mentions[0].Resolution!.Value.Start);
        Assert.Equal(new DateOnly(2001, 12, 31), model.Mentions[1].Resolution!.Value.End);
    }
}
