namespace EditorialLint.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public bool IsEmpty => Length == 0;

    public static TextSpan FromBounds(int start, int end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), $"end {end} is before start {start}");
        }

        return new TextSpan(start, end - start);
    }

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>True when the spans overlap or touch (useful for empty insertion spans).</summary>
    public bool IntersectsWith(TextSpan other) => other.Start <= End && other.End >= Start;

    public override string ToString() => $"[{Start}..{End})";
}
