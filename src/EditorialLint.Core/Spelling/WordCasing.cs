namespace EditorialLint.Core.Spelling;

/// <summary>Carries a token's casing (lower, Capitalised, ALL CAPS) over to a replacement word.</summary>
public static class WordCasing
{
    /// <summary>"Colour" for ("Color", "colour"); "COLOUR" for ("COLOR", "colour"); names keep their own casing.</summary>
    public static string Apply(string model, string word)
    {
        if (model.Length == 0 || word.Length == 0 || HasUpper(word))
        {
            return word;
        }

        if (model.Length > 1 && IsAllUpper(model))
        {
            return word.ToUpperInvariant();
        }

        return char.IsUpper(model[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;
    }

    /// <summary>True when every letter is a capital and there is at least one letter ("NATO", "U.S.").</summary>
    public static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 0;
    }

    /// <summary>True when some character is a capital letter.</summary>
    public static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }
}
