using System.Text;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// docs/rules.md is generated from the rules' own descriptors, so the help links of diagnostics (LSP
/// codeDescription, SARIF helpUri, `explain`) always land on a current section. Regenerate with
/// UPDATE_GOLDEN=1 ./test.sh after adding or changing a rule.
/// </summary>
public class RulesDocTests
{
    [Fact]
    public void Docs_rules_md_matches_the_built_in_rules()
    {
        string path = Path.Combine(CliRunner.RepoRoot, "docs", "rules.md");
        string expected = Render();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path) && File.ReadAllText(path).Replace("\r\n", "\n") == expected, "docs/rules.md is out of date; run UPDATE_GOLDEN=1 ./test.sh and commit it");
    }

    [Fact]
    public void Every_help_link_points_at_an_anchor_of_the_rules_doc()
    {
        string doc = Render();
        foreach (var (rule, _, _) in Rules())
        {
            string anchor = rule.Descriptor.HelpUri.Fragment.TrimStart('#');
            Assert.Contains($"<a id=\"{anchor}\"></a>", doc, StringComparison.Ordinal);
        }
    }

    private static IReadOnlyList<(IRule Rule, bool Enabled, Severity Severity)> Rules() =>
        new LinterFactory(new LintOverrides(null)).RulesFor(Path.Combine(Path.GetTempPath(), "editorial-lint-no-config", "x.md"))
            .Where(r => r.Rule.Descriptor.Family != "Vale")
            .OrderBy(r => r.Rule.Descriptor.Id, StringComparer.Ordinal)
            .ToList();

    private static string Render()
    {
        var rules = Rules();
        var text = new StringBuilder();
        text.Append("# Rules\n\n");
        text.Append("Every rule EditorialLint ships, generated from the rules' own descriptors by `tests/EditorialLint.Cli.Tests/RulesDocTests.cs`\n");
        text.Append("(regenerate with `UPDATE_GOLDEN=1 ./test.sh`). `editorial-lint rules` lists the rules in force for a folder's\n");
        text.Append("configuration and `editorial-lint explain Rule.Id` prints one of these sections.\n\n");
        text.Append("| id | default level | on by default | title |\n| --- | --- | --- | --- |\n");
        foreach (var (rule, _, _) in rules)
        {
            RuleDescriptor d = rule.Descriptor;
            string anchor = d.HelpUri.Fragment.TrimStart('#');
            text.Append($"| [`{d.Id}`](#{anchor}) | {d.DefaultSeverity.ToName()} | {(d.EnabledByDefault ? "yes" : "no")} | {d.Title} |\n");
        }

        foreach (var (rule, _, _) in rules)
        {
            RuleDescriptor d = rule.Descriptor;
            text.Append($"\n<a id=\"{d.HelpUri.Fragment.TrimStart('#')}\"></a>\n");
            text.Append($"## {d.Id}: {d.Title}\n\n");
            text.Append($"Default level: {d.DefaultSeverity.ToName()}; {(d.EnabledByDefault ? "on" : "off")} by default. Source: {(d.SourceFile is { } file ? "`" + ShippedPath(file) + "`" : "built-in (C#)")}.\n\n");
            text.Append(d.Explanation.Trim()).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(d.Example))
            {
                text.Append("Example: ").Append(d.Example.Trim()).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A shipped rule file's path from the rules/ folder on, wherever the build put it.</summary>
    private static string ShippedPath(string file)
    {
        string normalized = file.Replace('\\', '/');
        int at = normalized.LastIndexOf("/rules/", StringComparison.Ordinal);
        return at >= 0 ? normalized[(at + 1)..] : normalized.StartsWith("rules/", StringComparison.Ordinal) ? normalized : Path.GetFileName(normalized);
    }
}
