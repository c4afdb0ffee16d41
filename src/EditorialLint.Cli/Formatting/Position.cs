using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>A 1-based range for output: columns count UTF-16 code units (or code points, for Vale's line format); End is exclusive.</summary>
public readonly record struct OneBasedRange(int Line, int Column, int EndLine, int EndColumn)
{
    public static OneBasedRange From(SourceText source, TextSpan span, PositionEncoding encoding = PositionEncoding.Utf16)
    {
        LinePosition start = source.GetLinePosition(span.Start, encoding);
        LinePosition end = source.GetLinePosition(span.End, encoding);
        return new OneBasedRange(start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1);
    }
}
