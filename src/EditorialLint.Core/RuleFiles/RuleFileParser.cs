using System.Globalization;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Parses one Vale-compatible rule file into a <see cref="RuleDefinition"/>. Unknown keys, wrong value types,
/// bad levels and scopes stop with a <see cref="ConfigurationException"/> naming file, line and column.
/// Regexes are checked later, when the rule is compiled.
/// </summary>
public static class RuleFileParser
{
    private static readonly string[] CommonKeys =
        ["extends", "message", "level", "scope", "link", "description", "limit", "action", "tests", "metadata", "code", "source"];

    private static readonly Dictionary<string, (RuleKind Kind, string[] Keys)> Kinds = new(StringComparer.Ordinal)
    {
        ["existence"] = (RuleKind.Existence, ["tokens", "raw", "append", "ignorecase", "nonword", "exceptions", "vocab"]),
        ["substitution"] = (RuleKind.Substitution, ["swap", "ignorecase", "nonword", "exceptions", "vocab", "capitalize", "pos"]),
        ["occurrence"] = (RuleKind.Occurrence, ["token", "max", "min", "ignorecase"]),
        ["repetition"] = (RuleKind.Repetition, ["tokens", "alpha", "ignorecase", "exceptions", "vocab"]),
        ["consistency"] = (RuleKind.Consistency, ["either", "ignorecase", "nonword"]),
        ["conditional"] = (RuleKind.Conditional, ["first", "second", "exceptions", "ignorecase", "vocab"]),
        ["capitalization"] = (RuleKind.Capitalization, ["match", "style", "exceptions", "indicators", "threshold", "prefix", "vocab"]),
        ["metric"] = (RuleKind.Metric, ["formula", "condition"]),
        ["readability"] = (RuleKind.Readability, ["metrics", "grade"]),
    };

    private static readonly Dictionary<string, string> UnsupportedKinds = new(StringComparer.Ordinal)
    {
        ["spelling"] = "Vale's Hunspell spell-checker is not part of EditorialLint; spelling is checked by the built-in Spelling rules",
        ["sequence"] = "sequence rules need Vale's part-of-speech tagger, which EditorialLint does not ship",
        ["script"] = "script rules run Tengo code, and EditorialLint never executes code from rule files",
    };

    /// <summary>Rule files larger than this are refused unread (the largest Vale style rules are tens of KB).</summary>
    public const long MaxFileBytes = 2L * 1024 * 1024;

    public static RuleDefinition ParseFile(string path, string? ruleId = null)
    {
        string text;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new ConfigurationException(path, 0, 0,
                    $"refused: the rule file is {length / (1024.0 * 1024):0.#} MiB, over the {MaxFileBytes / (1024 * 1024)} MiB limit",
                    "a rule file lists patterns, not data; split it or move long word lists to a vocabulary");
            }

            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            throw new ConfigurationException(path, 0, 0, "cannot read the rule file: " + e.Message, "check that the file exists and is readable", e);
        }

        return Parse(path, text, ruleId ?? IdFromPath(path));
    }

    /// <summary><c>Style.Rule</c> from <c>.../Style/Rule.yml</c>.</summary>
    public static string IdFromPath(string path)
    {
        var full = Path.GetFullPath(path);
        var style = Path.GetFileName(Path.GetDirectoryName(full)) ?? "Style";
        return style + "." + Path.GetFileNameWithoutExtension(full);
    }

    public static RuleDefinition Parse(string path, string text, string ruleId)
    {
        var (yaml, root) = YamlAccess.Load(path, text);
        if (root is null)
        {
            throw new ConfigurationException(path, 1, 1, "the rule file is empty",
                "add at least 'extends: existence', 'message: ...' and 'tokens:'");
        }

        var values = new Dictionary<string, (YamlScalarNode KeyNode, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in YamlAccess.Entries(root))
        {
            values[key] = (keyNode, value);
        }

        if (!values.TryGetValue("extends", out var extendsEntry))
        {
            throw new ConfigurationException(path, (int)root.Start.Line, (int)root.Start.Column, "the rule has no 'extends' key",
                "add 'extends: <kind>' with one of: " + string.Join(", ", Kinds.Keys));
        }

        var extends = yaml.Scalar(extendsEntry.Value, "extends").Trim();
        var positions = values.ToDictionary(kv => kv.Key, kv => ((int)kv.Value.KeyNode.Start.Line, (int)kv.Value.KeyNode.Start.Column));
        if (UnsupportedKinds.TryGetValue(extends, out var reason))
        {
            return new RuleDefinition
            {
                Id = ruleId,
                SourceFile = path,
                Kind = RuleKind.Unsupported,
                Extends = extends,
                Message = values.TryGetValue("message", out var m) && m.Value is YamlScalarNode ms ? ms.Value ?? string.Empty : string.Empty,
                UnsupportedReason = reason,
                KeyPositions = positions,
            };
        }

        if (!Kinds.TryGetValue(extends, out var kind))
        {
            var hint = YamlAccess.Closest(extends, Kinds.Keys.Concat(UnsupportedKinds.Keys));
            throw yaml.Error(extendsEntry.Value, $"unknown rule kind 'extends: {extends}'",
                (hint is null ? "use one of: " : $"did you mean '{hint}'? Use one of: ") + string.Join(", ", Kinds.Keys));
        }

        var legal = new HashSet<string>(CommonKeys.Concat(kind.Keys), StringComparer.Ordinal);
        foreach (var (key, (keyNode, _)) in values)
        {
            if (!legal.Contains(key))
            {
                var hint = YamlAccess.Closest(key, legal);
                throw yaml.Error(keyNode, $"unknown key '{key}' for a rule with 'extends: {extends}'",
                    (hint is null ? "remove it; the keys of this kind are: " : $"did you mean '{hint}'? The keys of this kind are: ")
                    + string.Join(", ", legal.Order(StringComparer.Ordinal)));
            }
        }

        string? Str(string key) => values.TryGetValue(key, out var e) ? yaml.Scalar(e.Value, key) : null;
        bool Bool(string key, bool fallback) => values.TryGetValue(key, out var e) ? yaml.Bool(e.Value, key) : fallback;
        int? Int(string key) => values.TryGetValue(key, out var e) ? yaml.Int(e.Value, key) : null;
        double Dbl(string key, double fallback) => values.TryGetValue(key, out var e) ? yaml.Double(e.Value, key) : fallback;
        IReadOnlyList<string> List(string key) => values.TryGetValue(key, out var e) ? yaml.StringList(e.Value, key) : [];
        IReadOnlyList<KeyValuePair<string, string>> Map(string key) => values.TryGetValue(key, out var e) ? yaml.StringMap(e.Value, key) : [];

        var scope = ScopeSelector.Text;
        if (values.TryGetValue("scope", out var scopeEntry))
        {
            scope = ScopeSelector.Parse(yaml.StringList(scopeEntry.Value, "scope"), out var scopeError);
            if (scopeError is not null)
            {
                throw yaml.Error(scopeEntry.Value, scopeError,
                    "use one of: " + string.Join(", ", ScopeSelector.KnownNames) + " (prefix '~' to exclude, join with '&')");
            }
        }

        var level = Severity.Info;
        if (values.TryGetValue("level", out var levelEntry))
        {
            var levelText = yaml.Scalar(levelEntry.Value, "level").Trim();
            level = ParseLevel(levelText)
                ?? throw yaml.Error(levelEntry.Value, $"unknown level '{levelText}'", "use suggestion, warning or error (or hint, info)");
        }

        var definition = new RuleDefinition
        {
            Id = ruleId,
            SourceFile = path,
            Kind = kind.Kind,
            Extends = extends,
            Message = Str("message") ?? string.Empty,
            Level = level,
            Scope = scope,
            Link = Str("link"),
            Description = Str("description"),
            Limit = Int("limit") ?? 0,
            Action = values.TryGetValue("action", out var actionEntry) ? ParseAction(yaml, actionEntry.Value) : null,
            Tests = values.TryGetValue("tests", out var testsEntry) ? ParseTests(yaml, testsEntry.Value) : [],
            Metadata = Map("metadata").Select(kv => new MetadataCondition(kv.Key, kv.Value)).ToList(),
            Tokens = List("tokens"),
            Raw = List("raw"),
            Append = Bool("append", false),
            IgnoreCase = Bool("ignorecase", false),
            Nonword = Bool("nonword", false),
            Exceptions = List("exceptions"),
            Vocab = Bool("vocab", true),
            Swap = Map("swap"),
            Capitalize = Bool("capitalize", false),
            Token = Str("token"),
            Max = Int("max"),
            Min = Int("min"),
            Alpha = Bool("alpha", false),
            Either = Map("either"),
            First = Str("first"),
            Second = Str("second"),
            Match = Str("match"),
            CaseStyle = Str("style"),
            Indicators = List("indicators"),
            Threshold = Dbl("threshold", 0),
            Prefix = Str("prefix"),
            Formula = Str("formula"),
            Condition = Str("condition"),
            Metrics = List("metrics"),
            Grade = Dbl("grade", 0),
            KeyPositions = positions,
        };

        RequireKindKeys(yaml, root, definition);
        return definition;
    }

    /// <summary>Vale's levels plus EditorialLint's own names; null when unknown.</summary>
    public static Severity? ParseLevel(string text) => text.Trim().ToLowerInvariant() switch
    {
        "suggestion" or "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        "hint" => Severity.Hint,
        _ => null,
    };

    private static void RequireKindKeys(YamlAccess yaml, YamlMappingNode root, RuleDefinition d)
    {
        string? missing = d.Kind switch
        {
            RuleKind.Existence when d.Tokens.Count == 0 && d.Raw.Count == 0 => "'tokens' (or 'raw')",
            RuleKind.Substitution when d.Swap.Count == 0 => "'swap'",
            RuleKind.Occurrence when d.Token is null => "'token'",
            RuleKind.Occurrence when d.Max is null && d.Min is null => "'max' or 'min'",
            RuleKind.Repetition when d.Tokens.Count == 0 => "'tokens'",
            RuleKind.Consistency when d.Either.Count == 0 => "'either'",
            RuleKind.Conditional when d.First is null || d.Second is null => "'first' and 'second'",
            RuleKind.Capitalization when d.Match is null => "'match'",
            RuleKind.Metric when d.Formula is null || d.Condition is null => "'formula' and 'condition'",
            RuleKind.Readability when d.Metrics.Count == 0 => "'metrics'",
            _ => null,
        };
        if (missing is not null)
        {
            throw yaml.Error(root, $"a rule with 'extends: {d.Extends}' needs {missing}", $"add {missing} to the rule");
        }
    }

    private static RuleAction ParseAction(YamlAccess yaml, YamlNode node)
    {
        var map = yaml.Mapping(node, "action");
        string? name = null;
        List<string> parameters = [];
        foreach (var (key, keyNode, value) in YamlAccess.Entries(map))
        {
            switch (key)
            {
                case "name":
                    name = yaml.Scalar(value, "action.name");
                    break;
                case "params":
                    parameters = yaml.StringList(value, "action.params");
                    break;
                default:
                    throw yaml.Error(keyNode, $"unknown key '{key}' in 'action'", "an action has only 'name' and 'params'");
            }
        }

        if (name is null or "")
        {
            throw yaml.Error(node, "the action has no 'name'", "add 'name: replace' (or remove, edit, suggest)");
        }

        return new RuleAction(name, parameters);
    }

    private static List<RuleTestCase> ParseTests(YamlAccess yaml, YamlNode node)
    {
        var tests = new List<RuleTestCase>();
        foreach (var item in yaml.Sequence(node, "tests").Children)
        {
            var map = yaml.Mapping(item, "tests item");
            string? input = null;
            List<string> expect = [];
            var format = "text";
            DateOnly? published = null;
            foreach (var (key, keyNode, value) in YamlAccess.Entries(map))
            {
                switch (key)
                {
                    case "input":
                        input = yaml.Scalar(value, "input");
                        break;
                    case "expect":
                        expect = yaml.StringList(value, "expect");
                        break;
                    case "format":
                        format = yaml.Scalar(value, "format").Trim().ToLowerInvariant();
                        if (format is not ("text" or "markdown"))
                        {
                            throw yaml.Error(value, $"unknown test format '{format}'", "use 'format: text' or 'format: markdown'");
                        }

                        break;
                    case "published":
                        var text = yaml.Scalar(value, "published").Trim();
                        published = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                            ? date
                            : throw yaml.Error(value, $"'{text}' is not a date", "write the date as yyyy-MM-dd");
                        break;
                    default:
                        throw yaml.Error(keyNode, $"unknown key '{key}' in a test", "a test has 'input', 'expect', and optionally 'format' and 'published'");
                }
            }

            if (input is null)
            {
                throw yaml.Error(item, "the test has no 'input'", "add 'input: <text to check>'");
            }

            tests.Add(new RuleTestCase(input, expect, format, published, (int)item.Start.Line));
        }

        return tests;
    }
}
