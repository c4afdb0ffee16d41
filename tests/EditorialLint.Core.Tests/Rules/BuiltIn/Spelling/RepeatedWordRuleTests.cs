using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class RepeatedWordRuleTests
{
    [Theory]
    [InlineData("He said the the talks failed.", "He said the talks failed.")]
    [InlineData("The the talks failed.", "The talks failed.")]
    [InlineData("It was a a setback.", "It was a setback.")]
    public void Flags_the_second_word_and_deletes_it(string text, string fixedText)
    {
        var d = RuleAssert.Single<RepeatedWordRule>(text, text.Split(' ')[text.StartsWith("The the", StringComparison.Ordinal) ? 1 : 3]);

        Assert.True(d.Fixes[0].IsSafe);
        Assert.Equal(fixedText, FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Fact]
    public void Flags_a_repetition_across_a_line_break()
    {
        const string text = "The talks moved to\nto Oman this week.";

        var d = RuleAssert.Single<RepeatedWordRule>(text, "to");

        Assert.Equal(text.IndexOf("\nto", StringComparison.Ordinal) + 1, d.Span.Start);
        Assert.Equal("The talks moved to Oman this week.", FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Fact]
    public void Flags_across_a_soft_break_in_markdown()
    {
        const string text = "The talks moved to\nto Oman this week.\n";

        RuleAssert.Single<RepeatedWordRule>(text, "to", format: DocumentFormat.Markdown);
    }

    [Theory]
    [InlineData("What he had had was enough.")]
    [InlineData("He said that that plan failed.")]
    [InlineData("What it is is a setback.")]
    [InlineData("They listened to Duran Duran in Bora Bora.")]
    [InlineData("Reserve nil nil nil, stocks nil nil.")]
    [InlineData("The talks. The talks! The end.")]
    [InlineData("It rose 10 10 times.")]
    public void Silent_where_the_doubling_is_correct(string text) => RuleAssert.None<RepeatedWordRule>(text);
}
