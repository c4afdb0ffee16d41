using System.Globalization;
using System.Text.Json;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// The client-side settings of section <c>editorialLint</c>, from initializationOptions,
/// workspace/didChangeConfiguration or workspace/configuration. Unknown keys are ignored and
/// invalid values keep their default (and are reported in <see cref="Problems"/>).
/// </summary>
public sealed record ServerSettings
{
    public const string Section = "editorialLint";
    public const int DefaultDebounceMs = 150;

    public static ServerSettings Default { get; } = new();

    /// <summary>"error", "warning", "info" or "hint"; null means the configuration's own default.</summary>
    public string? MinSeverity { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public IReadOnlyList<string> EnabledStyles { get; init; } = [];

    public string? ConfigPath { get; init; }

    public int DebounceMs { get; init; } = DefaultDebounceMs;

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Reads either <c>{"editorialLint": {...}}</c> or the section object itself.</summary>
    public static ServerSettings Parse(JsonElement? element, ServerSettings? fallback = null)
    {
        var result = fallback ?? Default;
        if (element is not { ValueKind: JsonValueKind.Object } root)
        {
            return result with { Problems = [] };
        }
        if (root.TryGetProperty(Section, out var section))
        {
            if (section.ValueKind != JsonValueKind.Object)
            {
                return result with { Problems = [] };
            }
            root = section;
        }
        var problems = new List<string>();
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "minSeverity":
                    var severity = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim().ToLowerInvariant() : null;
                    if (value.ValueKind == JsonValueKind.Null || severity == "")
                    {
                        result = result with { MinSeverity = null };
                    }
                    else if (severity is "error" or "warning" or "info" or "hint" or "suggestion")
                    {
                        result = result with { MinSeverity = severity == "suggestion" ? "hint" : severity };
                    }
                    else
                    {
                        problems.Add($"minSeverity must be error, warning, info or hint, not {value.GetRawText()}");
                    }
                    break;
                case "publicationDate":
                    if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() == ""))
                    {
                        result = result with { PublicationDate = null };
                    }
                    else if (value.ValueKind == JsonValueKind.String
                        && DateOnly.TryParseExact(value.GetString()!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        result = result with { PublicationDate = date };
                    }
                    else
                    {
                        problems.Add($"publicationDate must be a date like 2026-02-04, not {value.GetRawText()}");
                    }
                    break;
                case "enabledStyles":
                    if (value.ValueKind == JsonValueKind.Array)
                    {
                        result = result with
                        {
                            EnabledStyles = [.. value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
                        };
                    }
                    else if (value.ValueKind == JsonValueKind.Null)
                    {
                        result = result with { EnabledStyles = [] };
                    }
                    else
                    {
                        problems.Add($"enabledStyles must be a list of style names, not {value.GetRawText()}");
                    }
                    break;
                case "configPath":
                    result = result with
                    {
                        ConfigPath = value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() != "" ? value.GetString()!.Trim() : null,
                    };
                    break;
                case "debounceMs":
                    if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var ms) && ms is >= 0 and <= 10_000)
                    {
                        result = result with { DebounceMs = ms };
                    }
                    else
                    {
                        problems.Add($"debounceMs must be a number of milliseconds between 0 and 10000, not {value.GetRawText()}");
                    }
                    break;
            }
        }
        return result with { Problems = problems };
    }
}
