using System.Collections.Concurrent;
using System.Reflection;
using EditorialLint.Core.Configuration;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// The styles available to a run: the folders under each styles path (a style is a folder of <c>Rule.yml</c>
/// files) and the built-in styles embedded from the repository's <c>rules/</c> folder. Rule files are parsed on
/// first use and cached; a later styles path does not shadow an earlier one.
/// </summary>
public sealed class StyleLibrary
{
    private const string ResourcePrefix = "rules/";
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<RuleDefinition>>> Embedded = new(LoadEmbedded);

    private readonly IReadOnlyList<string> _stylesPaths;
    private readonly ConcurrentDictionary<string, IReadOnlyList<RuleDefinition>> _cache = new(StringComparer.Ordinal);

    public StyleLibrary(IReadOnlyList<string> stylesPaths, bool includeBuiltIns = true)
    {
        _stylesPaths = stylesPaths;
        IncludeBuiltIns = includeBuiltIns;
    }

    public bool IncludeBuiltIns { get; }

    /// <summary>Names of the embedded built-in styles (folders of rules/).</summary>
    public static IEnumerable<string> BuiltInStyleNames => Embedded.Value.Keys;

    /// <summary>Every style folder found on the styles paths, plus the built-in styles.</summary>
    public IEnumerable<string> StyleNames =>
        _stylesPaths.Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(d => Directory.EnumerateFiles(d, "*.yml").Any())
            .Select(Path.GetFileName)
            .OfType<string>()
            .Concat(IncludeBuiltIns ? BuiltInStyleNames : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    public bool HasStyle(string style) => FindFolder(style) is not null || (IncludeBuiltIns && Embedded.Value.ContainsKey(style));

    /// <summary>All rules of a style, sorted by id; throws a <see cref="ConfigurationException"/> for a bad rule file.</summary>
    public IReadOnlyList<RuleDefinition> GetStyle(string style) =>
        _cache.GetOrAdd(style, name =>
        {
            var folder = FindFolder(name);
            if (folder is not null)
            {
                return Directory.EnumerateFiles(folder, "*.yml")
                    .Order(StringComparer.Ordinal)
                    .Select(f => RuleFileParser.ParseFile(f, name + "." + Path.GetFileNameWithoutExtension(f)))
                    .ToList();
            }

            return IncludeBuiltIns && Embedded.Value.TryGetValue(name, out var rules) ? rules : [];
        });

    /// <summary>One rule by id (<c>Style.Rule</c>), or null when its style or file does not exist.</summary>
    public RuleDefinition? GetRule(string id)
    {
        var dot = id.IndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var style = id[..dot];
        var folder = FindFolder(style);
        if (folder is not null)
        {
            var file = Path.Combine(folder, id[(dot + 1)..] + ".yml");
            if (_cache.TryGetValue(style, out var loaded))
            {
                return loaded.FirstOrDefault(r => r.Id == id);
            }

            return File.Exists(file) ? RuleFileParser.ParseFile(file, id) : null;
        }

        return GetStyle(style).FirstOrDefault(r => r.Id == id);
    }

    private string? FindFolder(string style) =>
        _stylesPaths.Select(p => Path.Combine(p, style)).FirstOrDefault(Directory.Exists);

    private static IReadOnlyDictionary<string, IReadOnlyList<RuleDefinition>> LoadEmbedded()
    {
        var assembly = typeof(StyleLibrary).Assembly;
        var styles = new Dictionary<string, List<RuleDefinition>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            var name = resource.Replace('\\', '/');
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(".yml", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = name[ResourcePrefix.Length..].Split('/');
            if (parts.Length != 2)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var id = parts[0] + "." + Path.GetFileNameWithoutExtension(parts[1]);
            var definition = RuleFileParser.Parse(name, reader.ReadToEnd(), id);
            if (!styles.TryGetValue(parts[0], out var list))
            {
                styles[parts[0]] = list = [];
            }

            list.Add(definition);
        }

        return styles.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<RuleDefinition>)kv.Value, StringComparer.Ordinal);
    }
}
