using System.ComponentModel;
using System.Diagnostics;

namespace EditorialLint.Cli.Running;

/// <summary>
/// The files that differ from a git revision, for <c>--changed-since REF</c>: changes committed since it, staged
/// and unstaged changes, and new files git does not ignore (so <c>.gitignore</c> is respected). Deleted files are left out.
/// </summary>
public static class GitChanges
{
    public static IReadOnlySet<string> Since(string reference, string workingDirectory)
    {
        if (reference.Length == 0 || reference.StartsWith('-'))
        {
            throw new UsageException($"--changed-since '{reference}' is not a git revision");
        }

        string top = Git(workingDirectory, "rev-parse", "--show-toplevel").Trim();
        if (Run(workingDirectory, "rev-parse", "--verify", "--quiet", reference + "^{commit}").ExitCode != 0)
        {
            throw new UsageException($"--changed-since '{reference}' is not a commit, branch or tag of the git repository at {top}");
        }

        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in Split(Git(workingDirectory, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", reference, "--")))
        {
            files.Add(Path.GetFullPath(Path.Combine(top, path)));
        }

        foreach (string path in Split(Git(workingDirectory, "ls-files", "-z", "--others", "--exclude-standard", "--full-name")))
        {
            files.Add(Path.GetFullPath(Path.Combine(top, path)));
        }

        return files;
    }

    private static IEnumerable<string> Split(string output) => output.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string Git(string workingDirectory, params string[] arguments)
    {
        (int exitCode, string stdout, string stderr) = Run(workingDirectory, arguments);
        if (exitCode != 0)
        {
            string reason = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"exit code {exitCode}";
            throw new UsageException($"--changed-since needs a git repository: git {arguments[0]} failed: {reason}");
        }

        return stdout;
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        try
        {
            using Process process = Process.Start(start)!;
            process.StandardInput.Close();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout, stderr.Result);
        }
        catch (Win32Exception)
        {
            throw new UsageException("--changed-since needs git, and git is not on the PATH");
        }
    }
}
