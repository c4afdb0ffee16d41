using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// One run of capitalised words in the prose ("Iranian Foreign Minister Abbas Araghchi", "Al-Thani", "Larijani"),
/// split into the title before the name and the name itself.
/// </summary>
/// <param name="Block">The block it is in.</param>
/// <param name="Span">The whole run, title included (prose coordinates).</param>
/// <param name="Title">The title words ("Iranian Foreign Minister"), empty when there is none.</param>
/// <param name="TitleSpan">Where the title is (empty when none); may start before <see cref="Span"/> for a lower-case title.</param>
/// <param name="Name">The name's words, particles included ("Mohammed", "bin", "Salman"), possessive 's removed.</param>
/// <param name="NameSpan">Where the name is.</param>
/// <param name="WordSpans">Where each word of <see cref="Name"/> is.</param>
/// <param name="Joiners">What joins each word of the name to the next: " " or "-" (one fewer than the words).</param>
/// <param name="SentenceInitial">The name's first word opens a sentence (its capital may be only the sentence's).</param>
/// <param name="FollowedBySpeech">A speech verb follows the name ("Larijani said"): a person.</param>
/// <param name="FollowedByApposition">A comma follows the name ("Ali Larijani, the head of ..."): it is being introduced.</param>
public sealed record NameMention(
    BlockAnalysis Block,
    TextSpan Span,
    ImmutableArray<string> Title,
    TextSpan TitleSpan,
    ImmutableArray<string> Name,
    TextSpan NameSpan,
    ImmutableArray<TextSpan> WordSpans,
    ImmutableArray<string> Joiners,
    bool SentenceInitial,
    bool FollowedBySpeech,
    bool FollowedByApposition)
{
    /// <summary>The surname: the last word with any particle before it ("Thani" -> "Al Thani" keeps "Al").</summary>
    public string Surname => Name.Length > 1 && NameAnalysis.IsParticle(Name[^2]) ? Name[^2] + Joiners[^1] + Name[^1] : Name[^1];

    /// <summary>A title or honorific before the name ("Mr", "President").</summary>
    public bool HasTitle => !Title.IsEmpty;

    /// <summary>The name as written, with its joiners.</summary>
    public string Text
    {
        get
        {
            if (Name.Length == 1)
            {
                return Name[0];
            }

            int length = 0;
            for (int i = 0; i < Name.Length; i++)
            {
                length += Name[i].Length + (i > 0 ? Joiners[i - 1].Length : 0);
            }

            return string.Create(length, this, static (chars, m) => m.WriteText(chars));
        }
    }

    /// <summary>Writes <see cref="Text"/> into <paramref name="chars"/>, which must be exactly as long.</summary>
    internal void WriteText(Span<char> chars)
    {
        int at = 0;
        for (int i = 0; i < Name.Length; i++)
        {
            if (i > 0)
            {
                Joiners[i - 1].CopyTo(chars[at..]);
                at += Joiners[i - 1].Length;
            }

            Name[i].CopyTo(chars[at..]);
            at += Name[i].Length;
        }
    }
}

/// <summary>
/// The capitalised names of a document, title split from name (vocabulary in rules/consistency/names.yaml), and
/// which blocks are the body (not the headline, the standfirst or page furniture above the dateline). Shared by
/// Consistency.NameVariant and any rule that needs recurring names (spelling checks can skip them).
/// </summary>
public sealed class NameAnalysis : IDocumentAnalysis<NameAnalysis>
{
    public const string DataFile = "consistency/names.yaml";

    private static readonly Lazy<Vocabulary> Words = new(() => new Vocabulary(PhraseLists.LoadEmbedded(DataFile)));

    private NameAnalysis(ImmutableArray<NameMention> mentions, int firstBodyBlock)
    {
        Mentions = mentions;
        FirstBodyBlock = firstBodyBlock;
    }

    /// <summary>Every run of capitalised words, in document order.</summary>
    public ImmutableArray<NameMention> Mentions { get; }

    /// <summary>The index of the first block of the body: after the dateline when one is found, else after a headline-like first block.</summary>
    public int FirstBodyBlock { get; }

    /// <summary>True for blocks of the article's body (not a heading, not above the dateline).</summary>
    public bool IsBody(BlockAnalysis block) => block.Block.Index >= FirstBodyBlock && block.Block.Kind != ProseBlockKind.Heading;

    public static NameAnalysis Create(AnalysisContext context)
    {
        Vocabulary words = Words.Value;
        var speech = SpeechWords.Shared;
        var mentions = ImmutableArray.CreateBuilder<NameMention>();
        var scratch = new Scratch();
        foreach (BlockAnalysis block in context.Blocks)
        {
            if (!context.KeepsBlockParts)
            {
                Extract(block, words, speech, mentions, scratch);
                continue;
            }

            // Editor: a block's names depend on its text alone; kept between versions, then placed in this version's block.
            var part = context.BlockPart(block, "names", null, () =>
            {
                var found = ImmutableArray.CreateBuilder<NameMention>();
                Extract(block, words, speech, found, scratch);
                return found.ToImmutable();
            });
            foreach (NameMention m in part)
            {
                mentions.Add(ReferenceEquals(m.Block, block) ? m : m with { Block = block });
            }
        }

        return new NameAnalysis(mentions.ToImmutable(), FindFirstBodyBlock(context));
    }

    internal static bool IsParticle(string word) => Words.Value.Particles.Contains(word);

    /// <summary>A title word (head or modifier), any case.</summary>
    public static bool IsTitleWord(string word) => Words.Value.TitleHeadsAnyCase.Contains(word) || Words.Value.ModifiersAnyCase.Contains(word);

    /// <summary>A word that names an organisation rather than a person when it ends a name ("Corp", "Bank", "Party").</summary>
    public static bool IsOrganisationWord(string word) => Words.Value.Organisations.Contains(word);

    /// <summary>A capitalised word that can open a name without being a given name ("American", "General").</summary>
    public static bool IsNotGivenName(string word) => Words.Value.NotGivenNames.Contains(word);

    /// <summary>A word that ends a title ("Minister", "Mr"), any case.</summary>
    public static bool IsTitleHead(string word) => Words.Value.TitleHeadsAnyCase.Contains(word);

    private static int FindFirstBodyBlock(AnalysisContext context)
    {
        var blocks = context.Document.Blocks;
        if (context.PublicationDate?.Span is { } dateline)
        {
            for (int i = 0; i < blocks.Length; i++)
            {
                if (blocks[i].SourceSpan.Contains(dateline.Start))
                {
                    // A dateline that opens the story ("TEHRAN, Feb 4 - ...") is part of the body.
                    return blocks[i].Text.Length > 120 ? i : i + 1;
                }
            }
        }

        // A first block with no sentence end is a headline.
        return blocks.Length > 0 && !blocks[0].Text.TrimEnd().EndsWith('.') ? 1 : 0;
    }

    /// <summary>The lists a run of capitalised words is collected in, reused from block to block of a document.</summary>
    private sealed class Scratch
    {
        public readonly List<int> RunWords = new();
        public readonly List<string> Joiners = new();
        public readonly List<string> TitleWords = new();
    }

    private static void Extract(BlockAnalysis block, Vocabulary words, SpeechWords speech, ImmutableArray<NameMention>.Builder mentions, Scratch scratch)
    {
        var tokens = block.Tokens;
        var runWords = scratch.RunWords;
        var joiners = scratch.Joiners;
        var titleWords = scratch.TitleWords;
        ReadOnlySpan<int> wordIndices = block.WordTokenIndices;
        int i = 0;
        for (int wi = 0; wi < wordIndices.Length; wi++)
        {
            // Only a word can open a name; words inside the last run are skipped.
            if (wordIndices[wi] < i || !IsCapitalised(block, tokens[wordIndices[wi]]))
            {
                continue;
            }

            i = wordIndices[wi];

            // Collect the run: capitalised words joined by one space or a hyphen, with particles inside.
            // (The two lists are reused from run to run; what a mention keeps is copied out of them.)
            runWords.Clear();
            joiners.Clear();
            runWords.Add(i);
            int last = i;
            while (!EndsWithPossessive(block, tokens[last]))
            {
                int next = NextRunWord(block, words, last, out string joiner);
                if (next < 0)
                {
                    break;
                }

                // "The Lord Of the Rings": a capitalised function word ends the name.
                if (words.SentenceOpenersSpan.Contains(block.Span(tokens[next])))
                {
                    break;
                }

                runWords.Add(next);
                joiners.Add(joiner);
                last = next;
            }

            i = last + 1;

            // Drop a sentence opener ("The", "But") and trailing particles.
            bool sentenceInitial = IsSentenceStart(block, runWords[0]);
            while (runWords.Count > 1 && (words.SentenceOpenersSpan.Contains(block.Span(tokens[runWords[0]])) && IsSentenceStart(block, runWords[0])))
            {
                runWords.RemoveAt(0);
                joiners.RemoveAt(0);
                sentenceInitial = false;
            }

            while (runWords.Count > 1 && words.ParticlesSpan.Contains(block.Span(tokens[runWords[^1]])))
            {
                runWords.RemoveAt(runWords.Count - 1);
                joiners.RemoveAt(joiners.Count - 1);
            }

            ReadOnlySpan<char> only = block.Span(tokens[runWords[0]]);
            if (runWords.Count == 1 && (words.SentenceOpenersSpan.Contains(only) || words.ParticlesSpan.Contains(only)))
            {
                continue;
            }

            // Split the title ("Iranian Foreign Minister") from the name after its last head word.
            int lastHead = -1;
            for (int w = 0; w < runWords.Count - 1; w++)
            {
                if (words.TitleHeadsSpan.Contains(Bare(block.Span(tokens[runWords[w]]))))
                {
                    lastHead = w;
                }
            }

            titleWords.Clear();
            for (int w = 0; w <= lastHead; w++)
            {
                titleWords.Add(Bare(block.Span(tokens[runWords[w]])).ToString());
            }

            int titleStart = lastHead >= 0 ? tokens[runWords[0]].Start : -1;
            int titleEnd = lastHead >= 0 ? tokens[runWords[lastHead]].End : -1;

            // A lower-case title right before the name: "foreign secretary Jack Straw".
            if (lastHead < 0)
            {
                int before = block.PreviousWord(runWords[0]);
                if (before >= 0 && runWords[0] - before == 2 && tokens[runWords[0] - 1].Kind == TokenKind.Whitespace && words.TitleHeadsAnyCaseSpan.Contains(block.Span(tokens[before])) && char.IsLower(block.Text[tokens[before].Start]))
                {
                    titleWords.Insert(0, block.TextOf(tokens[before]));
                    titleStart = tokens[before].Start;
                    titleEnd = tokens[before].End;
                    for (int b = block.PreviousWord(before); b >= 0 && before - b == 2 && words.ModifiersAnyCaseSpan.Contains(block.Span(tokens[b])); before = b, b = block.PreviousWord(b))
                    {
                        titleWords.Insert(0, block.TextOf(tokens[b]));
                        titleStart = tokens[b].Start;
                    }
                }
            }

            // Exact-size arrays wrapped without a copy (no builder objects): a document has thousands of mentions.
            int nameCount = runWords.Count - (lastHead + 1);
            var name = new string[nameCount];
            var wordSpans = new TextSpan[nameCount];
            for (int w = 0; w < nameCount; w++)
            {
                Token t = tokens[runWords[lastHead + 1 + w]];
                name[w] = Bare(block.Span(t)).ToString();
                wordSpans[w] = TextSpan.FromBounds(t.Start, NameEnd(block, t));
            }

            int joinerCount = Math.Max(0, joiners.Count - (lastHead + 1));
            var nameJoiners = joinerCount == 0 ? Array.Empty<string>() : new string[joinerCount];
            for (int j = 0; j < joinerCount; j++)
            {
                nameJoiners[j] = joiners[lastHead + 1 + j];
            }

            int firstName = runWords[lastHead + 1], lastName = runWords[^1];
            int nameStart = tokens[firstName].Start;
            int nameEnd = NameEnd(block, tokens[lastName]);
            int after = block.NextWord(lastName);
            bool speaks = after == lastName + 2 && tokens[after - 1].Kind == TokenKind.Whitespace && speech.IsVerb(block, tokens[after]);
            mentions.Add(new NameMention(
                block,
                TextSpan.FromBounds(titleStart >= 0 ? Math.Min(titleStart, nameStart) : nameStart, nameEnd),
                titleWords.Count == 0 ? ImmutableArray<string>.Empty : titleWords.ToImmutableArray(),
                titleStart >= 0 ? TextSpan.FromBounds(titleStart, titleEnd) : default,
                ImmutableCollectionsMarshal.AsImmutableArray(name),
                TextSpan.FromBounds(nameStart, nameEnd),
                ImmutableCollectionsMarshal.AsImmutableArray(wordSpans),
                ImmutableCollectionsMarshal.AsImmutableArray(nameJoiners),
                sentenceInitial && lastHead < 0,
                speaks,
                nameEnd < block.Text.Length && block.Text[nameEnd] == ','));
        }
    }

    /// <summary>The next word of a run after <paramref name="index"/>: across one space or a hyphen, a capitalised word or a particle before one.</summary>
    private static int NextRunWord(BlockAnalysis block, Vocabulary words, int index, out string joiner)
    {
        var tokens = block.Tokens;
        joiner = " ";
        int j = index + 1;
        if (j + 1 >= tokens.Length)
        {
            return -1;
        }

        Token between = tokens[j];
        if (between.Kind == TokenKind.Whitespace && between.Length == 1 && block.Text[between.Start] == ' ')
        {
            joiner = " ";
        }
        else if (between.Kind == TokenKind.Punctuation && block.Text[between.Start] is '-' or '\u2010' && between.Length == 1)
        {
            joiner = "-";
        }
        else
        {
            return -1;
        }

        Token candidate = tokens[j + 1];
        if (IsCapitalised(block, candidate))
        {
            return j + 1;
        }

        // A particle counts only with a capitalised word after it: "bin Salman", "von der Leyen".
        if (candidate.Kind == TokenKind.Word && words.ParticlesSpan.Contains(block.Span(candidate)))
        {
            int k = j + 1;
            while (k + 2 < tokens.Length && tokens[k + 2].Kind == TokenKind.Word && words.ParticlesSpan.Contains(block.Span(tokens[k + 2])) && IsJoiner(block, tokens[k + 1]))
            {
                k += 2;
            }

            if (k + 2 < tokens.Length && IsJoiner(block, tokens[k + 1]) && IsCapitalised(block, tokens[k + 2]))
            {
                return j + 1;
            }
        }

        return -1;
    }

    private static bool IsJoiner(BlockAnalysis block, Token t) =>
        (t.Kind == TokenKind.Whitespace && t.Length == 1 && block.Text[t.Start] == ' ') || (t.Kind == TokenKind.Punctuation && t.Length == 1 && block.Text[t.Start] == '-');

    /// <summary>A word with a capital first letter and a lower-case letter after it (not "US", not "SAN FRANCISCO").</summary>
    private static bool IsCapitalised(BlockAnalysis block, Token t)
    {
        if (t.Kind != TokenKind.Word || !char.IsUpper(block.Text[t.Start]))
        {
            return false;
        }

        ReadOnlySpan<char> text = block.Span(t);
        foreach (char c in text[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithPossessive(BlockAnalysis block, Token t)
    {
        ReadOnlySpan<char> text = block.Span(t);
        return text.Length > 2 && (text.EndsWith("'s") || text.EndsWith("\u2019s"));
    }

    /// <summary>The end of a name word without its possessive 's.</summary>
    private static int NameEnd(BlockAnalysis block, Token t) => EndsWithPossessive(block, t) ? t.End - 2 : t.End;

    private static ReadOnlySpan<char> Bare(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) ? word[..^2] : word;

    private static bool IsSentenceStart(BlockAnalysis block, int tokenIndex)
    {
        int start = block.Tokens[tokenIndex].Start;
        TextSpan sentence = block.Sentences[block.SentenceIndexAt(start)];
        for (int i = sentence.Start; i < start; i++)
        {
            if (char.IsLetterOrDigit(block.Text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Vocabulary
    {
        public Vocabulary(PhraseLists lists)
        {
            TitleHeads = lists["title_heads"].ToFrozenSet(StringComparer.Ordinal);
            TitleHeadsAnyCase = lists["title_heads"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            ModifiersAnyCase = lists["title_modifiers"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            Particles = lists["particles"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            SentenceOpeners = lists["sentence_openers"].ToFrozenSet(StringComparer.Ordinal);
            NotGivenNames = lists["not_given_names"].ToFrozenSet(StringComparer.Ordinal);
            Organisations = lists["organisations"].ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            TitleHeadsSpan = TitleHeads.GetAlternateLookup<ReadOnlySpan<char>>();
            TitleHeadsAnyCaseSpan = TitleHeadsAnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
            ModifiersAnyCaseSpan = ModifiersAnyCase.GetAlternateLookup<ReadOnlySpan<char>>();
            ParticlesSpan = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
            SentenceOpenersSpan = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public FrozenSet<string> TitleHeads { get; }

        public FrozenSet<string> TitleHeadsAnyCase { get; }

        public FrozenSet<string> ModifiersAnyCase { get; }

        public FrozenSet<string> Particles { get; }

        public FrozenSet<string> SentenceOpeners { get; }

        public FrozenSet<string> NotGivenNames { get; }

        public FrozenSet<string> Organisations { get; }

        // Span look-ups of the same sets, made once, so that the per-token loops make no strings.
        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleHeadsSpan { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleHeadsAnyCaseSpan { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiersAnyCaseSpan { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticlesSpan { get; }

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenersSpan { get; }
    }
}
