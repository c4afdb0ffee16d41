using EditorialLint.Core.Spelling;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Tests.Rules.Kinds;

namespace EditorialLint.Core.Tests.RuleFiles;

public class RuleFileRuleTests
{
    private const string OpinionOnly = """
        extends: existence
        message: "Opinion pieces avoid '%s'"
        level: warning
        metadata:
          section: ^opinion$
          published: ^2026-
        tokens: [sources say]
        """;

    [Fact]
    public void Metadata_conditions_select_documents_by_front_matter_and_publication_date()
    {
        Assert.Equal(["sources say"], KindAssert.Flagged(OpinionOnly, "---\nsection: opinion\ndate: 2026-02-04\n---\n\nThe sources say so.\n"));
        Assert.Empty(KindAssert.Flagged(OpinionOnly, "---\nsection: news\ndate: 2026-02-04\n---\n\nThe sources say so.\n"));
        Assert.Empty(KindAssert.Flagged(OpinionOnly, "---\nsection: opinion\ndate: 2025-02-04\n---\n\nThe sources say so.\n"));
        Assert.Empty(KindAssert.Flagged(OpinionOnly, "The sources say so.\n"));
    }

    [Fact]
    public void Descriptor_comes_from_the_rule_file()
    {
        var definition = RuleFileParser.Parse("House/Opinion.yml", OpinionOnly + "\ndescription: Keep opinion sourcing concrete.\nlink: https://example.org\n", "House.Opinion");
        var rule = RuleFileRule.Compile(definition, Vocabulary.Empty);
        Assert.Equal("House.Opinion", rule.Descriptor.Id);
        Assert.Equal("Opinion pieces avoid …", rule.Descriptor.Title);
        Assert.Equal(EditorialLint.Core.Diagnostics.Severity.Warning, rule.Descriptor.DefaultSeverity);
        Assert.Contains("Keep opinion sourcing concrete.", rule.Descriptor.Explanation);
        Assert.Contains("https://example.org", rule.Descriptor.Explanation);
        Assert.Equal("House/Opinion.yml", rule.Descriptor.SourceFile);
    }

    [Fact]
    public void Raw_scope_on_a_code_file_sees_the_original_source()
    {
        var definition = RuleFileParser.Parse("R/Raw.yml", "extends: existence\nmessage: x\nscope: raw\nnonword: true\ntokens: ['^#+.*\\*.*']\n", "R.Raw");
        var document = CodeDocuments.Parse("t.py", "# *bold* heading\nx = 1\n", "py");
        var diagnostics = new Linter([RuleFileRule.Compile(definition, Vocabulary.Empty)]).Lint(document).Diagnostics;
        Assert.Equal(0, Assert.Single(diagnostics).Span.Start);
        Assert.StartsWith("# *bold*", document.Source.Text);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('#'));
    }

    [Fact]
    public void A_catastrophic_pattern_times_out_with_a_warning_instead_of_hanging()
    {
        var hits = KindAssert.Lint("extends: existence\nmessage: x\nnonword: true\ntokens: ['(a+)+$']\n", new string('a', 40) + "!", DocumentFormat.PlainText);
        var hit = Assert.Single(hits);
        Assert.Contains("took longer than", hit.Message);
    }
}
