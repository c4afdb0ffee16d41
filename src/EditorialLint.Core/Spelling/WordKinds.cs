namespace EditorialLint.Core.Spelling;

/// <summary>The SCOWL lists a dictionary entry comes from (an entry can be in several).</summary>
[Flags]
public enum WordKinds : ushort
{
    None = 0,

    /// <summary>Spelled the same in every variety (SCOWL "english").</summary>
    Common = 1,

    /// <summary>American-only spelling (SCOWL "american").</summary>
    American = 2,

    /// <summary>British-only spelling, -ise and -ize forms (SCOWL "british", "british_z").</summary>
    British = 4,

    /// <summary>Accepted American alternative (SCOWL "variant_1", "variant_2").</summary>
    AmericanAlternative = 8,

    /// <summary>Accepted British alternative (SCOWL "british_variant_1", "british_variant_2").</summary>
    BritishAlternative = 16,

    /// <summary>Proper name (SCOWL "proper-names").</summary>
    Name = 32,

    /// <summary>Abbreviation or acronym (SCOWL "abbreviations").</summary>
    Abbreviation = 64,

    /// <summary>Real but uncommon word above the dictionary size (SCOWL levels 71-80): never flagged, never suggested.</summary>
    Rare = 128,

    /// <summary>Every kind that makes a word correctly spelled in some variety.</summary>
    Known = Common | American | British | AmericanAlternative | BritishAlternative | Name | Abbreviation,
}
