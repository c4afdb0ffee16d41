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

    /// <summary>
    /// Strict for each rule alone: a second pass of its safe fixes changes nothing. With every rule together a fix
    /// may reveal a genuine new finding for another rule ("ofthe the" -> "of the the" -> "of the"), so the text must
    /// settle within four passes; how often a second pass was needed is printed.
    /// </summary>
    [Fact]
    public void Applying_all_safe_fixes_twice_equals_applying_them_once()
    {
        int cascades = 0;
        output.WriteLine(PropertyRunner.Check("safe fixes idempotent", DocumentGenerators.AnyDocument, text =>
        {
            foreach (DocumentFormat format in (DocumentFormat[])[DocumentFormat.Markdown, DocumentFormat.PlainText])
            {
                foreach (Linter single in SingleRuleLinters)
                {
                    (string once, int skipped) = FixPass(single, text, format);
                    if (skipped == 0 && once != text)
                    {
                        string twice = FixPass(single, once, format).Text;
                        Assert.True(once == twice, $"{format}, {single.Rules[0].Descriptor.Id} alone: a second pass of its safe fixes changed the text again:\nonce:  {PropertyRunner.Literal(once)}\ntwice: {PropertyRunner.Literal(twice)}");
                    }
                }

                string current = text;
                for (int pass = 1; ; pass++)
                {
                    string next = FixPass(DocumentInvariants.LinterPublished, current, format).Text;
                    if (next == current)
                    {
                        Interlocked.Add(ref cascades, pass > 2 ? 1 : 0);
                        break;
                    }

                    Assert.True(pass < 4, $"{format}: safe fixes of all rules did not settle after 4 passes: {PropertyRunner.Literal(current)}");
                    current = next;
                }
            }
        }, 5_000, 300, Print));
        output.WriteLine($"all rules together: {cascades} case(s) needed a second pass (a fix revealing another rule's finding)");
    }

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

    /// <summary>
    /// Lints and applies the safe fixes. Edits are offsets into <see cref="Document.Source"/>, which has no byte
    /// order mark: a leading U+FEFF given to <see cref="Document.Parse"/> is dropped from the source and kept as HasBom.
    /// </summary>
    private static readonly Linter[] SingleRuleLinters =
        DocumentInvariants.LinterPublished.Rules.Select(r => new Linter([r], DocumentInvariants.AllRulesPublished)).ToArray();

    private static (string Text, int Skipped) FixPass(Linter linter, string text, DocumentFormat format)
    {
        LintResult result = linter.Lint(Document.Parse("doc", text, format));
        (IReadOnlyList<TextEdit> edits, int skipped) = FixApplier.SelectSafeFixes(result.Diagnostics);
        string fixedText = FixApplier.Apply(result.Document.Source.Text, edits);
        return (result.Document.HasBom ? "\uFEFF" + fixedText : fixedText, skipped);
    }
}
