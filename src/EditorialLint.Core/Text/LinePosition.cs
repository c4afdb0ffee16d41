namespace EditorialLint.Core.Text;

/// <summary>A zero-based line and a zero-based column whose unit depends on the caller's encoding.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    public override string ToString() => $"{Line}:{Character}";
}

/// <summary>How columns are counted (LSP's positionEncoding kinds).</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
    Utf32,
}
