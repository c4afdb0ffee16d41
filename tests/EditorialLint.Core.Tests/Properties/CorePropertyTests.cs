using CsCheck;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using Xunit.Abstractions;

namespace EditorialLint.Core.Tests.Properties;

/// <summary>
/// Property tests over the whole Core pipeline with random and mutated documents. Iteration counts are bounded so
/// the suite stays well under a minute on two cores; every case is reproducible from the seed a failure prints.
/// </summary>
public class CorePropertyTests(ITestOutputHelper output)
{
    private static readonly Func<string, string> Print = text => PropertyRunner.Literal(text);

    [Fact]
    public void Random_documents_parse_and_lint_with_exact_maps_and_ranges_on_character_boundaries() =>
        output.WriteLine(PropertyRunner.Check("random documents", DocumentGenerators.RandomDocument, DocumentInvariants.CheckAll, 1_000, 1500, Print));

    [Fact]
    public void Mutated_seed_and_samples_parse_and_lint_with_exact_maps_and_ranges_on_character_boundaries() =>
        output.WriteLine(PropertyRunner.Check("mutated documents", DocumentGenerators.MutatedDocument, DocumentInvariants.CheckAll, 2_000, 1000, Print));

    [Fact]
    public void Deeply_nested_markdown_parses_and_lints() =>
        output.WriteLine(PropertyRunner.Check("deeply nested", DocumentGenerators.DeeplyNested, DocumentInvariants.CheckAll, 3_000, 200, Print));

    [Fact]
    public void Huge_lines_parse_and_lint() =>
        output.WriteLine(PropertyRunner.Check("huge lines", DocumentGenerators.HugeLine, DocumentInvariants.CheckAll, 4_000, 25, text => $"{text.Length} characters: {PropertyRunner.Literal(text, 200)}"));

    [Fact]
    public void Applying_all_safe_fixes_twice_equals_applying_them_once() =>
        output.WriteLine(PropertyRunner.Check("safe fixes idempotent", DocumentGenerators.AnyDocument, text =>
        {
            foreach (DocumentFormat format in (DocumentFormat[])[DocumentFormat.Markdown, DocumentFormat.PlainText])
            {
                (string once, int skipped) = FixPass(text, format);
                (string twice, _) = FixPass(once, format);
                if (skipped == 0)
                {
                    Assert.True(once == twice, $"{format}: a second pass of safe fixes changed the text again:\nonce:  {PropertyRunner.Literal(once)}\ntwice: {PropertyRunner.Literal(twice)}");
                }
                else
                {
                    // Fixes skipped for overlapping are applied by later passes; the text must still settle.
                    string current = twice;
                    for (int pass = 0; pass < 8; pass++)
                    {
                        string next = FixPass(current, format).Text;
                        if (next == current)
                        {
                            return;
                        }

                        current = next;
                    }

                    Assert.Fail($"{format}: safe fixes did not settle after 10 passes: {PropertyRunner.Literal(current)}");
                }
            }
        }, 5_000, 600, Print));

    [Fact]
    public void Results_do_not_depend_on_rule_order() =>
        output.WriteLine(PropertyRunner.Check("rule order", Gen.Select(DocumentGenerators.AnyDocument, Gen.Int), testCase =>
        {
            (string text, int shuffleSeed) = testCase;
            var rules = BuiltInRules.All.ToArray();
            var shuffled = rules.OrderBy(r => HashCode.Combine(shuffleSeed, r.Descriptor.Id)).ToArray();
            foreach (DocumentFormat format in (DocumentFormat[])[DocumentFormat.Markdown, DocumentFormat.PlainText])
            {
                Document document = Document.Parse("doc", text, format);
                string expected = DocumentInvariants.Describe(new Linter(rules, DocumentInvariants.AllRulesPublished).Lint(document));
                Assert.Equal(expected, DocumentInvariants.Describe(new Linter(rules.Reverse(), DocumentInvariants.AllRulesPublished).Lint(document)));
                Assert.Equal(expected, DocumentInvariants.Describe(new Linter(shuffled, DocumentInvariants.AllRulesPublished).Lint(document)));
            }
        }, 6_000, 400, t => Print(t.Item1) + $" (shuffle {t.Item2})"));

    [Fact]
    public void Results_do_not_depend_on_thread_count()
    {
        // Each case is a batch of documents, linted one by one and then all at once on four threads, each document
        // twice at the same time (one shared Document instance), with one shared Linter.
        var batches = DocumentGenerators.AnyDocument.Array[8, 16];
        output.WriteLine(PropertyRunner.Check("thread count", batches, texts =>
        {
            Document[] documents = texts.Select((t, i) => Document.Parse(i % 2 == 0 ? $"d{i}.md" : $"d{i}.txt", t)).ToArray();
            Linter linter = DocumentInvariants.Linter;
            string[] sequential = documents.Select(d => DocumentInvariants.Describe(linter.Lint(d))).ToArray();
            var parallel = new string[documents.Length * 2];
            Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = DocumentInvariants.Describe(linter.Lint(documents[i / 2])));
            for (int i = 0; i < parallel.Length; i++)
            {
                Assert.Equal(sequential[i / 2], parallel[i]);
            }
        }, 7_000, 60, texts => string.Join("\n", texts.Select(t => Print(t)))));
    }

    [Fact]
    public void Parsing_is_deterministic() =>
        output.WriteLine(PropertyRunner.Check("deterministic", DocumentGenerators.AnyDocument, text =>
        {
            Document a = Document.Parse("a.md", text), b = Document.Parse("a.md", text);
            Assert.Equal(a.Blocks.Select(x => $"{x.Kind} {x.SourceSpan} {x.Text}"), b.Blocks.Select(x => $"{x.Kind} {x.SourceSpan} {x.Text}"));
        }, 8_000, 200, Print));

    private static (string Text, int Skipped) FixPass(string text, DocumentFormat format)
    {
        LintResult result = DocumentInvariants.LinterPublished.Lint(Document.Parse("doc", text, format));
        (IReadOnlyList<TextEdit> edits, int skipped) = FixApplier.SelectSafeFixes(result.Diagnostics);
        return (FixApplier.Apply(text, edits), skipped);
    }
}
