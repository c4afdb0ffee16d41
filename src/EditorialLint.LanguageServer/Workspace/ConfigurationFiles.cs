namespace EditorialLint.LanguageServer.Workspace;

/// <summary>Recognises the files whose change should reload the configuration.</summary>
public static class ConfigurationFiles
{
    public static bool IsConfigurationFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(".editoriallint.yaml", StringComparison.OrdinalIgnoreCase)
            || name.Equals(".editoriallint.yml", StringComparison.OrdinalIgnoreCase)
            || name.Equals(".vale.ini", StringComparison.OrdinalIgnoreCase)
            || name.Equals("accept.txt", StringComparison.OrdinalIgnoreCase)
            || name.Equals("reject.txt", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(path).Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(path).Equals(".yaml", StringComparison.OrdinalIgnoreCase);
    }
}
