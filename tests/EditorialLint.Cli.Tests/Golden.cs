namespace EditorialLint.Cli.Tests;

/// <summary>
/// Golden files under tests/EditorialLint.Cli.Tests/Golden/: the expected output of each format for the seed and the
/// drafts in Golden/inputs/. Regenerate with UPDATE_GOLDEN=1 after checking that a change is right.
/// </summary>
public static class Golden
{
    public static string Folder => Path.Combine(CliRunner.RepoRoot, "tests", "EditorialLint.Cli.Tests", "Golden");

    /// <summary>The inputs every format is tested on, relative to the repository root.</summary>
    public static readonly string[] Inputs = ["seeds/000_ba0252e7096ca9a6.txt", "tests/EditorialLint.Cli.Tests/Golden/inputs"];

    public static void AssertMatches(string name, string actual)
    {
        string path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_GOLDEN=1 dotnet test tests/EditorialLint.Cli.Tests to create it");
        string expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == actual, $"the output no longer matches Golden/{name}; if the change is right, run UPDATE_GOLDEN=1 dotnet test tests/EditorialLint.Cli.Tests and commit it.\n--- expected\n{expected}\n--- actual\n{actual}");
    }
}
