using EditorialLint.Core.Text;

namespace EditorialLint.Core.Dates;

public enum PublicationDateSource
{
    /// <summary>Given by the user (command line, editor setting or configuration).</summary>
    Override,
    FrontMatter,
    Dateline,
}

/// <summary>The date an article was published, where it came from (for messages), and where it is written.</summary>
public sealed record PublicationDate(DateOnly Date, PublicationDateSource Source, string Description, TextSpan? Span)
{
    /// <summary>"4 Feb 2026 (dateline on line 7)".</summary>
    public override string ToString() => $"{Date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} ({Description})";

    /// <summary>"on 4 Feb 2026 (dateline on line 7)", for messages.</summary>
    public string ForMessage => $"on {this}";
}
