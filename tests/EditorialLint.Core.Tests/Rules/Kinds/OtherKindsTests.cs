using EditorialLint.Core.Configuration;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class OccurrenceKindTests
{
    [Fact]
    public void Flags_units_above_max_at_the_first_match_outside_code()
    {
        const string rule = "extends: occurrence\nmessage: Too long\nscope: heading\nmax: 10\ntoken: .\n";
        var hits = KindAssert.Lint(rule, "# `Long code` title here\n\nBody text that is long.\n\n# Short\n");
        Assert.Equal(", title here"[1..2], hits.Single().Flagged);
        Assert.Empty(KindAssert.Flagged(rule, "# Short\n\nA paragraph far longer than ten characters.\n"));
    }

    [Fact]
    public void Below_min_with_no_match_reports_the_document_start()
    {
        var hit = Assert.Single(KindAssert.Lint("extends: occurrence\nmessage: No intro\nscope: raw\nmin: 1\ntoken: '# Introduction'\n", "# Intro\n"));
        Assert.Equal(0, hit.Diagnostic.Span.Start);
        Assert.Empty(KindAssert.Flagged("extends: occurrence\nmessage: No intro\nscope: raw\nmin: 1\ntoken: '# Introduction'\n", "# Introduction\n"));
    }
}

public class RepetitionKindTests
{
    private const string Rule = "extends: repetition\nmessage: \"'%s' is repeated\"\nalpha: true\nignorecase: true\ntokens: ['[^\\s]+']\n";

    [Fact]
    public void Flags_both_occurrences_of_a_repeated_word()
    {
        var hit = Assert.Single(KindAssert.Lint(Rule, "It was the The end."));
        Assert.Equal("the The", hit.Flagged);
        Assert.Equal("'The' is repeated", hit.Message);
    }

    [Fact]
    public void Ignores_numbers_with_alpha_and_distinct_words()
    {
        Assert.Empty(KindAssert.Flagged(Rule, "In 1999 1999 we met, and then then."[..22] + " again."));
    }
}

public class ConsistencyKindTests
{
    private const string Rule = "extends: consistency\nmessage: \"Inconsistent spelling of '%s'\"\nignorecase: true\neither:\n  centre: center\n";

    [Fact]
    public void Flags_the_second_spelling_once_both_are_used()
    {
        Assert.Equal(["center"], KindAssert.Flagged(Rule, "The centre.\n\nThe center."));
    }

    [Fact]
    public void One_spelling_alone_is_fine()
    {
        Assert.Empty(KindAssert.Flagged(Rule, "The centre.\n\nThe centre again."));
    }
}

public class ConditionalKindTests
{
    private const string Rule = "extends: conditional\nmessage: \"'%s' has no definition\"\nfirst: '\\b([A-Z]{3,5})\\b'\nsecond: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\nexceptions: [ABC]\n";

    [Fact]
    public void Flags_an_acronym_without_a_definition()
    {
        Assert.Equal(["NFL"], KindAssert.Flagged(Rule, "The World Health Organization (WHO) and the WHO met the NFL and ABC."));
    }

    [Fact]
    public void Defined_and_excepted_acronyms_pass()
    {
        Assert.Empty(KindAssert.Flagged(Rule, "The World Health Organization (WHO) said the WHO and ABC agree."));
    }
}

public class CapitalizationKindTests
{
    [Fact]
    public void Sentence_case_flags_title_cased_headings()
    {
        const string rule = "extends: capitalization\nmessage: \"'%s' should be sentence-cased\"\nscope: heading\nmatch: $sentence\nindicators: [':']\nexceptions: [Vale]\n";
        Assert.Equal(["This Does Not Comply", "this is lower"], KindAssert.Flagged(rule,
            "# This Does Not Comply\n\n# Find the thief: Introduction\n\n# `code` is fine\n\n# 1. An important heading\n\n# Using Vale here\n\n# this is lower\n"));
    }

    [Fact]
    public void Title_case_in_Chicago_style()
    {
        const string rule = "extends: capitalization\nmessage: \"'%s' should be '%s'\"\nscope: heading\nmatch: $title\nstyle: Chicago\n";
        var hit = Assert.Single(KindAssert.Lint(rule, "# The rise and fall of an empire\n\n# The Rise and Fall of an Empire\n\n# Working with the iPhone\n"));
        Assert.Equal("'The rise and fall of an empire' should be 'The Rise and Fall of an Empire'", hit.Message);
    }

    [Fact]
    public void Lower_upper_and_patterns()
    {
        Assert.Equal(["Mixed"], KindAssert.Flagged("extends: capitalization\nmessage: x\nscope: heading\nmatch: $lower\n", "# lower\n\n# Mixed\n"));
        Assert.Equal(["no"], KindAssert.Flagged("extends: capitalization\nmessage: x\nscope: heading\nmatch: '^[A-Z]'\n", "# Yes\n\n# no\n"));
    }
}

public class MetricAndReadabilityKindTests
{
    [Fact]
    public void Metric_reports_once_with_the_value()
    {
        const string rule = "extends: metric\nmessage: \"%s words per sentence\"\nformula: words / sentences\ncondition: \"> 4\"\n";
        var hit = Assert.Single(KindAssert.Lint(rule, "One two three four five six seven eight. Nine ten."));
        Assert.Equal("5.00 words per sentence", hit.Message);
        Assert.Equal(0, hit.Diagnostic.Span.Start);
        Assert.Empty(KindAssert.Flagged(rule, "Short one. Short two."));
    }

    [Fact]
    public void Metric_counts_headings_and_rejects_bad_formulas()
    {
        Assert.Single(KindAssert.Flagged("extends: metric\nmessage: x\nformula: heading.h2 + 0\ncondition: \">= 2\"\n", "## A\n\nText.\n\n## B\n"));
        var e = Assert.Throws<ConfigurationException>(() => KindAssert.Flagged("extends: metric\nmessage: x\nformula: words / frobs\ncondition: \"> 1\"\n", "x"));
        Assert.Contains("unknown variable 'frobs'", e.Message);
        Assert.Equal(3, e.Line);
    }

    [Fact]
    public void Readability_averages_grades()
    {
        const string rule = "extends: readability\nmessage: \"Grade %s is too high\"\nmetrics: [Flesch-Kincaid, Automated Readability]\ngrade: 8\n";
        Assert.Single(KindAssert.Flagged(rule, "Notwithstanding considerable institutional reorganization, comprehensive administrative accountability mechanisms remained fundamentally unimplemented throughout the jurisdiction.", DocumentFormat.PlainText));
        Assert.Empty(KindAssert.Flagged(rule, "The cat sat. The dog ran. We ate.", DocumentFormat.PlainText));
    }
}
