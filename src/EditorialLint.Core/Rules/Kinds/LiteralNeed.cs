namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// One literal string (ASCII, or symbols without case such as dashes and curly quotes) that a match of a pattern may contain (see <see cref="PatternNeeds"/>):
/// every match contains one string of the pattern's set. <see cref="BoundedStart"/> (<see cref="BoundedEnd"/>)
/// says the pattern puts <c>\b</c> right before (after) the string and the string starts (ends) with a word
/// character, so the text before (after) it cannot be an ASCII word character. Case is compared ordinally unless
/// <see cref="IgnoreCase"/>. <see cref="Token"/> is the index of the token (in its rule's list) the string comes
/// from, or -1 when it stands for the whole pattern.
/// </summary>
public readonly record struct LiteralNeed(string Text, bool IgnoreCase, bool BoundedStart, bool BoundedEnd, int Token = -1);
