using EditorialLint.Core.Spelling;
using System.Collections.Concurrent;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Filtering;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Configuration;

/// <summary>Settings given on the command line (or by an editor) that win over the configuration file.</summary>
public sealed record LintOverrides(
    string? ConfigPath = null,
    Severity? MinSeverity = null,
    DateOnly? Published = null,
    string? Extension = null,
    bool IgnoreSyntax = false,
    string? Filter = null,
    IReadOnlyList<string>? Styles = null);

/// <summary>
/// Builds the <see cref="Linter"/> for a file from its configuration: the discovered (or given) config file,
/// the styles it enables, per-rule settings for the file's glob sections, vocabularies and overrides. Rule
/// files are parsed and compiled once per configuration and shared by every file. The CLI and the language
/// server both use it. Thread-safe.
/// </summary>
public sealed class LinterFactory
{
    private readonly ConcurrentDictionary<string, Lazy<ConfigState>> _byConfig = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _configForDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _notes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Text, bool VerboseOnly)> _noteOrder = new();

    private readonly RuleFilter? _filter;

    public LinterFactory(LintOverrides? overrides = null)
    {
        Overrides = overrides ?? new LintOverrides();
        try
        {
            _filter = Overrides.Filter is null ? null : RuleFilter.Parse(Overrides.Filter);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException("--filter", 0, 0, e.Message,
                "write a filter such as '.Level in [\"warning\", \"error\"]' or '.Name == \"Vale.Terms\"'", e);
        }
    }

    public LintOverrides Overrides { get; }

    /// <summary>Things the user must know, in order: rules skipped because their kind is not supported.</summary>
    public IReadOnlyList<string> Notes => _noteOrder.Where(n => !n.VerboseOnly).Select(n => n.Text).ToList();

    /// <summary>Details for <c>--verbose</c>: Vale keys without effect, settings of rules that do not exist.</summary>
    public IReadOnlyList<string> VerboseNotes => _noteOrder.Where(n => n.VerboseOnly).Select(n => n.Text).ToList();

    /// <summary>One-call form for a single file: discovers the configuration and returns its linter.</summary>
    public static Linter ForFile(string path, LintOverrides? overrides = null) => new LinterFactory(overrides).LinterFor(path);

    /// <summary>The configuration that applies to <paramref name="path"/> (file or folder).</summary>
    public LintConfiguration ConfigurationFor(string path) => StateFor(path).Config;

    public Linter LinterFor(string path)
    {
        var state = StateFor(path);
        var settings = state.Config.ForFile(Path.GetFullPath(path), Overrides.MinSeverity);
        if (Overrides.Styles is { Count: > 0 } extra)
        {
            // Styles named by the caller (an editor's enabledStyles setting) run on top of the configuration's.
            settings = settings with { Styles = settings.Styles.Union(extra, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal) };
        }

        var key = string.Join("|", settings.Styles.Order(StringComparer.Ordinal)) + "#" + settings.MinSeverity + "#" + settings.IncludeBuiltIns + "#"
            + string.Join(",", settings.Rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}"))
            + "#" + string.Join("\u0001", settings.IgnorePatterns.Select(p => p.ToString()));
        return state.Linters.GetOrAdd(key, _ => Build(state, settings));
    }

    /// <summary>Every rule the configuration can run for <paramref name="path"/>, whether enabled or not, with its state.</summary>
    public IReadOnlyList<(IRule Rule, bool Enabled, Severity Severity)> RulesFor(string path)
    {
        var state = StateFor(path);
        var settings = state.Config.ForFile(Path.GetFullPath(path), Overrides.MinSeverity);
        var linter = LinterFor(path);
        var enabled = linter.Rules.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.Ordinal);
        var all = new List<IRule>(BuiltInRules.All);
        foreach (var style in StyleLibrary.BuiltInStyleNames.Concat(settings.Styles).Concat(state.Library.StyleNames).Distinct(StringComparer.Ordinal))
        {
            if (style == LintConfiguration.BuiltInStyle && !state.Library.HasStyle(style))
            {
                continue;
            }

            foreach (var definition in DefinitionsOf(state, style, required: false))
            {
                if (definition.Kind != RuleKind.Unsupported)
                {
                    all.Add(state.Compiled(definition));
                }
            }
        }

        return all.GroupBy(r => r.Descriptor.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .Select(r => (r, enabled.Contains(r.Descriptor.Id), linter.Options.SeverityOf(r.Descriptor, r.Descriptor.DefaultSeverity)))
            .ToList();
    }

    /// <summary>Rules of the styles in use for <paramref name="path"/> whose kind is recognised but not run.</summary>
    public IReadOnlyList<RuleDefinition> UnsupportedFor(string path)
    {
        var state = StateFor(path);
        var settings = state.Config.ForFile(Path.GetFullPath(path), Overrides.MinSeverity);
        return settings.Styles.Concat(StyleLibrary.BuiltInStyleNames).Distinct(StringComparer.Ordinal)
            .SelectMany(s => DefinitionsOf(state, s, required: false))
            .Where(d => d.Kind == RuleKind.Unsupported)
            .DistinctBy(d => d.Id)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Reads a file (or <paramref name="text"/> given for it, e.g. standard input) as the format its extension
    /// maps to: Markdown, plain text, or source code whose comments are checked.
    /// </summary>
    public Document LoadDocument(string path, string? text = null)
    {
        var extension = Overrides.IgnoreSyntax ? "txt" : FormatExtension(path);
        if (text is null)
        {
            var loaded = DocumentLoader.Load(path, FormatOf(extension));
            return CodeComments.IsCode(extension) ? CodeDocuments.Parse(loaded.Path, loaded.Source.Text, extension, loaded) : loaded;
        }

        return CodeComments.IsCode(extension) ? CodeDocuments.Parse(path, text, extension) : Document.Parse(path, text, FormatOf(extension));
    }

    /// <summary>Whether a folder walk should pick up <paramref name="path"/>: Markdown and text always; code under a Vale config.</summary>
    public bool IsLintable(string path)
    {
        var config = ConfigurationFor(path);
        if (config.IsIgnored(Path.GetFullPath(path)))
        {
            return false;
        }

        var ext = config.MapExtension(Path.GetExtension(path));
        return ext is "md" or "markdown" or "mdx" or "txt"
            || (config.Format == ConfigFileFormat.ValeIni && CodeComments.IsCode(ext));
    }

    private string FormatExtension(string path)
    {
        var config = ConfigurationFor(path);
        var ext = config.MapExtension(Path.GetExtension(path));
        var known = ext is "md" or "markdown" or "mdx" or "txt" || CodeComments.IsCode(ext);
        return !known && Overrides.Extension is { } forced ? config.MapExtension(forced) : ext;
    }

    private static DocumentFormat FormatOf(string extension) =>
        extension is "md" or "markdown" or "mdx" ? DocumentFormat.Markdown : DocumentFormat.PlainText;

    private ConfigState StateFor(string path)
    {
        string configKey;
        if (Overrides.ConfigPath is { } explicitPath)
        {
            configKey = Path.GetFullPath(explicitPath);
        }
        else
        {
            var full = Path.GetFullPath(path);
            var directory = Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
            configKey = _configForDirectory.GetOrAdd(directory, d => ConfigDiscovery.Find(d) ?? string.Empty);
        }

        return _byConfig.GetOrAdd(configKey, k => new Lazy<ConfigState>(() => LoadState(k))).Value;
    }

    private ConfigState LoadState(string configPath)
    {
        var notes = new List<string>();
        var config = configPath.Length == 0 ? LintConfiguration.Default : ConfigDiscovery.Load(configPath, notes);
        foreach (var note in notes)
        {
            Note(note, verboseOnly: true);
        }

        var vocabulary = config.Vocabularies.Count == 0
            ? Vocabulary.Empty
            : VocabularyLoader.Load(config.Vocabularies, config.StylesPaths, config.SourcePath ?? "configuration", config.VocabulariesPosition);
        var library = new StyleLibrary(config.StylesPaths, includeBuiltIns: true);
        var state = new ConfigState(config, library, vocabulary);
        foreach (var style in config.AllStyles())
        {
            if (style != LintConfiguration.BuiltInStyle && style != ValeBuiltIns.StyleName && !library.HasStyle(style))
            {
                throw MissingStyle(config, style);
            }
        }

        foreach (var id in config.AllRuleIds().Where(id => !id.EndsWith(".*", StringComparison.Ordinal)))
        {
            if (BuiltInRules.Find(id) is null && FindDefinition(state, id) is null)
            {
                Note($"{config.SourcePath}: rule '{id}' is not defined by any loaded style or built-in rule; its setting has no effect", verboseOnly: true);
            }
        }

        return state;
    }

    private Linter Build(ConfigState state, FileSettings settings)
    {
        var rules = new List<IRule>();
        var severities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        var enabledRules = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (settings.IncludeBuiltIns)
        {
            foreach (var rule in BuiltInRules.All)
            {
                var id = rule.Descriptor.Id;
                if (settings.Setting(id) is { } setting)
                {
                    // A family-wide level (Dates.*: info) re-levels the family; only an explicit id or a plain
                    // "on" turns on rules that are off by default.
                    var wildcardLevelOnly = !settings.Rules.ContainsKey(id) && setting.Level is not null;
                    if (wildcardLevelOnly && !rule.Descriptor.EnabledByDefault)
                    {
                        rules.Add(rule);
                        continue;
                    }

                    severities[id] = setting.Enabled ? setting.Level ?? rule.Descriptor.DefaultSeverity : null;
                    if (setting.Enabled)
                    {
                        enabledRules.Add(id);
                    }
                }

                rules.Add(rule);
            }
        }

        var styles = settings.Styles.Where(s => s != LintConfiguration.BuiltInStyle || state.Library.HasStyle(s)).ToList();
        if (settings.IncludeBuiltIns)
        {
            styles.AddRange(StyleLibrary.BuiltInStyleNames);
        }

        var candidates = styles.Distinct(StringComparer.Ordinal).SelectMany(s => DefinitionsOf(state, s, required: true)).ToList();
        foreach (var (id, setting) in settings.Rules)
        {
            if (setting.Enabled && !id.EndsWith(".*", StringComparison.Ordinal) && FindDefinition(state, id) is { } explicitRule)
            {
                candidates.Add(explicitRule);
            }
        }

        foreach (var definition in candidates.DistinctBy(d => d.Id))
        {
            if (!settings.IsEnabled(definition.Id, definition.Style, enabledByDefault: true)
                && !(settings.Setting(definition.Id) is null && StyleLibrary.BuiltInStyleNames.Contains(definition.Style) && settings.IncludeBuiltIns))
            {
                continue;
            }

            if (definition.Kind == RuleKind.Unsupported)
            {
                Note($"{definition.Id} ({definition.SourceFile}) is skipped: 'extends: {definition.Extends}' is not supported; {definition.UnsupportedReason}", verboseOnly: false);
                continue;
            }

            var rule = state.Compiled(definition);
            if (settings.Setting(definition.Id) is { Level: { } level })
            {
                severities[definition.Id] = level;
            }

            rules.Add(rule);
        }

        var options = new LintOptions
        {
            MinSeverity = settings.MinSeverity,
            PublishedOverride = Overrides.Published ?? state.Config.Published,
            PublishedOverrideSource = Overrides.Published is not null ? "--published" : $"'published' in {state.Config.SourcePath}",
            RuleSeverities = severities,
            EnabledRules = enabledRules,
            Vocabulary = state.Vocabulary,
            IgnorePatterns = settings.IgnorePatterns,
        };
        if (_filter is not null)
        {
            rules = rules.Where(r => _filter.Matches(r.Descriptor.Id, ValeLevel(options.SeverityOf(r.Descriptor, r.Descriptor.DefaultSeverity)),
                r is RuleFileRule f ? string.Join(", ", f.Definition.Scope.Clauses) : "text",
                r is RuleFileRule g ? g.Definition.Extends : "builtin")).ToList();
        }

        return new Linter(rules, options);
    }

    private static string ValeLevel(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "suggestion",
    };

    private static IEnumerable<RuleDefinition> DefinitionsOf(ConfigState state, string style, bool required)
    {
        if (style == ValeBuiltIns.StyleName && !state.Library.HasStyle(style))
        {
            return state.ValeRules;
        }

        if (!state.Library.HasStyle(style))
        {
            return required ? throw MissingStyle(state.Config, style) : [];
        }

        return state.Library.GetStyle(style);
    }

    private static RuleDefinition? FindDefinition(ConfigState state, string id)
    {
        if (id.StartsWith(ValeBuiltIns.StyleName + ".", StringComparison.Ordinal) && !state.Library.HasStyle(ValeBuiltIns.StyleName))
        {
            return state.ValeRules.FirstOrDefault(r => r.Id == id);
        }

        return state.Library.GetRule(id);
    }

    private static ConfigurationException MissingStyle(LintConfiguration config, string style) =>
        new(config.SourcePath ?? "configuration", config.PositionOfStyle(style).Line, config.PositionOfStyle(style).Column,
            $"style '{style}' was not found" + (config.StylesPaths.Count == 0 ? " (no styles path is set)" : $" in {string.Join(", ", config.StylesPaths)}"),
            config.Format == ConfigFileFormat.ValeIni
                ? $"set StylesPath to the folder that holds '{style}/', or remove '{style}' from BasedOnStyles"
                : $"set 'styles-path' to the folder that holds '{style}/', or remove '{style}' from 'styles'");

    private void Note(string note, bool verboseOnly)
    {
        if (_notes.TryAdd(note, 0))
        {
            _noteOrder.Enqueue((note, verboseOnly));
        }
    }

    private sealed class ConfigState(LintConfiguration config, StyleLibrary library, Vocabulary vocabulary)
    {
        private readonly ConcurrentDictionary<string, Lazy<RuleFileRule>> _compiled = new(StringComparer.Ordinal);

        public LintConfiguration Config { get; } = config;

        public StyleLibrary Library { get; } = library;

        public Vocabulary Vocabulary { get; } = vocabulary;

        public IReadOnlyList<RuleDefinition> ValeRules { get; } = ValeBuiltIns.Rules(vocabulary);

        public ConcurrentDictionary<string, Linter> Linters { get; } = new(StringComparer.Ordinal);

        /// <summary>The literal token lists of every rule file of this configuration, matched in one pass per text.</summary>
        public CombinedLiterals Literals { get; } = new();

        public RuleFileRule Compiled(RuleDefinition definition) =>
            _compiled.GetOrAdd(definition.Id, _ => new Lazy<RuleFileRule>(() => RuleFileRule.Compile(definition, Vocabulary, Literals))).Value;
    }
}
