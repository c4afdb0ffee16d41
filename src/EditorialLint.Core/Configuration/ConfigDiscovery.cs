namespace EditorialLint.Core.Configuration;

/// <summary>
/// Finds and loads the configuration for a file: <c>--config PATH</c> when given, else the first
/// <c>.editoriallint.yaml</c> (or a Vale config: <c>.vale</c>, <c>_vale</c>, <c>vale.ini</c>, <c>.vale.ini</c>,
/// <c>_vale.ini</c>) in the file's folder or any parent folder.
/// </summary>
public static class ConfigDiscovery
{
    public static readonly string[] EditorialLintNames = [".editoriallint.yaml", ".editoriallint.yml"];

    public static readonly string[] ValeNames = [".vale", "_vale", "vale.ini", ".vale.ini", "_vale.ini"];

    /// <summary>The config file that applies to files in <paramref name="directory"/>, or null.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            foreach (var name in EditorialLintNames.Concat(ValeNames))
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Loads a configuration file, choosing the parser by its name; notes on inert keys go to <paramref name="notes"/>.</summary>
    public static LintConfiguration Load(string path, List<string>? notes = null)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException(path, 0, 0, "the configuration file does not exist",
                "check the path given to --config, or run 'editorial-lint init' to create one");
        }

        var text = File.ReadAllText(path);
        var name = Path.GetFileName(path);
        var isYaml = name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        return isYaml ? EditorialLintConfigParser.Parse(path, text) : ValeIniParser.Parse(path, text, notes);
    }

    /// <summary>
    /// The configuration for <paramref name="filePath"/> (or the current folder when null): the explicit file when
    /// given, else the discovered one, else <see cref="LintConfiguration.Default"/>.
    /// </summary>
    public static LintConfiguration Resolve(string? explicitConfig, string? filePath, List<string>? notes = null)
    {
        if (explicitConfig is not null)
        {
            return Load(explicitConfig, notes);
        }

        var start = filePath is null ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".";
        var found = Find(start);
        return found is null ? LintConfiguration.Default : Load(found, notes);
    }
}
