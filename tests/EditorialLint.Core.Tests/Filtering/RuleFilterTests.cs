using EditorialLint.Core.Filtering;

namespace EditorialLint.Core.Tests.Filtering;

public class RuleFilterTests
{
    [Theory]
    [InlineData(".Name == \"Vale.Terms\"", true)]
    [InlineData(".Level in [\"warning\", \"error\"]", true)]
    [InlineData(".Level not in [\"error\"]", true)]
    [InlineData(".Extends == \"existence\" and .Level == \"error\"", false)]
    [InlineData(".Extends == \"substitution\" && .Scope == \"text\"", true)]
    [InlineData("not (.Name matches \"^Vale\\\\.\")", false)]
    [InlineData(".Name startsWith \"Vale\" or .Level == \"error\"", true)]
    public void Evaluates_Vale_filter_expressions(string expression, bool expected)
    {
        Assert.Equal(expected, RuleFilter.Parse(expression).Matches("Vale.Terms", "warning", "text", "substitution"));
    }

    [Theory]
    [InlineData(".Nmae == \"x\"")]
    [InlineData(".Name = \"x\"")]
    [InlineData(".Level in [\"a\"")]
    public void Malformed_filters_are_rejected(string expression)
    {
        Assert.Throws<FormatException>(() => RuleFilter.Parse(expression));
    }
}
