using EditorialLint.Core.Text;

namespace EditorialLint.Core.Diagnostics;

/// <summary>Replace the source characters in <see cref="Span"/> with <see cref="NewText"/> (empty span = insert).</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText);
