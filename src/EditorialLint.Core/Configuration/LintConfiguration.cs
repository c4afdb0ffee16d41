using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Configuration;

public enum ConfigFileFormat
{
    /// <summary>No file: the defaults.</summary>
    None,

    /// <summary><c>.editoriallint.yaml</c>.</summary>
    EditorialLint,

    /// <summary>Vale's <c>.vale.ini</c> (or <c>_vale.ini</c>, <c>vale.ini</c>, <c>.vale</c>, <c>_vale</c>).</summary>
    ValeIni,
}

/// <summary>A rule's setting in a configuration: on, off, or on with a level (Vale's <c>Style.Rule = YES|NO|level</c>).</summary>
public readonly record struct RuleSetting(bool Enabled, Severity? Level)
{
    public static readonly RuleSetting On = new(true, null);
    public static readonly RuleSetting Off = new(false, null);

    /// <summary>Parses YES/NO/on/off/true/false or a level name; null when the text is none of those.</summary>
    public static RuleSetting? Parse(string text)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "yes" or "on" or "true":
                return On;
            case "no" or "off" or "false":
                return Off;
        }

        var level = RuleFiles.RuleFileParser.ParseLevel(text);
        return level is null ? null : new RuleSetting(true, level);
    }
}

/// <summary>
/// The settings of one glob section (<c>[*.md]</c> in .vale.ini, an item of <c>files:</c> in .editoriallint.yaml).
/// Sections apply in file order; a later matching section's <c>BasedOnStyles</c> replaces an earlier one and its
/// rule settings override earlier ones.
/// </summary>
public sealed class ConfigSection
{
    public ConfigSection(string glob, int line)
    {
        Glob = new GlobPattern(glob);
        Line = line;
    }

    public GlobPattern Glob { get; }

    public int Line { get; }

    public List<string>? BasedOnStyles { get; set; }

    /// <summary>1-based line and column of the styles setting, for "missing style" errors.</summary>
    public (int Line, int Column) StylesPosition { get; set; }

    public Dictionary<string, RuleSetting> Rules { get; } = new(StringComparer.Ordinal);

    /// <summary>Compiled TokenIgnores/BlockIgnores (ignore-patterns) of this section.</summary>
    public List<System.Text.RegularExpressions.Regex> IgnorePatterns { get; } = [];

    /// <summary>Compiles and adds ignore patterns; a bad one stops with the setting's position.</summary>
    public void AddIgnorePatterns(IEnumerable<string> patterns, string file, int line, int column)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                IgnorePatterns.Add(RuleFiles.ValeRegex.Compile(pattern));
            }
            catch (ArgumentException e)
            {
                throw new ConfigurationException(file, line, column, $"invalid ignore pattern '{pattern}': {e.Message}",
                    "correct the regular expression (.NET syntax; escape literal characters with '\\')", e);
            }
        }
    }
}

/// <summary>The configuration settings in effect for one file.</summary>
public sealed record FileSettings(
    IReadOnlySet<string> Styles,
    IReadOnlyDictionary<string, RuleSetting> Rules,
    Severity MinSeverity,
    bool IncludeBuiltIns)
{
    /// <summary>Ignore patterns of every matching section, in order.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> IgnorePatterns { get; init; } = [];

    /// <summary>
    /// Whether a rule of <paramref name="style"/> (its family) runs: an explicit setting wins (also <c>Family.*</c>),
    /// else it runs when its style is enabled and <paramref name="enabledByDefault"/>.
    /// </summary>
    public bool IsEnabled(string ruleId, string style, bool enabledByDefault)
    {
        var setting = Setting(ruleId);
        if (setting is { } s)
        {
            return s.Enabled;
        }

        return Styles.Contains(style) && enabledByDefault;
    }

    public RuleSetting? Setting(string ruleId)
    {
        if (Rules.TryGetValue(ruleId, out var exact))
        {
            return exact;
        }

        var dot = ruleId.IndexOf('.');
        return dot > 0 && Rules.TryGetValue(ruleId[..dot] + ".*", out var family) ? family : null;
    }
}

/// <summary>
/// A loaded configuration, from .editoriallint.yaml or .vale.ini. Paths are absolute. <see cref="ForFile"/> gives
/// the settings in effect for a file path relative to <see cref="BaseDirectory"/>.
/// </summary>
public sealed class LintConfiguration
{
    /// <summary>The pseudo-style that stands for every built-in rule (C# rules and the embedded YAML styles).</summary>
    public const string BuiltInStyle = "EditorialLint";

    public string? SourcePath { get; init; }

    public ConfigFileFormat Format { get; init; }

    /// <summary>Folder the configuration's relative paths and globs are resolved against.</summary>
    public string BaseDirectory { get; init; } = Directory.GetCurrentDirectory();

    public IReadOnlyList<string> StylesPaths { get; init; } = [];

    public Severity? MinSeverity { get; init; }

    public IReadOnlyList<string> Vocabularies { get; init; } = [];

    /// <summary>1-based line and column of the vocabulary setting, for "missing vocabulary" errors.</summary>
    public (int Line, int Column) VocabulariesPosition { get; init; }

    public DateOnly? Published { get; init; }

    public string? Preset { get; init; }

    /// <summary>Whether the built-in rules run when no section names styles (.editoriallint.yaml: yes; .vale.ini: no).</summary>
    public bool BuiltInsByDefault { get; init; } = true;

    /// <summary>The top-level settings (<c>styles</c>/<c>rules</c>, or the .vale.ini keys before any section).</summary>
    public ConfigSection Global { get; init; } = new("*", 0);

    public IReadOnlyList<ConfigSection> Sections { get; init; } = [];

    /// <summary>Extension mappings from <c>[formats]</c>, e.g. <c>mdx</c> → <c>md</c> (without dots).</summary>
    public IReadOnlyDictionary<string, string> Formats { get; init; } = new Dictionary<string, string>();

    /// <summary>Globs of files never linted.</summary>
    public IReadOnlyList<GlobPattern> Ignore { get; init; } = [];

    public static LintConfiguration Default { get; } = new() { Format = ConfigFileFormat.None };

    /// <summary>The settings for <paramref name="path"/> (absolute, or relative to <see cref="BaseDirectory"/>).</summary>
    public FileSettings ForFile(string path, Severity? cliMinSeverity = null)
    {
        var relative = RelativePath(path);
        var styles = new HashSet<string>(StringComparer.Ordinal);
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        var builtIns = BuiltInsByDefault;
        var ignorePatterns = new List<System.Text.RegularExpressions.Regex>();
        Apply(Global);
        var mapped = MappedPath(relative);
        foreach (var section in Sections)
        {
            if (section.Glob.IsMatch(relative) || (mapped is not null && section.Glob.IsMatch(mapped)))
            {
                Apply(section);
            }
        }

        if (builtIns)
        {
            styles.Add(BuiltInStyle);
        }

        var min = cliMinSeverity ?? MinSeverity ?? (Format == ConfigFileFormat.ValeIni ? Severity.Warning : Severity.Info);
        return new FileSettings(styles, rules, min, styles.Contains(BuiltInStyle)) { IgnorePatterns = ignorePatterns };

        void Apply(ConfigSection section)
        {
            if (section.BasedOnStyles is { } based)
            {
                styles.Clear();
                builtIns = based.Contains(BuiltInStyle) || (BuiltInsByDefault && Format == ConfigFileFormat.EditorialLint);
                foreach (var style in based)
                {
                    styles.Add(style);
                }
            }

            foreach (var (id, setting) in section.Rules)
            {
                rules[id] = setting;
            }

            ignorePatterns.AddRange(section.IgnorePatterns);
        }
    }

    /// <summary>Every style named anywhere in the configuration (for loading and for "missing style" errors).</summary>
    public IEnumerable<string> AllStyles() =>
        new[] { Global }.Concat(Sections).SelectMany(s => s.BasedOnStyles ?? []).Distinct(StringComparer.Ordinal);

    /// <summary>Where a style is named (file line and column), or (0, 0).</summary>
    public (int Line, int Column) PositionOfStyle(string style) =>
        new[] { Global }.Concat(Sections).FirstOrDefault(s => s.BasedOnStyles?.Contains(style) == true)?.StylesPosition ?? (0, 0);

    /// <summary>Every rule id named anywhere in the configuration.</summary>
    public IEnumerable<string> AllRuleIds() =>
        new[] { Global }.Concat(Sections).SelectMany(s => s.Rules.Keys).Distinct(StringComparer.Ordinal);

    public bool IsIgnored(string path)
    {
        var relative = RelativePath(path);
        return Ignore.Any(g => g.IsMatch(relative));
    }

    /// <summary>The format extension (without dot) a file is read as, after <c>[formats]</c> mapping.</summary>
    public string MapExtension(string extension)
    {
        var ext = extension.TrimStart('.');
        return Formats.TryGetValue(ext, out var mapped) ? mapped : ext;
    }

    /// <summary>The path with its extension replaced by its <c>[formats]</c> mapping (Vale matches sections against both), or null.</summary>
    private string? MappedPath(string relative)
    {
        var ext = Path.GetExtension(relative);
        if (ext.Length == 0 || !Formats.TryGetValue(ext[1..], out var mapped))
        {
            return null;
        }

        return relative[..^ext.Length] + "." + mapped;
    }

    private string RelativePath(string path)
    {
        if (!Path.IsPathRooted(path))
        {
            return path.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(BaseDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
