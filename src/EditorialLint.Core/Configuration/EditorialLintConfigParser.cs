using System.Globalization;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.RuleFiles;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// Reads <c>.editoriallint.yaml</c>. Keys: <c>styles-path</c>, <c>styles</c>, <c>builtin-rules</c>,
/// <c>preset</c>, <c>min-severity</c>, <c>published</c>, <c>vocabularies</c>, <c>rules</c>, <c>formats</c>,
/// <c>files</c> (glob overrides with their own <c>styles</c>/<c>rules</c>) and <c>ignore</c>.
/// </summary>
public static class EditorialLintConfigParser
{
    private static readonly string[] TopKeys =
        ["styles-path", "styles", "builtin-rules", "preset", "min-severity", "published", "vocabularies", "rules", "formats", "files", "ignore", "ignore-patterns"];

    public static LintConfiguration Parse(string path, string text)
    {
        var (yaml, root) = YamlAccess.Load(path, text);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var stylesPaths = new List<string>();
        var vocab = new List<string>();
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        var ignore = new List<GlobPattern>();
        var sections = new List<ConfigSection>();
        var global = new ConfigSection("*", 0);
        Severity? min = null;
        DateOnly? published = null;
        string? preset = null;
        var builtIns = true;
        (int, int) vocabPosition = (0, 0);

        foreach (var (key, keyNode, value) in root is null ? [] : YamlAccess.Entries(root))
        {
            switch (key)
            {
                case "styles-path":
                    stylesPaths.AddRange(yaml.StringList(value, key).Select(p => Path.GetFullPath(Path.Combine(baseDirectory, p))));
                    break;
                case "styles":
                    global.BasedOnStyles = yaml.StringList(value, key);
                    global.StylesPosition = ((int)value.Start.Line, (int)value.Start.Column);
                    break;
                case "builtin-rules":
                    builtIns = yaml.Bool(value, key);
                    break;
                case "preset":
                    preset = yaml.Scalar(value, key).Trim();
                    if (!Presets.Names.Contains(preset))
                    {
                        throw yaml.Error(value, $"unknown preset '{preset}'", "use one of: " + string.Join(", ", Presets.Names));
                    }

                    break;
                case "min-severity":
                    var minText = yaml.Scalar(value, key);
                    min = RuleFileParser.ParseLevel(minText)
                        ?? throw yaml.Error(value, $"unknown severity '{minText}'", "use hint, info, warning or error");
                    break;
                case "published":
                    var dateText = yaml.Scalar(value, key).Trim();
                    published = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                        ? date
                        : throw yaml.Error(value, $"'{dateText}' is not a date", "write the publication date as yyyy-MM-dd");
                    break;
                case "vocabularies":
                    vocab.AddRange(yaml.StringList(value, key));
                    vocabPosition = ((int)value.Start.Line, (int)value.Start.Column);
                    break;
                case "rules":
                    ReadRules(yaml, value, global);
                    break;
                case "formats":
                    foreach (var (from, to) in yaml.StringMap(value, key))
                    {
                        formats[from.TrimStart('.')] = to.TrimStart('.');
                    }

                    break;
                case "files":
                    foreach (var item in yaml.Sequence(value, key).Children)
                    {
                        sections.Add(ReadSection(yaml, item));
                    }

                    break;
                case "ignore":
                    ignore.AddRange(yaml.StringList(value, key).Select(g => new GlobPattern(g)));
                    break;
                case "ignore-patterns":
                    global.AddIgnorePatterns(yaml.StringList(value, key), path, (int)value.Start.Line, (int)value.Start.Column);
                    break;
                default:
                    var hint = YamlAccess.Closest(key, TopKeys);
                    throw yaml.Error(keyNode, $"unknown key '{key}'",
                        (hint is null ? "use one of: " : $"did you mean '{hint}'? The keys are: ") + string.Join(", ", TopKeys));
            }
        }

        if (preset is not null)
        {
            Presets.ApplyTo(preset, global);
        }

        return new LintConfiguration
        {
            SourcePath = Path.GetFullPath(path),
            Format = ConfigFileFormat.EditorialLint,
            BaseDirectory = baseDirectory,
            StylesPaths = stylesPaths,
            MinSeverity = min,
            Vocabularies = vocab,
            VocabulariesPosition = vocabPosition,
            Published = published,
            Preset = preset,
            BuiltInsByDefault = builtIns,
            Global = global,
            Sections = sections,
            Formats = formats,
            Ignore = ignore,
        };
    }

    private static ConfigSection ReadSection(YamlAccess yaml, YamlNode item)
    {
        var map = yaml.Mapping(item, "files item");
        ConfigSection? section = null;
        var glob = YamlAccess.Entries(map).FirstOrDefault(e => e.Key == "glob");
        if (glob.Value is null)
        {
            throw yaml.Error(item, "an item of 'files' has no 'glob'", "add 'glob: \"opinion/**/*.md\"' to say which files it applies to");
        }

        section = new ConfigSection(yaml.Scalar(glob.Value, "glob"), (int)item.Start.Line);
        foreach (var (key, keyNode, value) in YamlAccess.Entries(map))
        {
            switch (key)
            {
                case "glob":
                    break;
                case "styles":
                    section.BasedOnStyles = yaml.StringList(value, key);
                    section.StylesPosition = ((int)value.Start.Line, (int)value.Start.Column);
                    break;
                case "rules":
                    ReadRules(yaml, value, section);
                    break;
                case "ignore-patterns":
                    section.AddIgnorePatterns(yaml.StringList(value, key), yaml.File, (int)value.Start.Line, (int)value.Start.Column);
                    break;
                default:
                    throw yaml.Error(keyNode, $"unknown key '{key}' in an item of 'files'", "an item of 'files' has 'glob', 'styles', 'rules' and 'ignore-patterns'");
            }
        }

        return section;
    }

    private static void ReadRules(YamlAccess yaml, YamlNode node, ConfigSection section)
    {
        var map = yaml.Mapping(node, "rules");
        foreach (var (id, keyNode, value) in YamlAccess.Entries(map))
        {
            if (!id.Contains('.'))
            {
                throw yaml.Error(keyNode, $"'{id}' is not a rule id", "write rule ids as Family.Name (or Family.* for a whole family)");
            }

            var text = yaml.Scalar(value, id);
            section.Rules[id] = RuleSetting.Parse(text)
                ?? throw yaml.Error(value, $"'{text}' is not a setting for rule {id}", "use on, off, hint, info, warning or error");
        }
    }
}
