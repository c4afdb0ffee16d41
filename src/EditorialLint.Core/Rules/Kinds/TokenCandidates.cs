namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// A unit a rule may match in (see <see cref="CombinedLiterals"/>), with the indices, ascending, of the tokens whose
/// literals occur in it; null when any token may match there. <see cref="Starts"/>, for a rule whose matches all start
/// with a need (<see cref="CompiledRuleKind.NeedsStartMatches"/>), lists the offsets (ascending) where one may start;
/// null when the whole unit must be scanned.
/// </summary>
public readonly record struct TokenCandidates(ScopeUnit Unit, int[]? Tokens, int[]? Starts = null);
