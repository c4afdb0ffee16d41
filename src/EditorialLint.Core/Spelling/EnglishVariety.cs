namespace EditorialLint.Core.Spelling;

/// <summary>The spelling standard a word is checked against.</summary>
public enum EnglishVariety
{
    /// <summary>American spelling (en-US): color, organize, traveled.</summary>
    American,

    /// <summary>British spelling (en-GB), Oxford -ize forms included: colour, organise, organize, travelled.</summary>
    British,
}
