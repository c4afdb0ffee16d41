using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// Reads Vale's INI configuration: StylesPath, MinAlertLevel, Vocab, glob sections with BasedOnStyles and
/// <c>Style.Rule = YES|NO|level</c>, and <c>[formats]</c>. Vale keys EditorialLint does not act on are listed in
/// notes (shown by --verbose) instead of being dropped silently; unknown keys are errors.
/// </summary>
public static class ValeIniParser
{
    /// <summary>Vale keys that are accepted but have no effect here, with the reason shown by --verbose.</summary>
    private static readonly Dictionary<string, string> InertKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Packages"] = "packages are installed by 'vale sync'; EditorialLint reads the styles already in StylesPath",
        ["IgnoredScopes"] = "inline code is never checked by EditorialLint",
        ["SkippedScopes"] = "code blocks and scripts are never checked by EditorialLint",
        ["IgnoredClasses"] = "HTML classes are not used by EditorialLint",
        ["WordTemplate"] = "EditorialLint uses Vale's default word template",
        ["SphinxBuildPath"] = "reStructuredText is not supported",
        ["SphinxAutoBuild"] = "reStructuredText is not supported",
        ["NLPEndpoint"] = "EditorialLint has no external NLP service",
        ["Transform"] = "XML is not supported",
        ["CommentDelimiters"] = "custom comment delimiters are not supported",
        ["Lang"] = "EditorialLint checks English",
    };

    public static LintConfiguration Parse(string path, string text, List<string>? notes = null)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Directory.GetCurrentDirectory();
        var stylesPaths = new List<string>();
        var vocab = new List<string>();
        Severity? min = null;
        var global = new ConfigSection("*", 0);
        var sections = new List<ConfigSection>();
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        ConfigSection? current = null;
        var sectionKind = "core";
        (int, int) vocabPosition = (0, 0);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var raw = lines[index].TrimEnd('\r');
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith(';'))
            {
                continue;
            }

            var column = raw.Length - raw.TrimStart().Length + 1;
            if (line.StartsWith('['))
            {
                if (!line.EndsWith(']'))
                {
                    throw new ConfigurationException(path, lineNumber, column, $"section header '{line}' has no closing ']'",
                        "write the section as '[*.md]'");
                }

                var name = line[1..^1].Trim();
                switch (name)
                {
                    case "formats":
                        sectionKind = "formats";
                        current = null;
                        break;
                    case "asciidoctor":
                        sectionKind = "asciidoctor";
                        current = null;
                        notes?.Add($"{path}:{lineNumber}: [asciidoctor] is ignored: AsciiDoc is not supported");
                        break;
                    default:
                        sectionKind = "glob";
                        current = new ConfigSection(name, lineNumber);
                        sections.Add(current);
                        break;
                }

                continue;
            }

            var eq = line.IndexOf('=');
            if (eq <= 0)
            {
                throw new ConfigurationException(path, lineNumber, column, $"'{line}' is not a 'key = value' line",
                    "write 'Key = value', or start the line with '#' to make it a comment");
            }

            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();
            var valueColumn = value.Length == 0 ? raw.Length + 1 : raw.IndexOf(value, raw.IndexOf('='), StringComparison.Ordinal) + 1;
            switch (sectionKind)
            {
                case "formats":
                    formats[key.TrimStart('.')] = value.TrimStart('.');
                    continue;
                case "asciidoctor":
                    continue;
            }

            var section = current ?? global;
            if (key.Equals("BasedOnStyles", StringComparison.OrdinalIgnoreCase))
            {
                section.BasedOnStyles = SplitList(value);
                section.StylesPosition = (lineNumber, valueColumn);
            }
            else if (current is null && key.Equals("StylesPath", StringComparison.OrdinalIgnoreCase))
            {
                stylesPaths.Add(Path.GetFullPath(Path.Combine(baseDirectory, value)));
            }
            else if (current is null && key.Equals("MinAlertLevel", StringComparison.OrdinalIgnoreCase))
            {
                min = RuleFileParser.ParseLevel(value)
                    ?? throw new ConfigurationException(path, lineNumber, valueColumn, $"unknown MinAlertLevel '{value}'",
                        "use suggestion, warning or error");
            }
            else if (current is null && key.Equals("Vocab", StringComparison.OrdinalIgnoreCase))
            {
                vocab.AddRange(SplitList(value));
                vocabPosition = (lineNumber, valueColumn);
            }
            else if (key is "TokenIgnores" or "BlockIgnores" or "IgnorePatterns")
            {
                section.AddIgnorePatterns(SplitPatterns(value), path, lineNumber, valueColumn);
            }
            else if (InertKeys.TryGetValue(key, out var reason))
            {
                notes?.Add($"{path}:{lineNumber}: '{key}' has no effect: {reason}");
            }
            else if (key.Contains('.'))
            {
                section.Rules[key] = RuleSetting.Parse(value)
                    ?? throw new ConfigurationException(path, lineNumber, valueColumn, $"'{value}' is not a setting for rule {key}",
                        "use YES, NO, suggestion, warning or error");
            }
            else
            {
                var known = new[] { "StylesPath", "MinAlertLevel", "Vocab", "BasedOnStyles", "TokenIgnores", "BlockIgnores" }.Concat(InertKeys.Keys);
                var hint = YamlAccess.Closest(key, known);
                throw new ConfigurationException(path, lineNumber, column,
                    current is null || !new[] { "StylesPath", "MinAlertLevel", "Vocab" }.Contains(key, StringComparer.OrdinalIgnoreCase)
                        ? $"unknown key '{key}'"
                        : $"'{key}' belongs before the first [section]",
                    hint is null ? "use StylesPath, MinAlertLevel, Vocab, BasedOnStyles or Style.Rule = YES|NO|level" : $"did you mean '{hint}'?");
            }
        }

        return new LintConfiguration
        {
            SourcePath = Path.GetFullPath(path),
            Format = ConfigFileFormat.ValeIni,
            BaseDirectory = baseDirectory,
            StylesPaths = stylesPaths,
            MinSeverity = min,
            Vocabularies = vocab,
            VocabulariesPosition = vocabPosition,
            BuiltInsByDefault = false,
            Global = global,
            Sections = sections,
            Formats = formats,
        };
    }

    /// <summary>Splits a list of patterns at commas outside parentheses, brackets and braces.</summary>
    private static List<string> SplitPatterns(string value)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            switch (value[i])
            {
                case '\\':
                    i++;
                    break;
                case '(' or '[' or '{':
                    depth++;
                    break;
                case ')' or ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case ',' when depth == 0:
                    parts.Add(value[start..i].Trim());
                    start = i + 1;
                    break;
            }
        }

        parts.Add(value[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static List<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}
