namespace EditorialLint.Core.Spelling;

/// <summary>The verdict on one unknown word: how sure we are that it is a slip, and what was probably meant.</summary>
public sealed record Misspelling(string Word, MisspellingConfidence Confidence, IReadOnlyList<SpellingSuggestion> Suggestions);

/// <summary>How a word the dictionary lacks is reported.</summary>
public enum MisspellingConfidence
{
    /// <summary>A likely slip: a lowercase word one typist's edit away from a common word ("goverment").</summary>
    Likely,

    /// <summary>Not in the dictionary and nothing close enough to call it a slip: a name, a foreign or new word.</summary>
    Unknown,

    /// <summary>A name written in lowercase ("july" for "July").</summary>
    Lowercased,
}
