using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class QuotesRuleTests
{
    [Fact]
    public void Flags_the_minority_style_with_a_fix()
    {
        const string text = "“Iran is talking to us,” he said. Iran’s envoy called it \"serious\" on Friday.";
        Assert.Equal(["\"", "\""], RuleAssert.Flagged<QuotesRule>(text));
        var diagnostics = RuleAssert.Lint<QuotesRule>(text);
        Assert.All(diagnostics, d => Assert.Equal(Severity.Info, d.Severity));
        string fixedText = FixApplier.Apply(text, diagnostics.SelectMany(d => d.Fixes[0].Edits));
        Assert.Equal("“Iran is talking to us,” he said. Iran’s envoy called it “serious” on Friday.", fixedText);
    }

    [Fact]
    public void A_straight_apostrophe_among_curly_marks_becomes_curly() =>
        Assert.Equal("“We’ll see,” he said. “It’s over.”", RuleAssert.FixResult<QuotesRule>("“We’ll see,” he said. “It's over.”"));

    [Fact]
    public void A_curly_mark_among_straight_ones_becomes_straight() =>
        Assert.Equal("\"We'll see,\" he said. \"It's over.\"", RuleAssert.FixResult<QuotesRule>("\"We'll see,\" he said. \"It’s over.\""));

    [Theory]
    [InlineData("“Iran is talking to us,” he said. Iran’s envoy agreed.")]
    [InlineData("\"Iran is talking to us,\" he said. Iran's envoy agreed.")]
    [InlineData("“He is 6'2\" tall,” the coach said.")]
    [InlineData("No quotation marks at all.")]
    public void Silent_when_one_style_is_used(string text) => RuleAssert.None<QuotesRule>(text);
}
