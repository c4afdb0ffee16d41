using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules.BuiltIn.Consistency;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Consistency;

public class DashesRuleTests
{
    [Fact]
    public void Flags_a_closed_em_dash_among_spaced_en_dashes()
    {
        const string text = "It has receded – if only for now. Formats – venues – are secondary. The rest—all of it—waits.";
        Assert.Equal(["—", "—"], RuleAssert.Flagged<DashesRule>(text));
        Assert.All(RuleAssert.Lint<DashesRule>(text), d => Assert.Equal(Severity.Info, d.Severity));
    }

    [Fact]
    public void The_fix_writes_the_majority_style_with_its_spacing() =>
        Assert.Equal(
            "It has receded – if only for now. Formats – venues – are secondary. The rest – waits.",
            RuleAssert.FixResult<DashesRule>("It has receded – if only for now. Formats – venues – are secondary. The rest—waits."));

    [Fact]
    public void Flags_a_typewriter_dash_among_em_dashes() =>
        Assert.Equal([" -- ", " -- "], RuleAssert.Flagged<DashesRule>("The deal—if it holds—is final. The alleged dumping -- selling below cost -- hurt. Then—nothing."));

    [Theory]
    [InlineData("It has receded – if only for now. Everything else – formats, venues – is secondary.")]
    [InlineData("The de-escalation of 1990–95 ran from pages 4-6, a well-known story.")]
    [InlineData("Egypt won 4 - 0 on Wednesday – a record.")]
    [InlineData("- a list item\n- another – with a dash")]
    public void Silent_on_one_style_hyphens_and_ranges(string text) => RuleAssert.None<DashesRule>(text);
}
