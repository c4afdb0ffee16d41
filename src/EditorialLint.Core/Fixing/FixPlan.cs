using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Fixing;

/// <summary>
/// The edits of one pass of safe fixes over a text: the safe fix of every diagnostic whose edits overlap no other
/// safe fix, and the diagnostics whose fixes were left out because they overlap.
/// </summary>
public sealed record FixPlan(IReadOnlyList<TextEdit> Edits, IReadOnlyList<Diagnostic> Fixed, IReadOnlyList<Diagnostic> Overlapping)
{
    public bool IsEmpty => Edits.Count == 0;

    public string ApplyTo(string text) => FixApplier.Apply(text, Edits);
}
