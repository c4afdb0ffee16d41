using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules.BuiltIn.Spelling;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class RejectedRuleTests
{
    private static readonly LintOptions WithVocabulary = new()
    {
        MinSeverity = Severity.Hint,
        Vocabulary = Vocabulary.FromLines([], ["(?i)alot", "mac OS X"]),
    };

    [Fact]
    public void Flags_every_rejected_term_at_its_exact_range()
    {
        const string text = "# Notes\n\nAlot of users run *mac OS X*, and `alot` in code is fine.";

        var diagnostics = RuleAssert.Lint<RejectedRule>(text, format: DocumentFormat.Markdown, options: WithVocabulary);

        Assert.Equal(["Alot", "mac OS X"], diagnostics.Select(d => text.Substring(d.Span.Start, d.Span.Length)));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Theory]
    [InlineData("A lot of users run macOS.")]
    [InlineData("The Alotian dialect.")]
    public void Silent_on_other_words(string text) => Assert.Empty(RuleAssert.Lint<RejectedRule>(text, options: WithVocabulary));

    [Fact]
    public void Silent_without_a_vocabulary() => RuleAssert.None<RejectedRule>("Alot of users.");
}
