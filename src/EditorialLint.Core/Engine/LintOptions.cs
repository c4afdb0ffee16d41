using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Engine;

/// <summary>Per-run settings that shape what the linter reports.</summary>
public sealed class LintOptions
{
    public static LintOptions Default { get; } = new();

    /// <summary>Overrides the publication date found in the document.</summary>
    public DateOnly? PublishedOverride { get; init; }

    /// <summary>Where <see cref="PublishedOverride"/> came from, for messages ("--published", "config file").</summary>
    public string PublishedOverrideSource { get; init; } = "--published";

    /// <summary>Diagnostics below this severity are dropped.</summary>
    public Severity MinSeverity { get; init; } = Severity.Info;

    /// <summary>Per-rule severity; a null value turns the rule off. Keys are rule ids, case-insensitive.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; init; } = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rules that are off by default but turned on (for example by a preset).</summary>
    public IReadOnlySet<string> EnabledRules { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Project vocabulary (Vale's accept.txt/reject.txt): accepted terms are never misspellings.</summary>
    public Spelling.Vocabulary Vocabulary { get; init; } = Spelling.Vocabulary.Empty;

    /// <summary>Patterns (Vale's TokenIgnores/BlockIgnores) whose matches in the source are never reported on.</summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> IgnorePatterns { get; init; } = [];

    public LintOptions With(Action<Builder> change)
    {
        var builder = new Builder(this);
        change(builder);
        return builder.Build();
    }

    public bool IsEnabled(Rules.RuleDescriptor rule)
    {
        if (RuleSeverities.TryGetValue(rule.Id, out Severity? severity))
        {
            return severity is not null;
        }

        return rule.EnabledByDefault || EnabledRules.Contains(rule.Id);
    }

    public Severity SeverityOf(Rules.RuleDescriptor rule, Severity reported) =>
        RuleSeverities.TryGetValue(rule.Id, out Severity? severity) && severity is { } s ? s : reported;

    public sealed class Builder(LintOptions from)
    {
        public DateOnly? PublishedOverride { get; set; } = from.PublishedOverride;

        public string PublishedOverrideSource { get; set; } = from.PublishedOverrideSource;

        public Severity MinSeverity { get; set; } = from.MinSeverity;

        public Dictionary<string, Severity?> RuleSeverities { get; } = new(from.RuleSeverities, StringComparer.OrdinalIgnoreCase);

        public HashSet<string> EnabledRules { get; } = new(from.EnabledRules, StringComparer.OrdinalIgnoreCase);

        public Spelling.Vocabulary Vocabulary { get; set; } = from.Vocabulary;

        public IReadOnlyList<System.Text.RegularExpressions.Regex> IgnorePatterns { get; set; } = from.IgnorePatterns;

        public LintOptions Build() => new()
        {
            PublishedOverride = PublishedOverride,
            PublishedOverrideSource = PublishedOverrideSource,
            MinSeverity = MinSeverity,
            RuleSeverities = RuleSeverities,
            EnabledRules = EnabledRules,
            Vocabulary = Vocabulary,
            IgnorePatterns = IgnorePatterns,
        };
    }
}
