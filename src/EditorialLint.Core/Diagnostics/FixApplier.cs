using System.Text;

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

            if (previous is { } p && (edit.Span.Start < p.Span.End || (edit.Span.Start == p.Span.Start && (edit.Span.IsEmpty || p.Span.IsEmpty))))
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

    /// <summary>
    /// Chooses, in order, the safe fix of each diagnostic whose edits overlap no edit chosen before it, so that a
    /// batch can be applied in one pass. Returns the edits and how many fixes were skipped for overlapping.
    /// </summary>
    public static (IReadOnlyList<TextEdit> Edits, int Skipped) SelectSafeFixes(IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<TextEdit>();
        int skipped = 0;
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.RuleId, StringComparer.Ordinal))
        {
            Fix? fix = diagnostic.Fixes.FirstOrDefault(f => f.IsSafe);
            if (fix is null)
            {
                continue;
            }

            bool clash = fix.Edits.Any(e => chosen.Any(c => c.Span.OverlapsWith(e.Span) || c.Span.Start == e.Span.Start));
            if (clash)
            {
                skipped++;
                continue;
            }

            chosen.AddRange(fix.Edits);
        }

        return (chosen, skipped);
    }
}
