using System.Text.Json;

namespace EditorialLint.Cli.Tests;

/// <summary>
/// The seed draft as an acceptance test. Its full expected output (all severities) lives under seeds/ so that
/// any change to it shows in review; regenerate with UPDATE_GOLDEN=1 ./test.sh after checking the change is right.
/// </summary>
public class SeedGoldenTests
{
    private const string Seed = "seeds/000_ba0252e7096ca9a6.txt";

    [Fact]
    public void At_warning_and_above_the_seed_has_exactly_its_three_headline_findings()
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, "check", Seed, "--format", "json", "--min-severity", "warning");
        Assert.Equal(1, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        JsonElement file = json.RootElement.GetProperty("files")[0];
        Assert.Equal("2026-02-04", file.GetProperty("publicationDate").GetString());
        var found = file.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("ruleId").GetString()} {d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}-{d.GetProperty("endColumn").GetInt32()}")
            .ToArray();
        Assert.Equal(["Dates.PublicationConflict 23:208-215", "Attribution.Vague 27:1-30", "Spelling.JoinedWords 27:114-122"], found);
        JsonElement summary = json.RootElement.GetProperty("summary");
        Assert.Equal(1, summary.GetProperty("errors").GetInt32());
        Assert.Equal(2, summary.GetProperty("warnings").GetInt32());
    }

    [Theory]
    [InlineData("text", "000_ba0252e7096ca9a6.expected.out")]
    [InlineData("json", "000_ba0252e7096ca9a6.expected.json")]
    public void Full_output_matches_the_golden_file(string format, string golden)
    {
        var outcome = CliRunner.Run(CliRunner.RepoRoot, null, "check", Seed, "--format", format, "--min-severity", "hint", "--no-color");
        string path = Path.Combine(CliRunner.RepoRoot, "seeds", golden);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, outcome.Stdout);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_GOLDEN=1 ./test.sh to create it");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(expected == outcome.Stdout, $"the seed's output changed; if the change is right, run UPDATE_GOLDEN=1 ./test.sh and commit seeds/{golden}.\n--- expected\n{expected}\n--- actual\n{outcome.Stdout}");
    }
}
