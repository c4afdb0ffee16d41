using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Tests.RuleFiles;

public class ValeRegexTests
{
    [Theory]
    [InlineData("(?P<word>\\w+)", "(?<word>\\w+)")]
    [InlineData("[[:alpha:]]+", "[A-Za-z]+")]
    [InlineData("[^[:digit:][:space:]]", "[^0-9\\t\\n\\v\\f\\r ]")]
    [InlineData("\\x{2019}", "\\u2019")]
    [InlineData("\\Qa.b\\E", "a\\.b")]
    [InlineData("[]a]", "[\\]a]")]
    [InlineData("(?i)\\bfoo\\b", "(?i)\\bfoo\\b")]
    public void Translates_RE2_syntax_to_dotnet(string vale, string dotnet)
    {
        Assert.Equal(dotnet, ValeRegex.Translate(vale));
    }

    [Fact]
    public void Translated_patterns_match_like_Vale()
    {
        var named = ValeRegex.Compile("(?P<first>[[:upper:]][[:lower:]]+) \\x{2014}");
        var m = named.Match("x Hello \u2014 y");
        Assert.True(m.Success);
        Assert.Equal("Hello", m.Groups["first"].Value);
        Assert.Matches(ValeRegex.Compile("\\bfoo\\b", ignoreCase: true), "FOO");
    }

    [Fact]
    public void Unknown_posix_class_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => ValeRegex.Translate("[[:nonsense:]]"));
    }

    [Fact]
    public void Compiled_patterns_have_a_match_timeout()
    {
        var regex = ValeRegex.Compile("(a+)+$");
        Assert.Equal(ValeRegex.MatchTimeout, regex.MatchTimeout);
        Assert.Throws<RegexMatchTimeoutException>(() => regex.IsMatch(new string('a', 40) + "!"));
    }

    [Fact]
    public void Token_lists_use_Vale_templates()
    {
        Assert.Equal("(?m)\\b(?:a|b c)\\b", ValeRegex.TokenList(["a", "b c"], nonword: false));
        Assert.Equal("(?m)(?:a|b c)", ValeRegex.TokenList(["a", "b c"], nonword: true));
    }
}
