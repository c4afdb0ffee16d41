using CsCheck;

namespace EditorialLint.Core.Tests.Properties;

/// <summary>
/// Generators of hostile documents: text assembled from words that trigger rules, Markdown syntax, line breaks of
/// every kind and awkward Unicode (lone and paired surrogates, combining marks, BOMs, controls, U+FFFC itself),
/// plus mutations (insert, delete, duplicate, truncate, line-ending swaps) of the seed draft and Markdown samples.
/// Every generator is built from CsCheck parts, so failures shrink.
/// </summary>
internal static class DocumentGenerators
{
    /// <summary>Words and phrases that make the built-in rules fire, and words that test tokenization.</summary>
    private static readonly string[] Words =
    [
        "the", "a", "deal", "talks", "towardsa", "ofthe", "inthe", "wouldbe", "According", "to", "multiple", "several",
        "sources", "said", "June", "30", "30 June", "Feb.", "4", "2026", "2026-02-04", "Published On 4 Feb 2026",
        "Published: February 4, 2026", "Updated 5 Feb 2026", "Mr.", "U.S.", "don't", "Iran\u2019s", "1,000", "3.5", "9/11",
        "caf\u00E9", "cafe\u0301", "na\u00EFve", "\u0130stanbul", "stra\u00DFe", "\uFB01ne", "\u65E5\u672C\u8A9E",
        "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\U0001F600", "\U0001F469\u200D\U0001F469\u200D\U0001F467",
        "\U0001F1FA\U0001F1F8", "\U0001D400bc", ".", ",", "!", "?", "\u2026", "\"", "\u201C", "\u201D", "'", "(", ")",
    ];

    private static readonly string[] Markup =
    [
        "# ", "## ", "###### ", "####### ", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "`", "``", "```", "~~~", "**", "*",
        "_", "__", "[", "]", "(", ")", "](http://x.y)", "![alt](i.png)", "<", ">", "<b>", "</b>", "<div>", "</div>",
        "<!--", "-->", "<!-- editorial-lint off -->", "<https://x.y>", "http://example.com/a_b", "www.example.com",
        "&amp;", "&#x1F600;", "&#0;", "&#xD800;", "&bogus;", "&nbsp;", "\\", "\\*", "\\\n", "|", " | ", "|---|---|", "---",
        "***", "===", "    ", "[x]: http://ref", "[x]", "[^1]", "+---+---+", "  \n", ":", "{", "}",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\r\r", "\n\r", "\r\n\n"];

    private static readonly string[] Specials =
    [
        "\uFEFF", "\u200B", "\u200D", "\u00A0", "\u2028", "\u2029", "\u0085", "\uFFFC", "\uFFFD", "\0", "\u0301",
        "\u0308\u0301\u0327", "\u202E", "\u00AD", "\t", "\v", "\f", "\u001B", "\u3000",
    ];

    private static readonly string[] FrontMatters =
    [
        "", "", "", "---\ndate: 2026-02-04\n---\n", "---\r\ntitle: \"x\"\r\npublished: 2026-02-04\r\n---\r\n",
        "---\ndate: [\n---\n", "---\n: : :\n---\n", "---\n", "---\ndate: &a 2026-01-01\nb: *a\n---\n",
        "---\n---\n", "\uFEFF---\ndate: 2026-02-04\n---\n",
    ];

    /// <summary>One lone surrogate (high or low).</summary>
    public static readonly Gen<string> LoneSurrogate =
        Gen.OneOf<int>(Gen.Int[0xD800, 0xDBFF], Gen.Int[0xDC00, 0xDFFF]).Select(i => ((char)i).ToString());

    /// <summary>A supplementary-plane character (a valid surrogate pair).</summary>
    public static readonly Gen<string> SurrogatePair = Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32);

    /// <summary>A base letter followed by one to four combining marks.</summary>
    public static readonly Gen<string> Combining =
        Gen.Select(Gen.Char["aeiouAEIOU"], Gen.Int[0x0300, 0x036F].Array[1, 4], (c, marks) => c + string.Concat(marks.Select(m => (char)m)));

    /// <summary>Any UTF-16 code units at all, including unpaired surrogates and controls.</summary>
    public static readonly Gen<string> AnyUnits = Gen.Char.Array[1, 6].Select(a => new string(a));

    public static readonly Gen<string> Piece = Gen.Frequency<string>(
        (12, Gen.OneOf(Words)),
        (8, Gen.OneOf(" ", " ", "  ", "\t")),
        (5, Gen.OneOf(Breaks)),
        (7, Gen.OneOf(Markup)),
        (2, Gen.OneOf(Specials)),
        (1, LoneSurrogate),
        (1, SurrogatePair),
        (1, Combining),
        (1, AnyUnits));

    /// <summary>A random document: maybe front matter, then up to 150 pieces.</summary>
    public static readonly Gen<string> RandomDocument =
        Gen.Select(Gen.OneOf(FrontMatters), Piece.Array[0, 150], (frontMatter, pieces) => frontMatter + string.Concat(pieces));

    /// <summary>Container prefixes repeated up to 300 times (Markdig's own limit is 128 levels).</summary>
    public static readonly Gen<string> DeeplyNested = Gen.Select(
        Gen.OneOf(">", "> ", "- ", "> - ", "- > ", "1. > ", "* ", "  - ", "*", "[", "**a ", "> 1. - "),
        Gen.Int[1, 300],
        Gen.OneOf(Breaks),
        (prefix, depth, lineBreak) => string.Concat(Enumerable.Repeat(prefix, depth)) + "A roadmap towardsa deal." + lineBreak + "According to multiple sources, yes.");

    /// <summary>One line of 2,000 to 60,000 characters made of a repeated word or phrase.</summary>
    public static readonly Gen<string> HugeLine = Gen.Select(
        Gen.OneOf(Words),
        Gen.OneOf(" ", "", "*", "`", "\u0301"),
        Gen.Int[2_000, 60_000],
        (word, separator, length) =>
        {
            string unit = word + separator;
            return string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / Math.Max(1, unit.Length))));
        });

    public static readonly string[] MarkdownSamples =
    [
        """
        ---
        title: "Talks in Muscat"
        date: 2026-02-04
        tags: [iran, us]
        ---
        # Can US-Iran diplomacy work?

        Published On 4 Feb 2026

        According to multiple sources, the talks moved *towardsa* deal on June 30. See [the report](https://example.com/r "t")
        and `code towardsa` and <span>inline html</span>. An &amp; entity, a\*escape and a hard  
        break.

        > A quote with a list:
        > - item ofthe one
        > - item two
        >   > nested quote inthe list

        1. First
           - nested **bold towardsa** and _emphasis_
        2. Second

        | Column | Other |
        |--------|-------|
        | cell towardsa | 30 June |

        ```
        towardsa in code is not prose
        ```

            indented code towardsa

        <!-- editorial-lint off -->
        Text after a comment ![image](i.png) and <https://autolink.example>.

        Setext heading
        ==============
        """,
        "Line one\r\nline two towardsa\r\n\r\n> quote\r\n> - item\r\n\r\n* a\r\n* b\r\n",
        "Mixed\rendings\nin\r\nthis towardsa\r\rparagraph\n\n| a | b |\r\n|---|---|\r\n| c | d |\r\n",
        "- a\n  > b\n  > - c\n  >   > d towardsa\n  >   >   - e\n",
        "+---+---+\n| a | b |\n+===+===+\n| towardsa | d |\n+---+---+\n",
        "[ref]: http://x.y\n\nA [link][ref] and a footnote[^1].\n\n[^1]: note towardsa\n",
    ];

    /// <summary>The texts mutations start from: the seed draft and the Markdown samples.</summary>
    public static readonly Lazy<string[]> MutationBases = new(() => [File.ReadAllText(RuleAssert.SeedPath), .. MarkdownSamples]);

    private readonly record struct Mutation(int Kind, int Position, int Length, string Piece)
    {
        public string Apply(string text)
        {
            int at = text.Length == 0 ? 0 : Position % (text.Length + 1);
            int length = Math.Min(Length, text.Length - at);
            return Kind switch
            {
                0 => text.Insert(at, Piece),
                1 => text.Remove(at, length),
                2 => text.Insert(at, text.Substring(at, length)),
                3 => at < text.Length ? text.Remove(at, 1).Insert(at, Piece) : text + Piece,
                4 => text[..at] + text[at..].Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r", StringComparison.Ordinal),
                5 => text[..at] + text[at..].Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal),
                6 => text[..at],
                _ => text.Remove(at, length).Insert(at == 0 ? 0 : (at * 7919) % Math.Max(1, text.Length - length + 1), text.Substring(at, length)),
            };
        }
    }

    private static readonly Gen<Mutation> OneMutation = Gen.Select(
        Gen.Frequency<int>((6, Gen.Int[0, 0]), (3, Gen.Int[1, 3]), (1, Gen.Int[4, 7])),
        Gen.Int[0, 1_000_000],
        Gen.Int[0, 200],
        Piece,
        (kind, position, length, piece) => new Mutation(kind, position, length, piece));

    /// <summary>The seed draft or a sample, mutated one to twelve times (positions fall inside pairs and CRLFs too).</summary>
    public static readonly Gen<string> MutatedDocument = Gen.Select(
        Gen.Int[0, MarkdownSamples.Length],
        OneMutation.Array[1, 12],
        (index, mutations) => mutations.Aggregate(MutationBases.Value[index], (text, m) => m.Apply(text)));

    /// <summary>Random, mutated, nested or long-lined (up to 10,000 characters), weighted toward the cheap ones.</summary>
    public static readonly Gen<string> AnyDocument = Gen.Frequency<string>(
        (10, RandomDocument),
        (8, MutatedDocument),
        (2, DeeplyNested),
        (1, HugeLine.Select(line => line.Length > 10_000 ? line[..10_000] : line)));
}
