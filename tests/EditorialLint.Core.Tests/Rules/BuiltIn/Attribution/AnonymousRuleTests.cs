using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Attribution;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Attribution;

public class AnonymousRuleTests
{
    [Theory]
    [InlineData("An Iranian official told Al Jazeera that Oman will host the talks.", "An Iranian official")]
    [InlineData("The talks will resume, a senior diplomat said on Tuesday.", "a senior diplomat")]
    [InlineData("The cargo left on Friday, said one trade source.", "one trade source")]
    [InlineData("Two U.S. officials said the plan was dropped.", "Two U.S. officials")]
    [InlineData("A person familiar with the matter said the bid would fail.", "A person")]
    [InlineData("According to a senior official, the bid failed.", "a senior official")]
    public void Flags_unnamed_speakers(string text, string flagged)
    {
        Diagnostic d = RuleAssert.Single<AnonymousRule>(text, flagged);
        Assert.Equal(Severity.Info, d.Severity);
    }

    [Theory]
    [InlineData("An official, who spoke on condition of anonymity because he was not authorised to brief reporters, said the talks failed.")]
    [InlineData("A senior diplomat said the talks failed.\n\nThe diplomat spoke on condition of anonymity because the talks are confidential.")]
    [InlineData("One official, who was not authorised to speak publicly, said the deal was off.")]
    [InlineData("Maria de Vries, a spokeswoman, said the talks would resume.")]
    [InlineData("The ministry said in a statement that the talks would resume.")]
    [InlineData("A ministry spokesman said the talks would resume.")]
    [InlineData("An official, Maria de Vries, said the talks would resume.")]
    [InlineData("\"It buys time,\" Sanford Margoshes, an analyst with Shearson Lehman Brothers, said of the filing.")]
    [InlineData("Cyprus is an EU member, but Turkey insisted it would not bow to demands.")]
    [InlineData("He made an official visit to Oman and said it went well.")]
    [InlineData("Oil is a source of revenue, the minister said.")]
    [InlineData("\"An official told me it was over,\" Larijani said.")]
    public void Silent_on_named_explained_or_on_record_sources(string text) => RuleAssert.None<AnonymousRule>(text);
}
