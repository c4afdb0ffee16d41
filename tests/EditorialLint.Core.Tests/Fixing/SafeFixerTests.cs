using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Fixing;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Rules.BuiltIn.Spelling;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Fixing;

public class SafeFixerTests
{
    private static readonly RuleDescriptor Rule = new("Test.Rule", "Test rule", Severity.Warning, "Explanation.", "Example.");

    private static Diagnostic Make(int start, int length, string newText, bool safe = true) =>
        new(Rule, new TextSpan(start, length), "m", Severity.Warning, ImmutableArray.Create(Fix.Replace("f", new TextSpan(start, length), newText, safe)));

    [Fact]
    public void Applies_only_safe_fixes()
    {
        var source = SourceText.From("abcdefgh");
        FixPlan plan = SafeFixer.Plan(source, [Make(0, 1, "A"), Make(2, 1, "C", safe: false), Make(4, 1, "E")]);
        Assert.Equal("AbcdEfgh", plan.ApplyTo(source.Text));
        Assert.Equal(2, plan.Fixed.Count);
        Assert.Empty(plan.Overlapping);
    }

    [Fact]
    public void Overlapping_fixes_are_both_left_out_and_reported()
    {
        var source = SourceText.From("abcdefgh");
        FixPlan plan = SafeFixer.Plan(source, [Make(0, 3, "X"), Make(2, 2, "Y"), Make(6, 1, "G")]);
        Assert.Equal("abcdefGh", plan.ApplyTo(source.Text));
        Assert.Equal([0, 2], plan.Overlapping.Select(d => d.Span.Start));
    }

    [Fact]
    public void Two_insertions_at_one_point_clash_but_identical_fixes_count_once()
    {
        var source = SourceText.From("abc");
        Assert.True(SafeFixer.Plan(source, [Make(1, 0, "x"), Make(1, 0, "y")]).IsEmpty);
        FixPlan same = SafeFixer.Plan(source, [Make(1, 1, "B"), Make(1, 1, "B")]);
        Assert.Equal("aBc", same.ApplyTo(source.Text));
        Assert.Empty(same.Overlapping);
    }

    [Fact]
    public void An_insertion_inside_another_edit_clashes()
    {
        var source = SourceText.From("abcdef");
        Assert.True(SafeFixer.Plan(source, [Make(1, 3, "X"), Make(2, 0, "y")]).IsEmpty);
        Assert.Equal("aXyef", SafeFixer.Plan(source, [Make(1, 3, "X"), Make(4, 0, "y")]).ApplyTo(source.Text));
    }

    [Fact]
    public void Every_overlapping_pair_is_found_whatever_the_order_of_the_edits()
    {
        // A long edit reaching over later ones; a short one nested in it; one starting where another ends.
        var source = SourceText.From("abcdefghijklmnopqrstuvwxyz");
        FixPlan plan = SafeFixer.Plan(source, [Make(0, 10, "X"), Make(2, 20, "Y"), Make(5, 1, "Z"), Make(22, 1, "W"), Make(24, 0, "+")]);
        Assert.Equal([0, 2, 5], plan.Overlapping.Select(d => d.Span.Start));
        Assert.Equal("abcdefghijklmnopqrstuvWx+yz", plan.ApplyTo(source.Text));
        bool[] clashes = SafeFixer.FindClashes([[new TextEdit(new TextSpan(0, 2), "a"), new TextEdit(new TextSpan(1, 2), "b")], [new TextEdit(new TextSpan(5, 1), "c")]]);
        Assert.Equal([true, false], clashes); // a fix whose own edits overlap clashes with itself
    }

    [Fact]
    public async Task Planning_100000_fixes_does_not_take_quadratic_time()
    {
        // Found by the hostile-input tests: a file of 100,000 "towardsa" lines hung a quadratic selection.
        var source = SourceText.From(string.Concat(Enumerable.Repeat("towardsa\n", 100_000)));
        var diagnostics = Enumerable.Range(0, 100_000).Select(i => Make(i * 9, 8, "towards a")).ToList();
        // A hang detector, not a timing assertion: a quadratic plan needs hours; this needs milliseconds.
        FixPlan plan = await Task.Run(() => SafeFixer.Plan(source, diagnostics)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(100_000, plan.Fixed.Count);
    }

    [Theory]
    [InlineData("one\r\ntwo\r\n", "\r\n")]
    [InlineData("one\ntwo\n", "\n")]
    [InlineData("one\rtwo\r", "\r")]
    public void Inserted_line_breaks_take_the_texts_own_line_ending(string text, string lineEnding)
    {
        var source = SourceText.From(text);
        string result = SafeFixer.Plan(source, [Make(0, 3, "uno\ndos\r\ntres")]).ApplyTo(text);
        Assert.StartsWith($"uno{lineEnding}dos{lineEnding}tres{lineEnding}two", result, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_all_runs_until_nothing_is_left_and_a_second_run_changes_nothing()
    {
        var linter = new Linter([new CollapseRule()], new LintOptions { MinSeverity = Severity.Hint });
        LintResult result = linter.Lint(Document.Parse("a.txt", "xxxxxxxx and xx."));
        FixOutcome outcome = SafeFixer.FixAll(result, linter);
        Assert.Equal("x and x.", outcome.FixedText);
        Assert.True(outcome.Passes > 1);
        Assert.Empty(outcome.After.Diagnostics);

        FixOutcome again = SafeFixer.FixAll(outcome.After, linter);
        Assert.False(again.Changed);
        Assert.Equal(0, again.Applied);
    }

    [Fact]
    public void Fix_all_on_real_rules_fixes_joined_words_and_keeps_crlf()
    {
        var linter = new Linter([new JoinedWordsRule()], new LintOptions { MinSeverity = Severity.Hint });
        LintResult result = linter.Lint(Document.Parse("a.txt", "A roadmap towardsa deal.\r\nAnd inthe end ofthe day.\r\n"));
        FixOutcome outcome = SafeFixer.FixAll(result, linter);
        Assert.Equal("A roadmap towards a deal.\r\nAnd in the end of the day.\r\n", outcome.FixedText);
        Assert.Equal(3, outcome.Applied);
        Assert.True(outcome.Changed);
    }

    [Fact]
    public void Fixed_text_is_rebuilt_the_way_the_caller_says()
    {
        var linter = new Linter([new JoinedWordsRule()], new LintOptions { MinSeverity = Severity.Hint });
        LintResult result = linter.Lint(Document.Parse("draft", "A roadmap towardsa deal.", DocumentFormat.Markdown));
        var built = new List<string>();
        FixOutcome outcome = SafeFixer.FixAll(result, linter, text =>
        {
            built.Add(text);
            return Document.Parse("draft", text, DocumentFormat.Markdown);
        });
        Assert.Equal(["A roadmap towards a deal."], built);
        Assert.Equal(DocumentFormat.Markdown, outcome.After.Document.Format);
    }

    [Fact]
    public void By_default_the_fixed_text_keeps_the_path_and_format()
    {
        var linter = new Linter([new JoinedWordsRule()], new LintOptions { MinSeverity = Severity.Hint });
        LintResult result = linter.Lint(Document.Parse("notes", "A roadmap towardsa deal.", DocumentFormat.Markdown));
        FixOutcome outcome = SafeFixer.FixAll(result, linter);
        Assert.Equal(("notes", DocumentFormat.Markdown), (outcome.After.Document.Path, outcome.After.Document.Format));
    }

    [Fact]
    public void Overlapping_fixes_stay_unapplied_on_every_pass()
    {
        var linter = new Linter([new CollapseRule(), new WholeWordRule()], new LintOptions { MinSeverity = Severity.Hint });
        LintResult result = linter.Lint(Document.Parse("a.txt", "say xx now"));
        FixOutcome outcome = SafeFixer.FixAll(result, linter);
        Assert.False(outcome.Changed);
        Assert.Equal(2, outcome.Overlapping.Count);
    }

    /// <summary>Flags each "xx" (left to right, not overlapping) and safely replaces it with "x".</summary>
    private sealed class CollapseRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("Test.Collapse", "Doubled x", Severity.Warning, "Explanation.", "xx -> x");

        public void Analyze(AnalysisContext context)
        {
            string text = context.Document.Source.Text;
            for (int i = text.IndexOf("xx", StringComparison.Ordinal); i >= 0; i = text.IndexOf("xx", i + 2, StringComparison.Ordinal))
            {
                var span = new TextSpan(i, 2);
                context.Report(new Diagnostic(Descriptor, span, "doubled x", Fix.Replace("Collapse", span, "x", safe: true)));
            }
        }
    }

    /// <summary>Flags the word "xx" with its preceding space and safely deletes both.</summary>
    private sealed class WholeWordRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("Test.WholeWord", "The word xx", Severity.Warning, "Explanation.", "say xx -> say");

        public void Analyze(AnalysisContext context)
        {
            int i = context.Document.Source.Text.IndexOf(" xx", StringComparison.Ordinal);
            if (i >= 0)
            {
                var span = new TextSpan(i, 3);
                context.Report(new Diagnostic(Descriptor, span, "xx", Fix.Replace("Delete", span, string.Empty, safe: true)));
            }
        }
    }
}
