using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class NameVariantRuleTests
{
    [Fact]
    public void Flags_a_name_spelled_two_ways()
    {
        const string text = "Iranian Foreign Minister Abbas Araghchi held talks in Istanbul. Araghchi said the talks went well. Later Mr Araghchy left for Oman.";
        Diagnostic d = RuleAssert.Single<NameVariantRule>(text, "Araghchy");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(text.Replace("Araghchy", "Araghchi"), RuleAssert.FixResult<NameVariantRule>(text));
    }

    [Fact]
    public void Flags_a_name_joined_two_ways() =>
        RuleAssert.Single<NameVariantRule>(
            "Sheikh Mohammed bin Abdulrahman Al Thani visited Tehran. Officials said Al Thani met Larijani. Al-Thani left on Sunday.",
            "Al-Thani");

    [Fact]
    public void Flags_a_title_that_changes() =>
        RuleAssert.Single<NameVariantRule>(
            "Foreign Minister Abbas Araghchi arrived on Friday. Talks began. Foreign Secretary Araghchi then left.",
            "Foreign Secretary");

    [Fact]
    public void Flags_a_surname_before_the_full_name() =>
        RuleAssert.Single<NameVariantRule>(
            "Talks resumed on Friday.\n\nMr Larijani said a framework was taking shape.\n\nAli Larijani, the head of the council, travelled to Moscow.",
            "Larijani");

    [Theory]
    [InlineData("White House chief of staff Donald Regan met President Reagan. Reagan said the meeting went well. Reagan left.")]
    [InlineData("Argentina wants lower rates. Argentina said so on Friday. Argentine officials agreed.")]
    [InlineData("Shadow home secretary David Davis spoke. Davis said the plan was wrong. Davis left.")]
    [InlineData("Ford Brasil said it would cut jobs. Brazil's economy grew. Brazil exports rose.")]
    [InlineData("Chiang Ching-kuo will sign the law. Chiang said so. Chiang left.")]
    [InlineData("Ali Larijani, the head of the council, travelled to Moscow. Larijani said a framework was taking shape.")]
    [InlineData("Foreign Minister Abbas Araghchi arrived. Iranian Foreign Minister Araghchi then left. Mr Araghchi returned.")]
    [InlineData("Standard and Poor's Corp said it cut ratings. Holiday Corp debt was affected.")]
    public void Silent_on_different_people_places_and_one_form(string text) => RuleAssert.None<NameVariantRule>(text);

    [Fact]
    public void A_surname_in_the_standfirst_above_the_dateline_is_not_flagged() =>
        RuleAssert.None<NameVariantRule>(
            "Can diplomacy work?\n\nIran wants talks to stabilise, as Trump sends mixed messages.\n\nPublished On 4 Feb 2026\n\nUS President Donald Trump told Fox News this week that Iran is talking.",
            published: null);

    [Fact]
    public void Joiner_groups_by_hash_equal_groups_by_string()
    {
        const string text = "Time Warner said TimeWarner and Time-Warner grew. Sheikh Al Thani met Al-Thani and AL THANI. "
            + "Time Warner again, and Mohammed bin Salman, Mohammed Bin Salman, and Larijani met Larijani.";
        var context = new Core.Analysis.AnalysisContext(Core.Documents.Document.Parse("a.txt", text), Core.Engine.LintOptions.Default);
        var mentions = context.Get<Core.Analysis.NameAnalysis>().Mentions;
        var hashed = NameVariantRule.JoinerGroups(mentions, hashed: true)!;
        var byString = NameVariantRule.JoinerGroups(mentions, hashed: false)!;
        Assert.NotEmpty(byString);
        Assert.Equal(
            byString.Select(g => g.Select(f => (f.Surface, f.Span)).ToArray()),
            hashed.Select(g => g.Select(f => (f.Surface, f.Span)).ToArray()));
    }
}
