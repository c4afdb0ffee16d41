namespace EditorialLint.Cli.Tests;

/// <summary>Runs the CLI in-process with a given working folder and standard input; one run at a time.</summary>
public static class CliRunner
{
    private static readonly object Gate = new();

    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(string workingDirectory, string? stdin, params string[] args)
    {
        lock (Gate)
        {
            string previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var output = new StringWriter { NewLine = "\n" };
                var error = new StringWriter { NewLine = "\n" };
                int code = Program.Run(args, new StringReader(stdin ?? string.Empty), output, error);
                return new Outcome(code, output.ToString(), error.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    public static string RepoRoot
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("cannot find EditorialLint.sln above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>A fresh empty folder under the system temp folder.</summary>
    public static string TempFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "editorial-lint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
