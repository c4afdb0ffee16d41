using EditorialLint.Core.Text;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>
/// Converts between Core offsets (UTF-16 units of a source text) and LSP positions in the negotiated
/// encoding, using the text's line index. <paramref name="offsetShift"/> is added to Core offsets when
/// the client's buffer has characters Core's text does not (a byte order mark).
/// </summary>
public sealed class PositionMapper(SourceText text, PositionEncoding encoding, int offsetShift = 0)
{
    public SourceText Text => text;

    public Position ToPosition(int offset)
    {
        var position = text.GetLinePosition(offset + offsetShift, encoding);
        return new Position(position.Line, position.Character);
    }

    /// <summary>The offset of a position; out-of-range lines and columns clamp (see SourceText.GetOffset).</summary>
    public int ToOffset(Position position) =>
        Math.Max(0, text.GetOffset(position.Line, position.Character, encoding) - offsetShift);

    public Range ToRange(TextSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    public TextSpan ToSpan(Range range)
    {
        var start = ToOffset(range.Start);
        return TextSpan.FromBounds(start, Math.Max(start, ToOffset(range.End)));
    }
}
