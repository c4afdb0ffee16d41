using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// Named bundles of rule settings selected with <c>preset:</c>. A preset applies before the file's own
/// <c>rules:</c>, so explicit settings always win.
/// </summary>
public static class Presets
{
    private static readonly Dictionary<string, (string Description, KeyValuePair<string, RuleSetting>[] Rules)> All =
        new(StringComparer.Ordinal)
        {
            ["news"] = ("news copy: every date, attribution and names check runs, including those off by default", [
                new("Dates.*", new RuleSetting(true, null)),
                new("Attribution.*", new RuleSetting(true, null)),
                new("Names.*", new RuleSetting(true, null)),
            ]),
            ["technical"] = ("technical documentation: no news-desk checks of datelines and sourcing", [
                new("Attribution.*", RuleSetting.Off),
                new("Dates.*", new RuleSetting(true, Severity.Info)),
            ]),
        };

    public static IReadOnlyCollection<string> Names => All.Keys;

    public static string Describe(string name) => All[name].Description;

    /// <summary>Adds the preset's settings to <paramref name="section"/> without replacing settings already there.</summary>
    public static void ApplyTo(string name, ConfigSection section)
    {
        foreach (var (id, setting) in All[name].Rules)
        {
            section.Rules.TryAdd(id, setting);
        }
    }
}
