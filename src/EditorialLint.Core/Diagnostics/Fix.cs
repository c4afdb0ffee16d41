using System.Collections.Immutable;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Diagnostics;

/// <summary>
/// A fix: one or more source edits. <see cref="IsSafe"/> means the rule is confident enough for the fix to be
/// applied without review (by <c>--fix</c> or "fix all").
/// </summary>
public sealed record Fix(string Title, ImmutableArray<TextEdit> Edits, bool IsSafe)
{
    /// <summary>Replaces a prose range of a block; the edit covers exactly the source characters behind it.</summary>
    public static Fix Replace(string title, ProseBlock block, TextSpan proseSpan, string newText, bool safe = false) =>
        new(title, ImmutableArray.Create(new TextEdit(block.ToSource(proseSpan), newText)), safe);

    public static Fix Replace(string title, TextSpan sourceSpan, string newText, bool safe = false) =>
        new(title, ImmutableArray.Create(new TextEdit(sourceSpan, newText)), safe);
}
