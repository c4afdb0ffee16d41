using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class HelpersTests
{
    [Theory]
    [InlineData("'%s' left", new[] { "TODO" }, "'TODO' left")]
    [InlineData("Use '%s' not '%s'", new[] { "a", "b" }, "Use 'a' not 'b'")]
    [InlineData("%[2]s before %[1]s", new[] { "a", "b" }, "b before a")]
    [InlineData("Grade %.1f and 100%%", new[] { "8.256" }, "Grade 8.3 and 100%")]
    [InlineData("%q twice %s", new[] { "x" }, "\"x\" twice x")]
    [InlineData("No verbs", new[] { "x" }, "No verbs")]
    [InlineData("'%s'", new[] { "a\nb" }, "'a b'")]
    public void GoFormat_fills_verbs(string template, string[] args, string expected)
    {
        Assert.Equal(expected, GoFormat.Format(template, args));
    }

    [Theory]
    [InlineData("(4.71 * (characters / words)) + 1", 5.71)]
    [InlineData("math.sqrt(words * 4) - -1", 5)]
    [InlineData("heading.h2 + 2 * 3", 9)]
    [InlineData("words > 3", 1)]
    [InlineData("words / 0", 0)]
    public void Formulas_evaluate(string formula, double expected)
    {
        var vars = new Dictionary<string, double> { ["characters"] = 4, ["words"] = 4, ["heading_h2"] = 3 };
        Assert.Equal(expected, FormulaEvaluator.Evaluate(formula, vars), 6);
    }

    [Theory]
    [InlineData("words +")]
    [InlineData("os.exec(1)")]
    [InlineData("(words")]
    public void Bad_formulas_are_rejected(string formula)
    {
        Assert.Throws<FormatException>(() => FormulaEvaluator.Evaluate(formula, new Dictionary<string, double> { ["words"] = 1 }));
    }

    [Theory]
    [InlineData("the rise and fall of the empire", TitleCase.Style.Chicago, "The Rise and Fall of the Empire")]
    [InlineData("what to look for", TitleCase.Style.Chicago, "What to Look For")]
    [InlineData("a walk through the park", TitleCase.Style.AP, "A Walk Through the Park")]
    [InlineData("a walk through the park", TitleCase.Style.Chicago, "A Walk through the Park")]
    [InlineData("using the iPhone with NASA", TitleCase.Style.AP, "Using the iPhone With NASA")]
    public void Title_case_styles(string input, TitleCase.Style style, string expected)
    {
        Assert.Equal(expected, TitleCase.Convert(input, style));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("organization", 5)]
    [InlineData("make", 1)]
    public void Syllables_are_estimated(string word, int expected)
    {
        Assert.Equal(expected, TextStatistics.SyllableCount(word));
    }
}
