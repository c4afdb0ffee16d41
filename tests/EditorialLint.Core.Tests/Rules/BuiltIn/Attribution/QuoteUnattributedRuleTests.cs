using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Attribution;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Attribution;

public class QuoteUnattributedRuleTests
{
    [Theory]
    [InlineData("The talks collapsed. “We will not negotiate under threat.” Oman stays the venue.", "“We will not negotiate under threat.”")]
    [InlineData("The minister was blunt. “We will not negotiate under threat.”", "“We will not negotiate under threat.”")]
    [InlineData("McIlroy is brimming with confidence. \"I have waited six years for this to happen.\" On Friday he won.", "\"I have waited six years for this to happen.\"")]
    [InlineData("\"The content is divided into three parts. Users scroll through them.\" EduVision plans more.", "\"The content is divided into three parts. Users scroll through them.\"")]
    public void Flags_full_sentence_quotations_with_no_speaker(string text, string flagged) =>
        RuleAssert.Single<QuoteUnattributedRule>(text, flagged);

    [Fact]
    public void A_quotation_running_on_is_reported_once_from_its_start() =>
        Assert.Equal(
            ["\"People will see a clearer picture. \"The picture will look the same as when the print was made.\""],
            RuleAssert.Flagged<QuoteUnattributedRule>("Each cinema will have a key. \"People will see a clearer picture. \"The picture will look the same as when the print was made.\""));

    [Theory]
    [InlineData("US President Donald Trump told Fox News this week: “Iran is talking to us, and we’ll see what happens.”")]
    [InlineData("“We will not negotiate under threat,” the minister said.")]
    [InlineData("The minister was blunt: “We will not negotiate under threat.”")]
    [InlineData("Lawson said the economy was strong.\n\n\"The PSBR has come out lower than I forecast in the Budget.\"")]
    [InlineData("He told Parliament that \"growth was strong.\" He was pleased.\n\n\"Inflation, too, is lower than I suggested then.\"")]
    [InlineData("The minister added:\n\n\"We will not negotiate under threat.\"")]
    [InlineData("\"We will not negotiate. We will wait.\n\n\"The region needs calm, not threats and deadlines.\" The minister spoke in Tehran on Friday.")]
    [InlineData("It is airing \"The Tracy Ullman Show,\" featuring the comedienne.")]
    [InlineData("They unveiled a poster under the words \"How can they fight crime when they are fighting each other?\"")]
    [InlineData("Risks could “risk turning the process into a political display”, and the talks stalled.")]
    [InlineData("The band played “Born in the U.S.A.” twice.")]
    [InlineData("\"Everyone does this,\" he said. \"That is the difference.\" \"You do not even need your own computer to do it.\"")]
    public void Silent_when_a_speaker_is_near_or_the_quotation_is_not_a_sentence(string text) =>
        RuleAssert.None<QuoteUnattributedRule>(text);

    [Fact]
    public void Headings_are_not_checked() =>
        RuleAssert.None<QuoteUnattributedRule>("# \"We will not negotiate under threat.\"\n\nThe talks collapsed on Friday.", format: DocumentFormat.Markdown);
}
