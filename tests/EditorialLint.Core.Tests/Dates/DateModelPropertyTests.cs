using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Rules.BuiltIn.Dates;

namespace EditorialLint.Core.Tests.Dates;

/// <summary>Random prose made of date-like fragments: the model never throws and keeps exact, ordered ranges.</summary>
public class DateModelPropertyTests
{
    private static readonly string[] Fragments =
    [
        "June", "Jun", "30", "4", "31", " ", " ", ",", "-", "–", ".", "Friday", "Fri", "last", "next", "this", "2026", "2027",
        "the", "past", "few", "days", "week", "over", "ago", "three", "a", "'s", "(", ")", "mid", "Feb.", "4th", "of", "\n",
        "“", "”", "\"", "yesterday", "today", "Published", "On", "LONDON", "9/11", "$", "was", "will", "said", "on", "until",
        "weekend", "earlier", "month", "\uFFFC", "2026-02-30", "Sept", "May", "may", "February", "29",
    ];

    [Fact]
    public void Ranges_are_exact_ordered_and_in_bounds_and_checks_never_throw()
    {
        PropertyRunner.Check(
            "date-model.exact-ranges",
            Gen.OneOf(Fragments).Array[0, 40].Select(string.Concat),
            text =>
            {
                var model = DateModel.Build([text], new DateOnly(2026, 2, 4), "--published");
                var end = 0;
                foreach (var m in model.Mentions)
                {
                    Assert.True(m.Start >= end && m.End <= text.Length && m.Length > 0, $"bad range in \"{text}\"");
                    Assert.Equal(text.Substring(m.Start, m.Length), m.Text);
                    end = m.End;
                }

                foreach (var f in PublicationConflictRule.Find(model).Concat(WeekdayMismatchRule.Find(model))
                             .Concat(InvalidRule.Find(model)).Concat(RelativeAmbiguityRule.Find(model)))
                {
                    Assert.True(f.Start >= 0 && f.Start + f.Length <= text.Length, $"finding out of range in \"{text}\"");
                    Assert.All(f.Fixes, x => Assert.True(x.Start >= 0 && x.Start + x.Length <= text.Length));
                }
            },
            baseSeed: 9_900_000,
            iterations: 3000,
            print: t => PropertyRunner.Literal(t));
    }

    [Fact]
    public void The_anchor_prefilter_never_skips_a_text_with_an_expression()
    {
        string[] more = ["tonight", "Tonight", "morning", "this", "DAYS", "Weeks", "in", "recent", "years", "Thurs", "Dec", "ten", "Ago", "n\u0131ght"];
        PropertyRunner.Check(
            "date-model.anchor-prefilter",
            Gen.OneOf(Fragments.Concat(more).ToArray()).Array[0, 12].Select(string.Concat),
            text => Assert.True(TemporalRecognizer.Recognize(text).Count == 0 || TemporalRecognizer.MayContainExpression(text), $"skipped \"{text}\""),
            baseSeed: 9_950_000,
            iterations: 5000,
            print: t => PropertyRunner.Literal(t));
        Assert.False(TemporalRecognizer.MayContainExpression("The minister said the talks went well."));
        Assert.True(TemporalRecognizer.MayContainExpression("over the past few weeks"));
        Assert.False(TemporalRecognizer.MayContainExpression("Profits rose 76% to $1.13bn, and 464,000 users left."));
        Assert.True(TemporalRecognizer.MayContainExpression("Profits rose in 2004."));
    }
}

/// <summary>Run-on text with thousands of dates and no sentence end (context scans are bounded, so this stays linear).</summary>
public class DateModelScaleTests
{
    [Fact]
    public void Run_on_text_with_many_dates_keeps_every_mention_and_its_frame()
    {
        var text = string.Concat(Enumerable.Repeat("over the past few days, who said on June 30 last Friday, , , ", 5000));
        var model = DateModel.Build([text], new DateOnly(2026, 2, 4));
        Assert.Equal(15000, model.Mentions.Length);
        Assert.All(model.Mentions.Where(m => m.Text == "June 30"), m => Assert.NotNull(m.Frame));
    }
}
