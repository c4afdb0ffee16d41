namespace EditorialLint.Core.Tests;

/// <summary>A temporary folder for tests that need files on disk; deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "el-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// Locates a folder of the shared data next to the repository (or under $EDITORIAL_LINT_SHARED, for worktrees that
/// are not next to it); prints a loud SKIPPED line when absent.
/// </summary>
internal static class SharedData
{
    public static string? Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("EDITORIAL_LINT_SHARED") is { Length: > 0 } overridden ? overridden : RuleAssert.SharedRoot;
        var folder = root is null ? null : System.IO.Path.Combine(root, name);
        if (folder is not null && Directory.Exists(folder))
        {
            return folder;
        }

        Console.Error.WriteLine($"SKIPPED LOUDLY: shared data '{name}' not found next to the repository; the test checks nothing.");
        return null;
    }
}
