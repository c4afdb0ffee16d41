using System.Collections.Immutable;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Diagnostics;

public class FixApplierTests
{
    [Fact]
    public void Applies_non_overlapping_edits_in_any_order()
    {
        string result = FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(4, 1), "E"), new TextEdit(new TextSpan(0, 1), "AA"), new TextEdit(new TextSpan(2, 0), "+")]);
        Assert.Equal("AAb+cdEf", result);
    }

    [Fact]
    public void Refuses_overlapping_edits()
    {
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(0, 3), "x"), new TextEdit(new TextSpan(2, 2), "y")]));
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abc", [new TextEdit(new TextSpan(1, 0), "x"), new TextEdit(new TextSpan(1, 0), "y")]));
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abc", [new TextEdit(new TextSpan(2, 5), "x")]));
    }

    [Fact]
    public void Selects_only_safe_fixes_and_skips_clashes()
    {
        var rule = new RuleDescriptor("Test.Rule", "Test rule", Severity.Warning, "x", "y");
        Diagnostic Make(int start, int length, bool safe) =>
            new(rule, new TextSpan(start, length), "m", Severity.Warning, ImmutableArray.Create(Fix.Replace("f", new TextSpan(start, length), "z", safe)));
        var (edits, skipped) = FixApplier.SelectSafeFixes([Make(0, 2, true), Make(1, 2, true), Make(5, 1, false), Make(7, 1, true)]);
        Assert.Equal([0, 7], edits.Select(e => e.Span.Start));
        Assert.Equal(1, skipped);
    }

    [Fact]
    public void Never_selects_an_insertion_inside_a_replaced_span_which_apply_would_refuse()
    {
        var rule = new RuleDescriptor("Test.Rule", "Test rule", Severity.Warning, "x", "y");
        Diagnostic Make(int start, int length) =>
            new(rule, new TextSpan(start, length), "m", Severity.Warning, ImmutableArray.Create(Fix.Replace("f", new TextSpan(start, length), "z", true)));
        var (edits, skipped) = FixApplier.SelectSafeFixes([Make(0, 4), Make(2, 0), Make(4, 0), Make(4, 1)]);
        Assert.Equal(["[0..4)", "[4..4)"], edits.Select(e => e.Span.ToString()));
        Assert.Equal(2, skipped);
        Assert.Equal("zzbcdef"[..2] + "ef", FixApplier.Apply("abcdef", edits));
    }

    [Fact]
    public async Task Selecting_100000_fixes_does_not_take_quadratic_time()
    {
        // Found by the hostile-input tests: a file of 100,000 "towardsa" lines hung the selection (O(n^2)).
        var rule = new RuleDescriptor("Test.Rule", "Test rule", Severity.Warning, "x", "y");
        var diagnostics = Enumerable.Range(0, 100_000)
            .Select(i => new Diagnostic(rule, new TextSpan(i * 9, 8), "m", Severity.Warning, ImmutableArray.Create(Fix.Replace("f", new TextSpan(i * 9, 8), "z z", true))))
            .ToList();
        // A hang detector, not a timing assertion: the quadratic version needed hours; this needs milliseconds.
        var (edits, _) = await Task.Run(() => FixApplier.SelectSafeFixes(diagnostics)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(100_000, edits.Count);
    }
}
