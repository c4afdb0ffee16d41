using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

public enum DocumentNoticeKind
{
    /// <summary>Bytes that were not valid UTF-8 were replaced by U+FFFD.</summary>
    InvalidEncoding,

    /// <summary>The front matter block is not valid YAML; its values were ignored.</summary>
    InvalidFrontMatter,

    /// <summary>The Markdown was nested too deeply for the parser; the file was checked as plain text.</summary>
    UnparsedMarkdown,
}

/// <summary>Something about the file itself that the reader should know (reported once per document).</summary>
public sealed record DocumentNotice(DocumentNoticeKind Kind, string Message, TextSpan Span);
