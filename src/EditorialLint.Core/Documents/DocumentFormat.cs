namespace EditorialLint.Core.Documents;

public enum DocumentFormat
{
    Markdown,
    PlainText,
}

public static class DocumentFormats
{
    private static readonly string[] MarkdownExtensions = [".md", ".markdown", ".mdown", ".mkd", ".mdx"];

    /// <summary>Markdown for .md/.markdown (and their common variants), plain text for everything else.</summary>
    public static DocumentFormat FromPath(string? path)
    {
        string extension = System.IO.Path.GetExtension(path ?? string.Empty);
        return MarkdownExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    /// <summary>Parses a format name or extension ("markdown", "md", ".md", "text", "txt").</summary>
    public static DocumentFormat? Parse(string? value) => value?.Trim().TrimStart('.').ToLowerInvariant() switch
    {
        "md" or "markdown" or "mdown" or "mkd" or "mdx" => DocumentFormat.Markdown,
        "txt" or "text" or "plaintext" or "plain" => DocumentFormat.PlainText,
        _ => null,
    };
}
