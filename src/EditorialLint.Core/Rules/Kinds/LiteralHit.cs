namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// One occurrence of a rule's literal need in a text (see <see cref="TextHits"/>): the rule's slot, the range, whether
/// the <c>\b</c> the need puts before and after it holds there, and the token the need comes from.
/// </summary>
internal readonly record struct LiteralHit(int Slot, int Start, int End, bool LeftOpen, bool RightOpen, int Token);
