using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

/// <summary>An HTML comment in a Markdown document; <see cref="Content"/> is the text between the markers, trimmed.</summary>
public sealed record MarkupComment(TextSpan Span, string Content);
