using Microsoft.Extensions.FileSystemGlobbing;

namespace EditorialLint.Cli.Running;

/// <summary>
/// Turns the command line's PATH|GLOB arguments into files: files as given, folders recursively (Markdown and
/// plain-text files only, skipping hidden folders and dependency folders), globs relative to the working folder.
/// </summary>
public static class FileWalker
{
    public static readonly string[] LintedExtensions = [".md", ".markdown", ".txt"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "node_modules", "bin", "obj" };

    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> arguments, string workingDirectory, Func<string, bool>? isLinted = null)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string argument in arguments)
        {
            string full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                Add(full);
            }
            else if (Directory.Exists(full))
            {
                foreach (string file in WalkFolder(full, isLinted ?? IsLinted))
                {
                    Add(file);
                }
            }
            else if (argument.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matched = Glob(argument, workingDirectory);
                if (matched.Count == 0)
                {
                    throw new UsageException($"no file matches '{argument}'");
                }

                foreach (string file in matched)
                {
                    Add(file);
                }
            }
            else
            {
                throw new UsageException($"'{argument}' does not exist; give a file, a folder or a glob such as 'drafts/**/*.md'");
            }
        }

        return files;

        void Add(string fullPath)
        {
            if (seen.Add(fullPath))
            {
                files.Add(new InputFile(DisplayPath(fullPath, workingDirectory), fullPath));
            }
        }
    }

    public static bool IsLinted(string path) => LintedExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The path relative to the working folder when inside it, with '/' separators.</summary>
    public static string DisplayPath(string fullPath, string workingDirectory)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static IEnumerable<string> WalkFolder(string folder, Func<string, bool> isLinted)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pending = new Stack<string>();
        pending.Push(folder);
        var result = new List<string>();
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            result.AddRange(Directory.EnumerateFiles(current, "*", options).Where(isLinted));
            foreach (string sub in Directory.EnumerateDirectories(current, "*", options))
            {
                string name = Path.GetFileName(sub);
                if (!name.StartsWith('.') && !SkippedFolders.Contains(name))
                {
                    pending.Push(sub);
                }
            }
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static List<string> Glob(string pattern, string workingDirectory)
    {
        string root = workingDirectory;
        string relativePattern = pattern;
        if (Path.IsPathRooted(pattern))
        {
            // Split off the longest leading part without wildcards as the root.
            string[] parts = pattern.Split('/', '\\');
            int firstWild = Array.FindIndex(parts, p => p.IndexOfAny(['*', '?', '[', '{']) >= 0);
            root = string.Join('/', parts[..firstWild]);
            relativePattern = string.Join('/', parts[firstWild..]);
            if (root.Length == 0)
            {
                root = "/";
            }
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(relativePattern);
        return matcher.GetResultsInFullPath(root).Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
    }
}
