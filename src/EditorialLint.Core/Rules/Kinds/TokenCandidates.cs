namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// A unit a rule may match in (see <see cref="CombinedLiterals"/>), with the indices, ascending, of the tokens whose
/// literals occur in it; null when any token may match there.
/// </summary>
public readonly record struct TokenCandidates(ScopeUnit Unit, int[]? Tokens);
