using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class TemporalRecognizerTests
{
    [Theory]
    [InlineData("It happened on 4 Feb 2026 in town.", "4 Feb 2026", "D Mon YYYY")]
    [InlineData("It happened on 4 February 2026 in town.", "4 February 2026", "D Month YYYY")]
    [InlineData("It happened on February 4, 2026, in town.", "February 4, 2026", "Month D, YYYY")]
    [InlineData("It happened on Feb. 4, 2026, in town.", "Feb. 4, 2026", "Mon. D, YYYY")]
    [InlineData("It happened on Wednesday, 4 February 2026.", "Wednesday, 4 February 2026", "Weekday, D Month YYYY")]
    [InlineData("It happened on 2026-02-04.", "2026-02-04", "YYYY-MM-DD")]
    [InlineData("It happened on 4th February 2026.", "4th February 2026", "Dth Month YYYY")]
    [InlineData("Doors open Wed, 4 Feb 2026 at ten.", "Wed, 4 Feb 2026", "Wkd, D Mon YYYY")]
    [InlineData("It happened on February 4 2026 in town.", "February 4 2026", "Month D YYYY")]
    public void Full_dates_in_every_common_style(string text, string expected, string style)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
        Assert.Equal(TemporalKind.FullDate, e.Kind);
        Assert.Equal((2026, 2, 4), (e.Year, e.Month, e.Day));
        Assert.Equal(style, e.Style!.Value.Pattern);
    }

    [Theory]
    [InlineData("He left on June 30 for Moscow.", "June 30", 6, 30, "Month D")]
    [InlineData("He left on 30 June for Moscow.", "30 June", 6, 30, "D Month")]
    [InlineData("He left on Jun 30 for Moscow.", "Jun 30", 6, 30, "Mon D")]
    [InlineData("He left on June 30th for Moscow.", "June 30th", 6, 30, "Month Dth")]
    [InlineData("He left on the 30th of June.", "30th of June", 6, 30, "Dth Month")]
    [InlineData("He left on Sept. 3 for Rome.", "Sept. 3", 9, 3, "Mon. D")]
    public void Partial_dates(string text, string expected, int month, int day, string style)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
        Assert.Equal(TemporalKind.PartialDate, e.Kind);
        Assert.Null(e.Year);
        Assert.Equal((month, day), (e.Month, e.Day));
        Assert.Equal(style, e.Style!.Value.Pattern);
    }

    [Theory]
    [InlineData("Talks resume in mid-June, aides say.", "mid-June", PeriodPart.Mid)]
    [InlineData("Talks resume in early February, aides say.", "early February", PeriodPart.Early)]
    [InlineData("Talks resume at the end of March, aides say.", "end of March", PeriodPart.Late)]
    [InlineData("Talks resumed in June after a pause.", "June", PeriodPart.Whole)]
    public void Months_with_and_without_a_part(string text, string expected, PeriodPart part)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
        Assert.Equal(TemporalKind.Month, e.Kind);
        Assert.Equal(part, e.Part);
    }

    [Theory]
    [InlineData("Sales fell in June 2025 again.", "June 2025")]
    [InlineData("March 2026 sales rose 4%.", "March 2026")]
    [InlineData("Output peaked in mid-June 2025.", "mid-June 2025")]
    public void Month_years(string text, string expected)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(TemporalKind.MonthYear, e.Kind);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
    }

    [Theory]
    [InlineData("Prices rose in 2026.", "2026")]
    [InlineData("It broke the 2015 agreement.", "2015")]
    [InlineData("Prices have doubled since 2019.", "2019")]
    public void Years(string text, string expected)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(TemporalKind.Year, e.Kind);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
    }

    [Theory]
    [InlineData("They met on Monday in Rome.", "Monday", RelativeModifier.None, false)]
    [InlineData("They met last Friday in Rome.", "last Friday", RelativeModifier.Last, false)]
    [InlineData("They meet this Friday in Rome.", "this Friday", RelativeModifier.This, false)]
    [InlineData("They meet next Tuesday in Rome.", "next Tuesday", RelativeModifier.Next, false)]
    [InlineData("Friday's meeting was cancelled.", "Friday", RelativeModifier.None, true)]
    public void Weekdays(string text, string expected, RelativeModifier modifier, bool possessive)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(TemporalKind.Weekday, e.Kind);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
        Assert.Equal(modifier, e.Modifier);
        Assert.Equal(possessive, e.Possessive);
    }

    [Theory]
    [InlineData("He said yesterday that it ended.", "yesterday", TemporalKind.RelativeDay)]
    [InlineData("Today the talks resume.", "Today", TemporalKind.RelativeDay)]
    [InlineData("The talks resume tomorrow.", "tomorrow", TemporalKind.RelativeDay)]
    [InlineData("The talks resume this week.", "this week", TemporalKind.RelativePeriod)]
    [InlineData("The talks resume later this week.", "later this week", TemporalKind.RelativePeriod)]
    [InlineData("The talks ended last month.", "last month", TemporalKind.RelativePeriod)]
    [InlineData("Rebels seized it over the weekend.", "over the weekend", TemporalKind.RelativePeriod)]
    [InlineData("The fire started three days ago.", "three days ago", TemporalKind.RelativeDay)]
    [InlineData("The vote is in two weeks.", "in two weeks", TemporalKind.RelativePeriod)]
    [InlineData("Talks moved over the past few days.", "over the past few days", TemporalKind.RelativePeriod)]
    [InlineData("It was agreed earlier this month.", "earlier this month", TemporalKind.RelativePeriod)]
    [InlineData("Shots rang out last night.", "last night", TemporalKind.RelativeDay)]
    [InlineData("It closed a week ago.", "a week ago", TemporalKind.RelativePeriod)]
    [InlineData("Fighting grew in recent days.", "in recent days", TemporalKind.RelativePeriod)]
    public void Relative_expressions(string text, string expected, TemporalKind kind)
    {
        var e = DateTestKit.Single(text);
        Assert.Equal(expected, text.Substring(e.Start, e.Length));
        Assert.Equal(kind, e.Kind);
    }

    [Theory]
    [InlineData("June Carter sang, and April Sanders danced.")]
    [InlineData("Shareholders may 30 days later ask again.")]
    [InlineData("The crash closed Highway 30 and Article 30 was cited.")]
    [InlineData("The 9/11 attacks and 24/7 news changed politics.")]
    [InlineData("Black Friday sales fell, as did Good Friday trade.")]
    [InlineData("The story ran in USA Today and on the Today programme.")]
    [InlineData("In the poll, 30,000 people and 2,026 firms took part.")]
    [InlineData("The fund raised $2026 and rose 30%.")]
    [InlineData("Mr Smith may attend the March Hare party.")]
    [InlineData("The plan is for the next day and the last day of term.")]
    [InlineData("Brent for April 15-day delivery rose.")]
    public void Not_dates(string text) => Assert.Empty(DateTestKit.Texts(text));

    [Fact]
    public void Several_expressions_keep_their_exact_ranges()
    {
        const string text = "On Monday, 2 February 2026, envoys met; by mid-June they expect a deal, officials said yesterday.";
        Assert.Equal(["Monday, 2 February 2026", "mid-June", "yesterday"], DateTestKit.Texts(text));
        var date = TemporalRecognizer.Recognize(text)[0];
        Assert.Equal("Monday", text.Substring(date.WeekdayRange!.Value.Start, date.WeekdayRange.Value.Length));
        Assert.Equal("2 February 2026", text.Substring(date.DateRange!.Value.Start, date.DateRange.Value.Length));
    }

    [Fact]
    public void Ranges_keep_their_last_day()
    {
        var e = DateTestKit.Single("The festival runs June 12-14 in the park.");
        Assert.Equal((12, 14), (e.Day, e.EndDay));
    }

    [Theory]
    [InlineData("LONDON, March 13 - Shares fell.", TemporalRole.Dateline)]
    [InlineData("WASHINGTON, March 3 (Reuters) - The Senate voted.", TemporalRole.Dateline)]
    [InlineData("COMMACK, N.Y., Feb 26 - The firm said.", TemporalRole.Dateline)]
    [InlineData("Published On 4 Feb 2026", TemporalRole.PublicationLine)]
    [InlineData("Published: February 4, 2026", TemporalRole.PublicationLine)]
    [InlineData("Updated 6 Feb 2026", TemporalRole.UpdateLine)]
    [InlineData("Profit for the year ended June 30 rose.", TemporalRole.FinancialPeriod)]
    [InlineData("Sales in the quarter ending March 31 fell.", TemporalRole.FinancialPeriod)]
    [InlineData("Assets were 1.2 billion dlrs as of Dec 31.", TemporalRole.FinancialPeriod)]
    [InlineData("He left London on March 13 - and never came back.", TemporalRole.Event)]
    public void Roles(string text, TemporalRole role) => Assert.Equal(role, DateTestKit.Single(text).Role);

    [Fact]
    public void Last_and_next_before_a_date_are_part_of_it()
    {
        const string text = "LTV filed for bankruptcy last July 17.";
        var e = DateTestKit.Single(text);
        Assert.Equal(RelativeModifier.Last, e.Modifier);
        Assert.Equal("last July 17", text.Substring(e.Start, e.Length));
    }
}
