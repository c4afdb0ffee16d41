using EditorialLint.Core.Tests.Rules.Kinds;

namespace EditorialLint.Core.Tests.Filtering;

public class InlineControlTests
{
    private const string Rule = "extends: existence\nmessage: x\ntokens: [TK]\n";

    [Fact]
    public void Off_and_on_bracket_a_region()
    {
        var text = "TK one.\n\n<!-- editorial-lint off -->\n\nTK two.\n\n<!-- editorial-lint on -->\n\nTK three.\n";
        Assert.Equal(2, KindAssert.Flagged(Rule, text).Count);
    }

    [Fact]
    public void Disable_and_enable_name_rules_or_styles()
    {
        var text = "<!-- editorial-lint disable Test.Rule -->\n\nTK one.\n\n<!-- editorial-lint enable Test.Rule -->\n\nTK two.\n\n<!-- editorial-lint disable Test -->\n\nTK three.\n";
        var hits = KindAssert.Lint(Rule, text);
        Assert.Single(hits);
        Assert.Equal(6, text[..hits[0].Diagnostic.Span.Start].Count(c => c == '\n'));
        Assert.Equal(3, KindAssert.Flagged(Rule, text.Replace("Test.Rule", "Other.Rule").Replace("disable Test ", "disable Other ")).Count);
    }

    [Fact]
    public void Disable_next_line_covers_only_the_next_line()
    {
        var text = "<!-- editorial-lint disable-next-line -->\nTK one.\nTK two.\n";
        Assert.Single(KindAssert.Flagged(Rule, text));
        Assert.Equal(2, KindAssert.Flagged(Rule, text.Replace("disable-next-line", "disable-next-line Other.Rule")).Count);
    }

    [Fact]
    public void Vale_comments_are_honoured()
    {
        Assert.Single(KindAssert.Flagged(Rule, "<!-- vale off -->\n\nTK one.\n\n<!-- vale on -->\n\nTK two.\n"));
        Assert.Single(KindAssert.Flagged(Rule, "<!-- vale Test.Rule = NO -->\n\nTK one.\n\n<!-- vale Test.Rule = YES -->\n\nTK two.\n"));
    }

    [Fact]
    public void A_malformed_control_comment_is_reported()
    {
        var hits = KindAssert.Lint(Rule, "<!-- editorial-lint of -->\n\nTK one.\n");
        Assert.Contains(hits, h => h.Diagnostic.RuleId == "EditorialLint.InlineControl");
        Assert.Contains(hits, h => h.Diagnostic.RuleId == "Test.Rule");
    }
}
