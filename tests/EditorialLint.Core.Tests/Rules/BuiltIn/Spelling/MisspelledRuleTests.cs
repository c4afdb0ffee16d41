using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.BuiltIn.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

public class MisspelledRuleTests
{
    [Theory]
    [InlineData("The goverment said on Friday.", "goverment", "government")]
    [InlineData("It sold the technolgy rights.", "technolgy", "technology")]
    [InlineData("Shares rose in heavy tradign.", "tradign", "trading")]
    [InlineData("The minister recieved the report.", "recieved", "received")]
    public void Warns_on_a_likely_slip_with_the_intended_word_first(string text, string flagged, string intended)
    {
        var d = RuleAssert.Single<MisspelledRule>(text, flagged);

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(text.Replace(flagged, intended, StringComparison.Ordinal), FixApplier.Apply(text, d.Fixes[0].Edits));
        Assert.InRange(d.Fixes.Length, 1, 3);
        Assert.All(d.Fixes, f => Assert.False(f.IsSafe));
    }

    [Fact]
    public void Seed_draft_has_no_misspelling_warning()
    {
        var text = File.ReadAllText(RuleAssert.SeedPath);

        var diagnostics = RuleAssert.Lint<MisspelledRule>(text);

        Assert.DoesNotContain(diagnostics, d => d.Severity >= Severity.Warning);
        var flagged = diagnostics.Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToList();
        Assert.DoesNotContain("Larijani", flagged);
        Assert.DoesNotContain("Araghchi", flagged);
        Assert.DoesNotContain("downblending", flagged);
        Assert.DoesNotContain("travelled", flagged);
        Assert.DoesNotContain("stabilise", flagged);
        Assert.DoesNotContain("programme", flagged);
    }

    [Theory]
    [InlineData("Ali Larijani met Abbas Araghchi in Muscat.")]              // names inside a sentence
    [InlineData("The NNPC and IAEA met; the iPod and eBay sold.")]         // acronyms, mixed case
    [InlineData("The frobnicator failed. A new frobnicator is due.")]      // the article's own term
    [InlineData("Read it on reuters.com or at www.bbc.co.uk today.")]      // addresses
    [InlineData("Pre-tax profit rose after the co-founder left.")]         // hyphenated prefixes
    [InlineData("They met at a cafe and ordered the entree.")]             // accents left out
    [InlineData("The destocking and downblending went on.")]              // coinages built from words
    [InlineData("Profit was 5 mln dlrs, or 12 pct, per annum.")]           // newsroom supplement
    [InlineData("She travelled to the programme centre to stabilise it.")] // British spellings
    [InlineData("He traveled to the program center to stabilize it.")]    // American spellings
    public void Silent_on_names_jargon_and_known_words(string text) => RuleAssert.None<MisspelledRule>(text);

    [Fact]
    public void Unknown_word_with_nothing_close_is_information()
    {
        var d = RuleAssert.Single<MisspelledRule>("The zyxwvut was seen.", "zyxwvut");

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Empty(d.Fixes);
    }

    [Fact]
    public void Lowercased_name_is_information_with_the_capitalised_fix()
    {
        const string text = "It closed in july.";

        var d = RuleAssert.Single<MisspelledRule>(text, "july");

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("It closed in July.", FixApplier.Apply(text, d.Fixes[0].Edits));
    }

    [Fact]
    public void Sentence_initial_capital_is_checked_but_only_as_information()
    {
        var d = RuleAssert.Single<MisspelledRule>("Goverment sources said so.", "Goverment");

        Assert.Equal(Severity.Info, d.Severity);
        Assert.Equal("Government", d.Fixes[0].Edits[0].NewText);
    }

    [Fact]
    public void Accepted_vocabulary_is_never_flagged()
    {
        var options = SpellingTestOptions.WithVocabulary(["goverment"], []);

        Assert.Empty(RuleAssert.Lint<MisspelledRule>("The goverment said.", options: options));
    }

    [Fact]
    public void Range_is_exact_in_markdown_and_code_is_skipped()
    {
        const string text = "# Title\n\nThe *goverment* said `technolgy` is a [technolgy](http://x.y) term.";

        var diagnostics = RuleAssert.Lint<MisspelledRule>(text, format: DocumentFormat.Markdown);

        Assert.Equal(["goverment", "technolgy"], diagnostics.Select(d => text.Substring(d.Span.Start, d.Span.Length)));
        Assert.Equal(text.IndexOf("*goverment*", StringComparison.Ordinal) + 1, diagnostics[0].Span.Start);
        Assert.Equal(text.IndexOf("[technolgy]", StringComparison.Ordinal) + 1, diagnostics[1].Span.Start);
    }
}
