namespace EditorialLint.Core.Diagnostics;

public enum Severity
{
    Hint = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Hint => "hint",
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Parses "error", "warning", "info", "hint" (and Vale's "suggestion" as info), case-insensitively.</summary>
    public static bool TryParse(string? value, out Severity severity)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning" or "warn":
                severity = Severity.Warning;
                return true;
            case "info" or "information" or "suggestion":
                severity = Severity.Info;
                return true;
            case "hint":
                severity = Severity.Hint;
                return true;
            default:
                severity = default;
                return false;
        }
    }

    public const string Choices = "error, warning, info, hint";
}
