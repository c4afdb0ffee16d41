using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

public enum TokenKind
{
    /// <summary>Letters (with digits, marks, and inner apostrophes): "Iran's", "G7", "don't".</summary>
    Word,

    /// <summary>Digits with inner separators: "2026", "1,000", "3.5", "9/11".</summary>
    Number,

    Punctuation,

    /// <summary>Other symbols: "$", "%", "&amp;", "+".</summary>
    Symbol,

    /// <summary>Spaces and tabs (and other non-breaking white space), one token per run.</summary>
    Whitespace,

    /// <summary>A line break inside a block (soft break or plain-text line end).</summary>
    LineBreak,

    /// <summary>A non-prose inline (code span, autolink, inline HTML), see <see cref="Documents.ProseBlock.Placeholder"/>.</summary>
    Placeholder,
}

/// <summary>A token in its block's prose coordinates.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public TextSpan Span => new(Start, Length);

    public bool IsWord => Kind == TokenKind.Word;
}
