using System.Text.Json;

namespace EditorialLint.Cli.Tests.Formatting;

/// <summary>
/// The SARIF log's inner consistency (the Multitool's schema and best-practice validation runs in
/// tests/suites/20-sarif.sh): every result points at its rule and artifact, and every region holds the flagged text.
/// </summary>
public class SarifFormatterTests
{
    [Fact]
    public void Results_point_at_their_rule_artifact_and_exact_region()
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, ["check", .. Golden.Inputs, "--format", "sarif", "--min-severity", "hint"]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.StartsWith("https://", driver.GetProperty("informationUri").GetString(), StringComparison.Ordinal);
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.All(rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("help").GetProperty("text").GetString()));
            Assert.StartsWith("https://", r.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        });

        JsonElement[] artifacts = run.GetProperty("artifacts").EnumerateArray().ToArray();
        JsonElement[] results = run.GetProperty("results").EnumerateArray().ToArray();
        var asJson = CliRunner.Run(CliRunner.RepoRoot, null, ["check", .. Golden.Inputs, "--format", "json", "--min-severity", "hint"]);
        using var reference = JsonDocument.Parse(asJson.Stdout);
        Assert.Equal(reference.RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength()), results.Length);
        Assert.NotEmpty(results);
        foreach (JsonElement result in results)
        {
            string ruleId = result.GetProperty("ruleId").GetString()!;
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            JsonElement location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            JsonElement artifact = location.GetProperty("artifactLocation");
            string uri = artifact.GetProperty("uri").GetString()!;
            Assert.Equal(uri, artifacts[artifact.GetProperty("index").GetInt32()].GetProperty("location").GetProperty("uri").GetString());
            string[] lines = File.ReadAllText(Path.Combine(CliRunner.RepoRoot, Uri.UnescapeDataString(uri))).Split('\n');
            JsonElement region = location.GetProperty("region");
            int line = region.GetProperty("startLine").GetInt32();
            Assert.Equal(line, region.GetProperty("endLine").GetInt32());
            int start = region.GetProperty("startColumn").GetInt32() - 1, end = region.GetProperty("endColumn").GetInt32() - 1;
            Assert.Equal(lines[line - 1][start..end], region.GetProperty("snippet").GetProperty("text").GetString());
            Assert.Matches(@"[.?!]$", result.GetProperty("message").GetProperty("text").GetString()!);
        }

        JsonElement joined = results.First(r => r.GetProperty("ruleId").GetString() == "Spelling.JoinedWords");
        JsonElement fix = joined.GetProperty("fixes")[0];
        JsonElement replacement = fix.GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("towards a", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal(joined.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32(), replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32());
        Assert.True(fix.GetProperty("properties").GetProperty("safe").GetBoolean());
    }

    [Fact]
    public void Levels_map_severities_and_paths_are_escaped_uris()
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, ["check", .. Golden.Inputs, "--format", "sarif", "--min-severity", "hint"]);
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        var levels = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()!).Distinct().Order().ToArray();
        Assert.Equal(["error", "note", "warning"], levels);
        Assert.Contains(run.GetProperty("artifacts").EnumerateArray(), a => a.GetProperty("location").GetProperty("uri").GetString() == "tests/EditorialLint.Cli.Tests/Golden/inputs/100%25%20draft%2C%20final.md");
    }

    [Fact]
    public void Skipped_files_become_tool_notifications_not_results()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), [0x00, 0x01]);
        File.WriteAllText(Path.Combine(dir, "ok.txt"), "Fine.");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "sarif");
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        JsonElement notification = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Contains("binary.txt was not linted", notification.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public void Context_on_a_very_long_line_is_a_window_around_the_finding()
    {
        string dir = CliRunner.TempFolder();
        string before = string.Concat(Enumerable.Repeat("Word after word. ", 100)), after = string.Concat(Enumerable.Repeat(" More words.", 100));
        File.WriteAllText(Path.Combine(dir, "long.txt"), before + "towardsa" + after + "\n");
        var outcome = CliRunner.Run(dir, null, "check", "long.txt", "--format", "sarif");
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement location = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        JsonElement context = location.GetProperty("contextRegion");
        Assert.Equal(before.Length - 200 + 1, context.GetProperty("startColumn").GetInt32());
        Assert.Equal(before.Length + 8 + 200 + 1, context.GetProperty("endColumn").GetInt32());
        Assert.Contains("towardsa", context.GetProperty("snippet").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_that_covers_its_whole_line_has_no_context_region()
    {
        // SARIF1008: a context region must be a proper superset of the region.
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "Read Entire Article\n\nA roadmap towardsa deal.\n");
        var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--format", "sarif", "--min-severity", "info");
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement[] results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
        JsonElement residue = results.Single(r => r.GetProperty("ruleId").GetString() == "Hygiene.Residue");
        Assert.False(residue.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("contextRegion", out _));
        JsonElement joined = results.Single(r => r.GetProperty("ruleId").GetString() == "Spelling.JoinedWords");
        Assert.True(joined.GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("contextRegion", out _));
    }
}
