using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests.Engine;

public class LinterTests
{
    private static readonly string Seed = File.ReadAllText(RuleAssert.SeedPath);

    [Fact]
    public void Built_in_rules_are_discovered_with_valid_descriptors()
    {
        Assert.Contains(BuiltInRules.All, r => r.Descriptor.Id == "Dates.PublicationConflict");
        foreach (IRule rule in BuiltInRules.All)
        {
            RuleDescriptor d = rule.Descriptor;
            Assert.Matches(@"^(Dates|Spelling|Attribution|Consistency|Hygiene)\.[A-Z][A-Za-z]+$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Explanation), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Example), d.Id);
            Assert.False(d.Title.EndsWith('.'), d.Id);
        }
    }

    [Fact]
    public void Seed_at_warning_and_above_has_exactly_the_three_headline_findings()
    {
        var result = Linter.CreateDefault(new LintOptions { MinSeverity = Severity.Warning }).Lint(Document.Parse("seed.txt", Seed));
        Assert.Equal(
            ["Dates.PublicationConflict June 30", "Attribution.Vague According to multiple sources", "Spelling.JoinedWords towardsa"],
            result.Diagnostics.Select(d => $"{d.RuleId} {Seed.Substring(d.Span.Start, d.Span.Length)}"));
        Assert.Equal(new DateOnly(2026, 2, 4), result.PublicationDate!.Date);
    }

    [Fact]
    public void Severity_overrides_and_min_severity_filter()
    {
        var options = new LintOptions
        {
            MinSeverity = Severity.Warning,
            RuleSeverities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase) { ["Spelling.JoinedWords"] = Severity.Info, ["attribution.vague"] = null },
        };
        var result = Linter.CreateDefault(options).Lint(Document.Parse("seed.txt", Seed));
        Assert.Equal(["Dates.PublicationConflict"], result.Diagnostics.Select(d => d.RuleId));
    }

    [Fact]
    public void Results_do_not_depend_on_rule_order()
    {
        var document = Document.Parse("seed.txt", Seed);
        var forward = new Linter(BuiltInRules.All).Lint(document).Diagnostics;
        var backward = new Linter(BuiltInRules.All.Reverse()).Lint(document).Diagnostics;
        Assert.Equal(forward.Select(d => (d.RuleId, d.Span)), backward.Select(d => (d.RuleId, d.Span)));
    }
}
