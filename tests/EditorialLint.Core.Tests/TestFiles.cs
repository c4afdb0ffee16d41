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

/// <summary>Locates the shared data folder next to the repository (<c>&lt;repo&gt;/../shared</c>).</summary>
internal static class SharedData
{
    public static string? Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "EditorialLint.sln")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared", name);
                if (Directory.Exists(shared))
                {
                    return System.IO.Path.GetFullPath(shared);
                }

                Console.Error.WriteLine($"SKIPPED: shared data '{name}' not found at {shared}; the test that needs it does nothing.");
                return null;
            }
        }

        Console.Error.WriteLine($"SKIPPED: repository root not found; shared data '{name}' unavailable.");
        return null;
    }
}
