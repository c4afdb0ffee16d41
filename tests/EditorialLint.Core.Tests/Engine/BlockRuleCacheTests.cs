using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Engine;

public class BlockRuleCacheTests
{
    private const string Dated = "---\ndate: 2026-02-04\n---\n\nOfficials met on Monday.\n\nThe talks went well, he said.\n";

    [Fact]
    public void Changing_the_publication_date_reruns_the_rules_that_read_it_and_only_those()
    {
        var dateRule = new CountingRule("Test.Dated", RuleLocality.Block(DocumentFact.PublicationDate), (c, b) => $"published {c.PublicationDate?.Date:yyyy-MM-dd}");
        var plainRule = new CountingRule("Test.Plain", RuleLocality.Block(), (_, b) => "plain");
        var linter = new Linter([dateRule, plainRule]);
        var cache = new AnalysisCache();
        linter.Lint(Document.Parse("a.md", Dated), cache);
        Assert.Equal((2, 2), (dateRule.BlocksSeen, plainRule.BlocksSeen));

        linter.Lint(Document.Parse("a.md", Dated), cache);
        Assert.Equal((2, 2), (dateRule.BlocksSeen, plainRule.BlocksSeen)); // nothing changed: nothing re-runs

        var redated = linter.Lint(Document.Parse("a.md", Dated.Replace("2026-02-04", "2026-03-01", StringComparison.Ordinal)), cache);
        Assert.Equal((4, 2), (dateRule.BlocksSeen, plainRule.BlocksSeen));
        Assert.All(redated.Diagnostics.Where(d => d.RuleId == "Test.Dated"), d => Assert.Contains("2026-03-01", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_becoming_established_reruns_the_spelling_rules_on_the_blocks_that_contain_it()
    {
        var linter = new Linter(BuiltInRules.All.Where(r => r.Descriptor.Id is "Spelling.Misspelled"));
        var cache = new AnalysisCache();
        const string Text = "Officials said the goverment met on Monday.\n\nThe talks went well, he said.\n\nA third paragraph follows.\n";
        var once = linter.Lint(Document.Parse("d.txt", Text), cache);
        Assert.Contains(once.Diagnostics, d => d.RuleId == "Spelling.Misspelled");

        RuleResults before = Snapshot(cache);
        var twice = linter.Lint(Document.Parse("d.txt", Text.Replace("A third", "The goverment wrote a third", StringComparison.Ordinal)), cache);
        Assert.DoesNotContain(twice.Diagnostics, d => d.RuleId == "Spelling.Misspelled"); // now the article's own word
        RuleResults after = Snapshot(cache);
        Assert.Equal(1, after.Hits - before.Hits); // "The talks went well": same words, none newly established
        Assert.Equal(2, after.Misses - before.Misses); // the edited block, and the first one whose word became established
        CachedLintPropertyTests.AssertSame("d.txt", Text, cache, "back to the first version");
    }

    [Fact]
    public void A_rule_that_reads_the_next_paragraph_reruns_when_only_that_paragraph_changes()
    {
        var linter = new Linter(BuiltInRules.All.Where(r => r.Descriptor.Id is "Attribution.Anonymous"));
        var cache = new AnalysisCache();
        const string Explained = "A senior diplomat said the talks failed.\n\nThe diplomat spoke on condition of anonymity because the talks are confidential.\n\nThe end.\n";
        string unexplained = Explained.Replace("on condition of anonymity because the talks are confidential", "to reporters", StringComparison.Ordinal);
        Assert.Empty(linter.Lint(Document.Parse("d.txt", Explained), cache).Diagnostics);
        var flagged = linter.Lint(Document.Parse("d.txt", unexplained), cache); // the first paragraph itself is unchanged
        Assert.Equal("A senior diplomat", unexplained.Substring(Assert.Single(flagged.Diagnostics).Span.Start, 17));
        Assert.Empty(linter.Lint(Document.Parse("d.txt", Explained), cache).Diagnostics);
    }

    [Fact]
    public void Findings_of_a_moved_block_are_relocated_with_their_fixes()
    {
        var linter = Linter.CreateDefault(new LintOptions { MinSeverity = Severity.Hint });
        var cache = new AnalysisCache();
        const string Text = "The the talks went well.\n\nA roadmap towardsa deal, he said.\n";
        linter.Lint(Document.Parse("d.txt", Text), cache);
        RuleResults before = Snapshot(cache);
        string moved = "A new first paragraph about Oman.\n\n" + Text;
        var result = linter.Lint(Document.Parse("d.txt", moved), cache);
        Assert.True(Snapshot(cache).Hits > before.Hits);
        Diagnostic joined = Assert.Single(result.Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
        Assert.Equal("towardsa", moved.Substring(joined.Span.Start, joined.Span.Length));
        Assert.Equal(joined.Span, Assert.Single(Assert.Single(joined.Fixes).Edits).Span);
        CachedLintPropertyTests.AssertSame("d.txt", moved, cache, "after the move");
    }

    [Fact]
    public void Content_includes_the_markup_so_that_equal_prose_with_other_source_is_not_reused()
    {
        Document plain = Document.Parse("a.md", "A *b* c.\n");
        Document other = Document.Parse("a.md", "A _b_ c.\n");
        Assert.Equal(plain.Blocks[0].Text, other.Blocks[0].Text);
        Assert.False(BlockRuleCache.SameContent(plain, plain.Blocks[0], other, other.Blocks[0]));
        Document shifted = Document.Parse("a.md", "Intro.\n\nA *b* c.\n");
        Assert.True(BlockRuleCache.SameContent(plain, plain.Blocks[0], shifted, shifted.Blocks[1]));
        Document quoted = Document.Parse("a.md", "> A *b* c.\n");
        Assert.False(BlockRuleCache.SameContent(plain, plain.Blocks[0], quoted, quoted.Blocks[0]));
    }

    [Fact]
    public void A_rule_that_reports_outside_the_block_it_declared_local_is_refused()
    {
        var wrong = new CountingRule("Test.Wrong", RuleLocality.Block(), (_, _) => "x", reportAtDocumentStart: true);
        var linter = new Linter([wrong]);
        var error = Assert.Throws<InvalidOperationException>(() => linter.Lint(Document.Parse("d.txt", "One.\n\nTwo.\n"), new AnalysisCache()));
        Assert.Contains("Test.Wrong", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locality_is_document_wide_unless_declared()
    {
        Assert.False(new RuleDescriptor("Test.Any", "Any", Severity.Info, "x", "y").Locality.IsBlockLocal);
        Assert.Equal("block + established words", BuiltInRules.Find("Spelling.Misspelled")!.Descriptor.Locality.ToString());
        Assert.False(BuiltInRules.Find("Consistency.NameVariant")!.Descriptor.Locality.IsBlockLocal);
    }

    private static RuleResults Snapshot(AnalysisCache cache) => new(cache.RuleResults.Hits, cache.RuleResults.Misses);

    private readonly record struct RuleResults(int Hits, int Misses);

    private sealed class CountingRule(string id, RuleLocality locality, Func<AnalysisContext, BlockAnalysis, string> message, bool reportAtDocumentStart = false) : IRule
    {
        private int blocksSeen;

        public RuleDescriptor Descriptor { get; } = new(id, "Test rule", Severity.Warning, "A rule for tests.", "x") { Locality = locality };

        public int BlocksSeen => blocksSeen;

        public void Analyze(AnalysisContext context)
        {
            foreach (BlockAnalysis block in context.Blocks)
            {
                Interlocked.Increment(ref blocksSeen);
                if (reportAtDocumentStart && block.Block.Index > 0)
                {
                    context.Report(new Diagnostic(Descriptor, new TextSpan(0, 1), "outside"));
                }
                else if (!reportAtDocumentStart)
                {
                    context.Report(Descriptor, block, new TextSpan(0, 1), message(context, block));
                }
            }
        }
    }
}
