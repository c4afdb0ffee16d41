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

    /// <summary>
    /// Chooses, in order, the safe fix of each diagnostic whose edits conflict with no edit chosen before it, so that
    /// a batch can be applied in one pass by <see cref="Apply"/>. Returns the edits and how many fixes were skipped.
    /// Runs in O(n log n) for edits that come in source order (a file with 100,000 findings must not hang).
    /// </summary>
    public static (IReadOnlyList<TextEdit> Edits, int Skipped) SelectSafeFixes(IEnumerable<Diagnostic> diagnostics)
    {
        var chosen = new List<TextEdit>();
        var taken = new List<TextSpan>(); // chosen spans, sorted by (Start, End), pairwise without conflict
        int skipped = 0;
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.RuleId, StringComparer.Ordinal))
        {
            Fix? fix = diagnostic.Fixes.FirstOrDefault(f => f.IsSafe);
            if (fix is null)
            {
                continue;
            }

            var spans = fix.Edits.Select(e => e.Span).OrderBy(s => s.Start).ThenBy(s => s.End).ToList();
            bool clash = spans.Any(s => ConflictsWithTaken(taken, s)) || spans.Zip(spans.Skip(1)).Any(pair => Conflict(pair.First, pair.Second));
            if (clash)
            {
                skipped++;
                continue;
            }

            foreach (TextSpan span in spans)
            {
                taken.Insert(InsertionIndex(taken, span), span);
            }

            chosen.AddRange(fix.Edits);
        }

        return (chosen, skipped);
    }

    /// <summary>
    /// True when two edits cannot be applied together: they overlap, or one is an insertion at the start of (or
    /// inside) the other, where the order of the two would be arbitrary. <paramref name="first"/> sorts first.
    /// </summary>
    private static bool Conflict(TextSpan first, TextSpan second) =>
        second.Start < first.End || (second.Start == first.Start && (first.IsEmpty || second.IsEmpty));

    private static bool ConflictsWithTaken(List<TextSpan> taken, TextSpan span)
    {
        // Taken spans are ordered and pairwise compatible, so only the neighbours of the insertion point can conflict.
        int index = InsertionIndex(taken, span);
        return (index > 0 && Conflict(taken[index - 1], span)) || (index < taken.Count && Conflict(span, taken[index]));
    }

    /// <summary>The index of the first taken span that sorts after <paramref name="span"/> by (Start, End).</summary>
    private static int InsertionIndex(List<TextSpan> taken, TextSpan span)
    {
        int lo = 0, hi = taken.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan t = taken[mid];
            if (t.Start < span.Start || (t.Start == span.Start && t.End <= span.End))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
