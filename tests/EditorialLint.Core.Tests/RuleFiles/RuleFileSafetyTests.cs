using EditorialLint.Core.Configuration;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Tests.Documents;

namespace EditorialLint.Core.Tests.RuleFiles;

/// <summary>
/// Rule files arrive with a repository and are untrusted: a catastrophic pattern is cut off and reported against
/// its rule, YAML bombs and deep nesting are refused with file and position, and no rule type runs code.
/// </summary>
public class RuleFileSafetyTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    [Fact]
    public void A_catastrophic_pattern_on_a_long_line_is_cut_off_and_reported_against_its_rule()
    {
        var definition = RuleFileParser.Parse("House/Backtrack.yml", "extends: existence\nmessage: \"'%s'\"\nlevel: warning\nraw: ['(a+)+$']\n", "House.Backtrack");
        IRule rule = RuleFileRule.Compile(definition, Vocabulary.Empty);
        string text = "A roadmap towardsa deal.\n\n" + new string('a', 5_000) + "!\n";
        var linter = new Linter([rule, .. BuiltInRules.All], new LintOptions());
        LintResult result = Bounded.Run("catastrophic pattern", () => linter.Lint(Document.Parse("draft.md", text)));
        var stopped = Assert.Single(result.Diagnostics, d => d.RuleId == "House.Backtrack");
        Assert.Contains("House.Backtrack stopped: its pattern took longer than 500 ms", stopped.Message, StringComparison.Ordinal);
        Assert.Contains("House/Backtrack.yml", stopped.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.RuleId == "Spelling.JoinedWords");
    }

    public static TheoryData<string, string, string> Bombs()
    {
        return new TheoryData<string, string, string>
        {
            { "billion laughs", "extends: existence\nmessage: x\n" + FrontMatterSafetyTests.BillionLaughs() + "tokens: *i\n", "YAML aliases" },
            { "30,000 nested flow sequences", "extends: existence\nmessage: x\ntokens: " + Repeat("[", 30_000) + Repeat("]", 30_000) + "\n", "nested more than 32 levels" },
            { "30,000 nested block sequences", "extends: existence\nmessage: x\ntokens:\n  " + Repeat("- ", 30_000) + "x\n", "nested more than 32 levels" },
            { "20,000 nested mappings", "extends: substitution\nmessage: x\nswap: " + Repeat("{a: ", 20_000) + "b" + Repeat("}", 20_000) + "\n", "nested more than 32 levels" },
        };
    }

    [Theory]
    [MemberData(nameof(Bombs))]
    public void Yaml_bombs_and_deep_nesting_in_rule_files_are_refused_with_a_position(string name, string yaml, string expected)
    {
        var error = Bounded.Run(name, () => Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("House/Bomb.yml", yaml, "House.Bomb")));
        Assert.Contains("refused: the YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("House/Bomb.yml", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_enormous_rule_file_is_refused_unread()
    {
        string dir = Path.Combine(Path.GetTempPath(), "editorial-lint-tests", Guid.NewGuid().ToString("N"), "House");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "Huge.yml");
        File.WriteAllText(path, "extends: existence\nmessage: x\ntokens:\n" + Repeat("  - word\n", 400_000));
        var error = Assert.Throws<ConfigurationException>(() => RuleFileParser.ParseFile(path));
        Assert.Contains("over the 2 MiB limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_rule_is_never_run_and_says_why()
    {
        var definition = RuleFileParser.Parse("House/Script.yml", "extends: script\nmessage: x\nscript: |\n  os := import(\"os\")\n  os.remove(\"/\")\n", "House.Script");
        Assert.Equal(RuleKind.Unsupported, definition.Kind);
        Assert.Contains("never executes code", definition.UnsupportedReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100,000 parentheses", 100_000)]
    [InlineData("65 parentheses", 65)]
    public void A_formula_nested_too_deeply_is_refused_not_a_stack_overflow(string name, int depth)
    {
        string formula = Repeat("(", depth) + "words" + Repeat(")", depth);
        var error = Bounded.Run(name, () => Assert.Throws<ConfigurationException>(() => RuleFileRule.Compile(
            RuleFileParser.Parse("House/Deep.yml", $"extends: metric\nmessage: x\nformula: \"{formula}\"\ncondition: \"> 1\"\n", "House.Deep"), Vocabulary.Empty)));
        Assert.Contains("nested more than 64 levels", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_minus_signs_are_refused_too()
    {
        var error = Assert.Throws<FormatException>(() => EditorialLint.Core.Rules.Kinds.FormulaEvaluator.Evaluate(Repeat("-", 10_000) + "1", new Dictionary<string, double>()));
        Assert.Contains("nested more than 64 levels", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, EditorialLint.Core.Rules.Kinds.FormulaEvaluator.Evaluate(Repeat("-", 10) + "1", new Dictionary<string, double>()));
    }
}
