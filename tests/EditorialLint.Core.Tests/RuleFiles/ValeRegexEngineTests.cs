using System.Text.RegularExpressions;
using CsCheck;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Tests.Properties;

namespace EditorialLint.Core.Tests.RuleFiles;

public class ValeRegexEngineTests
{
    [Theory]
    [InlineData(@"(?m)\b(?:(?:[^,]+,){1,}\s\w+\s(?:and|or))\b")]
    [InlineData(@"(?m)(?:(?:[^\s,]+,){1,} \w+ (?:and|or) \w+[.?!])")]
    [InlineData(@"(?i)(?:\w+ )+end")]
    [InlineData(@"(?:a(?:b+c)*)")]
    public void Repeated_groups_with_loops_run_on_the_linear_engine(string pattern)
    {
        Assert.True(ValeRegex.NeedsLinearEngine(pattern));
        Assert.True(ValeRegex.CompileForSpans(pattern).Options.HasFlag(RegexOptions.NonBacktracking));
    }

    [Theory]
    [InlineData(@"(?m)\b(?:in order to|colou?r)\b")]          // no nested loop
    [InlineData(@"\b(am|is)\b\s*\b(?:[\w]+ed)\b")]             // a capture
    [InlineData(@"(?:(?:[^,]+,){1,})(?=\s)")]                  // a lookahead
    [InlineData(@"(?:(?<!x)[^,]+,)+")]                         // a lookbehind
    [InlineData(@"(?>(?:[^,]+,)+)")]                           // an atomic group
    [InlineData(@"(?:(\w)+\1)+")]                              // a back-reference
    [InlineData(@"(?:[a-z]{2,4}x)+")]                          // bounded loop only
    [InlineData(@"(?-i:(?:a+b)+)")]                            // scoped options
    public void Other_patterns_keep_the_backtracking_engine(string pattern)
    {
        Assert.False(ValeRegex.NeedsLinearEngine(pattern));
        Assert.False(ValeRegex.CompileForSpans(pattern).Options.HasFlag(RegexOptions.NonBacktracking));
    }

    [Fact]
    public void A_pattern_too_large_for_the_linear_engine_keeps_the_backtracking_engine()
    {
        var words = string.Join("|", Enumerable.Range(0, 3000).Select(i => $"w{i:D4}x"));
        var pattern = $"(?:(?:{words})+,){{1,}} end";
        Assert.True(ValeRegex.NeedsLinearEngine(pattern));
        Assert.Throws<NotSupportedException>(() => new Regex(pattern, RegexOptions.NonBacktracking));
        var regex = ValeRegex.CompileForSpans(pattern);
        Assert.False(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal("w0001xw2999x, end", regex.Match("a w0001xw2999x, end").Value);
    }

    private static readonly string[] Patterns =
    [
        @"(?m)\b(?:(?:[^,]+,){1,}\s\w+\s(?:and|or))\b",
        @"(?m)(?:(?:[^\s,]+,){1,} \w+ (?:and|or) \w+[.?!])",
        @"(?i)(?m)\b(?:(?:[^,]+,){1,}\s\w+\s(?:and|or))\b",
        @"(?m)^(?:\w+ )+(?:and|or)$",
        @"(?:a+b)*a",
        @"\b(?:(?:\w+[- ])+(?:x|or))\b",
    ];

    private static readonly string[] Pieces =
        ["a", "b", "and", "or", "And", "x", "cat", "dogs", "é", "_", "1", "ſ", "\u212A", "\u200D", "\u0301"];

    private static readonly string[] Gaps = [" ", ", ", ",", ",,", "\n", "\t", "-", ".", "!", "?", "", "\u00A0", "'"];

    [Fact]
    public void Linear_engine_finds_the_same_spans_as_the_backtracking_engine()
    {
        var text = Gen.Select(Gen.OneOf(Pieces), Gen.OneOf(Gaps)).Array[0, 24]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        var cases = Gen.Select(text, Gen.Int[0, Patterns.Length - 1]);
        var backtracking = Patterns.Select(p => ValeRegex.Compile(p)).ToArray();
        var linear = Patterns.Select(p => ValeRegex.CompileForSpans(p)).ToArray();
        Assert.All(linear, r => Assert.True(r.Options.HasFlag(RegexOptions.NonBacktracking)));
        var line = PropertyRunner.Check("vale-regex.linear-engine-same-spans", cases, sample =>
        {
            var (t, index) = sample;
            Assert.Equal(Spans(backtracking[index], t), Spans(linear[index], t));
        }, baseSeed: 11_420_000, iterations: 20_000, print: s => $"{PropertyRunner.Literal(s.Item1)} pattern {Patterns[s.Item2]}");
        Console.WriteLine(line);
    }

    private static List<(int, int)> Spans(Regex regex, string text)
    {
        var spans = new List<(int, int)>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            spans.Add((m.Index, m.Length));
        }

        return spans;
    }
}
