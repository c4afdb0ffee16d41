using EditorialLint.Core.Configuration;

namespace EditorialLint.Core.Tests.Configuration;

public class ConfigDiscoveryTests
{
    [Fact]
    public void Finds_the_nearest_config_upward_preferring_editoriallint_yaml()
    {
        using var temp = new TempFolder();
        var root = temp.Write(".vale.ini", "MinAlertLevel = error\n");
        temp.Write("a/b/c/draft.md", "text");
        Assert.Equal(root, ConfigDiscovery.Find(Path.Combine(temp.Path, "a", "b", "c")));

        var yaml = temp.Write("a/.editoriallint.yaml", "min-severity: info\n");
        temp.Write("a/.vale.ini", "MinAlertLevel = error\n");
        Assert.Equal(yaml, ConfigDiscovery.Find(Path.Combine(temp.Path, "a", "b", "c")));
        Assert.Equal(ConfigFileFormat.EditorialLint, ConfigDiscovery.Resolve(null, Path.Combine(temp.Path, "a", "b", "c", "draft.md")).Format);
    }

    [Fact]
    public void Explicit_config_wins_and_a_missing_one_is_an_error()
    {
        using var temp = new TempFolder();
        var vale = temp.Write("custom/_vale", "MinAlertLevel = error\n");
        temp.Write(".editoriallint.yaml", "min-severity: info\n");
        Assert.Equal(ConfigFileFormat.ValeIni, ConfigDiscovery.Resolve(vale, Path.Combine(temp.Path, "x.md")).Format);
        var e = Assert.Throws<ConfigurationException>(() => ConfigDiscovery.Resolve(Path.Combine(temp.Path, "nope.yaml"), null));
        Assert.Contains("does not exist", e.Message);
    }
}
