using System.Collections.Immutable;

namespace EditorialLint.Core.Dates;

/// <summary>A replacement offered by a date check, in the prose coordinates of one block.</summary>
public sealed record DateFix(string Title, int BlockIndex, int Start, int Length, string NewText);

/// <summary>A problem a date check found, in the prose coordinates of one block.</summary>
public sealed record DateFinding(int BlockIndex, int Start, int Length, string Message, ImmutableArray<DateFix> Fixes)
{
    public static DateFinding For(DateMention mention, string message, params DateFix[] fixes) =>
        new(mention.BlockIndex, mention.Start, mention.Length, message, [.. fixes]);
}
