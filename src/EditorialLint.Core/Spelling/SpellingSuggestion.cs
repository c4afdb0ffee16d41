namespace EditorialLint.Core.Spelling;

/// <summary>A dictionary word offered for a misspelling, in the typed word's casing. Lower score ranks first.</summary>
public readonly record struct SpellingSuggestion(string Word, int Distance, float Score);
