using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules;

/// <summary>
/// What a rule is, apart from any occurrence of it: a stable id <c>Family.Name</c> (public API: never rename),
/// a title without a trailing period, a default severity, an explanation for editors and an example.
/// </summary>
public sealed record RuleDescriptor
{
    public const string DocsBaseUri = "https://github.com/editorial-lint/editorial-lint/blob/main/docs/rules.md";

    public RuleDescriptor(string id, string title, Severity defaultSeverity, string explanation, string example, bool enabledByDefault = true, string? sourceFile = null)
    {
        if (string.IsNullOrWhiteSpace(id) || !id.Contains('.'))
        {
            throw new ArgumentException($"rule id '{id}' must have the form Family.Name", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(title) || title.EndsWith('.'))
        {
            throw new ArgumentException($"rule {id}: the title must be non-empty and have no trailing period", nameof(title));
        }

        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Explanation = explanation;
        Example = example;
        EnabledByDefault = enabledByDefault;
        SourceFile = sourceFile;
    }

    public string Id { get; }

    public string Title { get; }

    public Severity DefaultSeverity { get; }

    public string Explanation { get; }

    public string Example { get; }

    public bool EnabledByDefault { get; }

    /// <summary>
    /// Whether the rule's findings for a block depend only on that block (and named document-wide facts), so that an
    /// editor may reuse them while the block is unchanged; <see cref="RuleLocality.Document"/> unless the rule says
    /// otherwise (<c>new(...) { Locality = RuleLocality.Block(...) }</c>).
    /// </summary>
    public RuleLocality Locality { get; init; } = RuleLocality.Document;

    /// <summary>The rule file a YAML rule came from; null for rules written in C#.</summary>
    public string? SourceFile { get; }

    /// <summary>The part of the id before the first dot (Dates, Spelling, or a style name).</summary>
    public string Family => Id[..Id.IndexOf('.')];

    /// <summary>A stable link to the rule's documentation.</summary>
    public Uri HelpUri => new($"{DocsBaseUri}#{Id.ToLowerInvariant().Replace('.', '-')}");
}
