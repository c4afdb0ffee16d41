using System.Collections.Concurrent;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// The Core linter for a document: Core's <see cref="LinterFactory"/> (configuration discovered from the
/// document's folder, or the <c>configPath</c> setting; styles, rule files, vocabularies) with the editor
/// settings as overrides. A broken configuration or rule file never stops checking: it is recorded as a
/// problem of that file (shown as diagnostics there) and the document is checked with the built-in rules.
/// </summary>
public sealed class LinterProvider(LanguageServerSession session)
{
    private readonly object gate = new();
    private readonly ConcurrentDictionary<string, ConfigurationException> problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> logged = new(StringComparer.Ordinal);
    private LinterFactory? factory;
    private Linter? fallback;

    /// <summary>Raised with a file's path when a problem was found in it (or its problems were cleared).</summary>
    public event Action<string>? ProblemsChanged;

    public Linter For(string documentPath)
    {
        LinterFactory current;
        try
        {
            current = Factory();
            var linter = current.LinterFor(documentPath);
            LogOnce($"config:{current.ConfigurationFor(documentPath).SourcePath}", MessageType.Info,
                current.ConfigurationFor(documentPath).SourcePath is { } source
                    ? $"Configuration for {Path.GetDirectoryName(Path.GetFullPath(documentPath))}: {source}"
                    : $"No configuration file for {Path.GetDirectoryName(Path.GetFullPath(documentPath))}: built-in rules and defaults");
            foreach (var note in current.Notes)
            {
                LogOnce($"note:{note}", MessageType.Warning, note);
            }
            return linter;
        }
        catch (ConfigurationException problem)
        {
            Record(problem);
            lock (gate)
            {
                return fallback ??= Linter.CreateDefault(OptionsFrom(session.Settings));
            }
        }
    }

    /// <summary>
    /// Reads a buffer whose language the client did not name as Markdown or plain text the way the configuration
    /// says (extension mapping, comments of source code under a Vale configuration).
    /// </summary>
    public Document LoadDocument(string path, string text)
    {
        try
        {
            return Factory().LoadDocument(path, text);
        }
        catch (ConfigurationException problem)
        {
            Record(problem);
            return Document.Parse(path, text);
        }
    }

    /// <summary>Forgets every loaded configuration (settings or files changed). Returns the files that had problems.</summary>
    public IReadOnlyList<string> Reset()
    {
        lock (gate)
        {
            factory = null;
            fallback = null;
        }
        var cleared = problems.Keys.ToList();
        problems.Clear();
        logged.Clear();
        return cleared;
    }

    /// <summary>The configuration or rule-file problem recorded for a file, if any.</summary>
    public ConfigurationException? ProblemIn(string file) =>
        problems.TryGetValue(Path.GetFullPath(file), out var problem) ? problem : null;

    /// <summary>Loads the configuration that governs a folder, so that its problems are found.</summary>
    public void Validate(string directory) => For(Path.Combine(directory, "editorial-lint-validation.md"));

    /// <summary>
    /// The accept.txt that "add to vocabulary" appends to: the first vocabulary of the document's configuration
    /// (Vale layout, &lt;StylesPath&gt;/config/vocabularies/&lt;Name&gt;/accept.txt); null when it has none.
    /// </summary>
    public string? VocabularyFileFor(string documentPath)
    {
        try
        {
            var config = Factory().ConfigurationFor(documentPath);
            if (config.Vocabularies.Count == 0 || config.StylesPaths.Count == 0)
            {
                return null;
            }
            var name = config.Vocabularies[0];
            var folder = config.StylesPaths
                .SelectMany(p => new[] { Path.Combine(p, "config", "vocabularies", name), Path.Combine(p, "Vocab", name) })
                .FirstOrDefault(Directory.Exists) ?? Path.Combine(config.StylesPaths[0], "config", "vocabularies", name);
            return Path.Combine(folder, "accept.txt");
        }
        catch (ConfigurationException problem)
        {
            Record(problem);
            return null;
        }
    }

    public static LintOptions OptionsFrom(ServerSettings settings) => new()
    {
        PublishedOverride = settings.PublicationDate,
        PublishedOverrideSource = "the editor's publicationDate setting",
        MinSeverity = SeverityNames.TryParse(settings.MinSeverity, out var minimum) ? minimum : Severity.Info,
    };

    private LinterFactory Factory()
    {
        lock (gate)
        {
            if (factory is null)
            {
                var settings = session.Settings;
                var configPath = settings.ConfigPath is { } path && session.RootPath is { } root && !Path.IsPathRooted(path)
                    ? Path.Combine(root, path)
                    : settings.ConfigPath;
                factory = new LinterFactory(new LintOverrides(
                    ConfigPath: configPath,
                    MinSeverity: SeverityNames.TryParse(settings.MinSeverity, out var minimum) ? minimum : null,
                    Published: settings.PublicationDate,
                    Styles: settings.EnabledStyles));
            }
            return factory;
        }
    }

    private void Record(ConfigurationException problem)
    {
        var file = Path.IsPathRooted(problem.File) ? Path.GetFullPath(problem.File) : problem.File;
        if (problems.TryAdd(file, problem))
        {
            session.Log(MessageType.Error, $"{problem.Message} (checking continues with the built-in rules)");
            ProblemsChanged?.Invoke(file);
        }
    }

    private void LogOnce(string key, int type, string message)
    {
        if (logged.TryAdd(key, 0))
        {
            session.Log(type, message);
        }
    }
}
