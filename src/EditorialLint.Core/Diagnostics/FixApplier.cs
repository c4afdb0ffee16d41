using System.Text;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Diagnostics;

public static class FixApplier
{
    /// <summary>
    /// Applies edits to a text. Edits must not overlap (two insertions at the same point do not count as
    /// overlapping but are refused too, since their order would be arbitrary).
    /// </summary>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new StringBuilder(text.Length + 16);
        int position = 0;
        TextEdit? previous = null;
        foreach (TextEdit edit in ordered)
        {
            if (edit.Span.Start < 0 || edit.Span.End > text.Length)
            {
                throw new ArgumentException($"edit {edit.Span} is outside the text (length {text.Length})", nameof(edits));
            }

            if (previous is { } p && Conflict(p.Span, edit.Span))
            {
                throw new ArgumentException($"edits {p.Span} and {edit.Span} overlap", nameof(edits));
            }

            builder.Append(text, position, edit.Span.Start - position);
            builder.Append(edit.NewText);
            position = edit.Span.End;
            previous = edit;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="second"/> (which sorts after <paramref name="first"/> by start, then end) cannot be applied with it.</summary>
    private static bool Conflict(TextSpan first, TextSpan second) =>
        second.Start < first.End || (second.Start == first.Start && (first.IsEmpty || second.IsEmpty));
}
