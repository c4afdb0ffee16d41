namespace EditorialLint.Core.Spelling;

/// <summary>One word spelled two ways: American and British ("color", "colour").</summary>
public readonly record struct VariantPair(string American, string British);
