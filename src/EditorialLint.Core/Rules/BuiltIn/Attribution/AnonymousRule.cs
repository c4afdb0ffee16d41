using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Attribution;

/// <summary>
/// An unnamed person who speaks ("An Iranian official told Al Jazeera", "said a senior diplomat") where the
/// passage (the paragraph and its neighbours) never says why anonymity was granted. Spokespeople and institutions
/// speaking on record are not anonymous, and a name in apposition ("an official, Maria de Vries, said") names them.
/// </summary>
public sealed class AnonymousRule : IRule
{
    /// <summary>Words allowed between the determiner and the speaker noun: "a senior Iranian foreign ministry official".</summary>
    private const int MaxModifiers = 4;

    /// <summary>How far, in words, the speech verb may follow the speaker: "an official at the ministry in Tehran said".</summary>
    private const int MaxWordsToVerb = 10;

    public RuleDescriptor Descriptor { get; } = new(
        "Attribution.Anonymous",
        "Anonymous source without a reason",
        Severity.Info,
        "An unnamed person is quoted or paraphrased, and the passage does not say why they could not be named. "
        + "Most style guides grant anonymity only with a reason the reader can see: say why (\"who spoke on condition "
        + "of anonymity because they were not authorised to discuss the talks\"), or name the source.",
        "\"An Iranian official told Al Jazeera that Oman will host the talks.\" -> \"An Iranian official, who spoke on condition of anonymity because the venue had not been announced, told Al Jazeera that Oman will host the talks.\"")
    {
        Locality = RuleLocality.BlockAndNeighbours(1), // the block and the paragraphs just before and after it
    };

    public void Analyze(AnalysisContext context)
    {
        SpeechWords words = SpeechWords.Shared;
        var blocks = context.Blocks;

        // Whether a block explains anonymity is asked only around a candidate speaker (rare), and at most once per block.
        var explained = new sbyte[blocks.Length];
        bool Explained(int b)
        {
            if (b < 0 || b >= blocks.Length)
            {
                return false;
            }

            if (explained[b] == 0)
            {
                explained[b] = words.ExplainsAnonymity(blocks[b]) ? (sbyte)1 : (sbyte)-1;
            }

            return explained[b] > 0;
        }

        QuotationAnalysis? quotations = null;
        for (int b = 0; b < blocks.Length; b++)
        {
            BlockAnalysis block = blocks[b];
            foreach (int index in block.WordTokenIndices)
            {
                Token determiner = block.Tokens[index];
                if (!words.IsDeterminer(block.Span(determiner)))
                {
                    continue;
                }

                quotations ??= context.Get<QuotationAnalysis>();
                if (quotations.IsQuoted(block, determiner.Start))
                {
                    continue;
                }

                int noun = FindSpeaker(block, index, words);
                if (noun < 0 || AppositionToName(block, index) || !Speaks(block, index, noun, words)
                    || Explained(b) || Explained(b - 1) || Explained(b + 1))
                {
                    continue;
                }

                TextSpan span = TextSpan.FromBounds(determiner.Start, block.Tokens[noun].End);
                string who = block.TextOf(span).Replace('\n', ' ');
                context.Report(Descriptor, block, span, $"'{who}' speaks without a name, and the passage does not say why anonymity was granted");
            }
        }
    }

    /// <summary>The token index of the speaker noun that ends the phrase opened by the determiner, or -1.</summary>
    private static int FindSpeaker(BlockAnalysis block, int determinerIndex, SpeechWords words)
    {
        int modifiers = 0;
        var speakers = words.Speakers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = determinerIndex + 1; i < block.Tokens.Length; i++)
        {
            Token t = block.Tokens[i];
            if (t.Kind is TokenKind.Whitespace or TokenKind.LineBreak)
            {
                continue;
            }

            // "U.S." and "state-owned" stay inside the phrase.
            if (t.Kind == TokenKind.Punctuation && block.Text[t.Start] is '.' or '-')
            {
                continue;
            }

            if (t.Kind != TokenKind.Word)
            {
                return -1;
            }

            ReadOnlySpan<char> word = block.Span(t);
            if (speakers.Contains(word))
            {
                // "an official statement", "a source of income": the noun must end the phrase.
                int next = block.NextWord(i);
                bool compound = next >= 0 && OnlySpaceBetween(block, i, next) && (IsLowerNoun(block, next) || block.Span(block.Tokens[next]).Equals("of", StringComparison.OrdinalIgnoreCase));
                return compound ? -1 : i;
            }

            if (++modifiers > MaxModifiers || IsClauseWord(word))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The speaker speaks: a speech verb follows in the sentence, or "said"/"according to" comes just before.</summary>
    private static bool Speaks(BlockAnalysis block, int determinerIndex, int nounIndex, SpeechWords words)
    {
        int previous = block.PreviousWord(determinerIndex);
        if (previous >= 0 && OnlySpaceBetween(block, previous, determinerIndex))
        {
            ReadOnlySpan<char> before = block.Span(block.Tokens[previous]);
            if (before is "said" or "says" or "added" or "to" && (before is not "to" || IsAccordingTo(block, previous)))
            {
                return true;
            }
        }

        TextSpan sentence = block.Sentences[block.SentenceIndexAt(block.Tokens[nounIndex].Start)];
        int seen = 0;
        for (int i = block.NextWord(nounIndex); i >= 0 && block.Tokens[i].Start < sentence.End && seen < MaxWordsToVerb; i = block.NextWord(i), seen++)
        {
            Token t = block.Tokens[i];
            ReadOnlySpan<char> word = block.Span(t);
            if (seen == 0 && char.IsUpper(word[0]) && NameInApposition(block, nounIndex, i))
            {
                return false;
            }

            if (words.IsVerb(block, t) && !word.Equals("according", StringComparison.OrdinalIgnoreCase) && char.IsLower(word[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Sanford Margoshes, an analyst with Shearson Lehman, said": the phrase describes a name just before it.</summary>
    private static bool AppositionToName(BlockAnalysis block, int determinerIndex)
    {
        int previous = block.PreviousWord(determinerIndex);
        if (previous < 0)
        {
            return false;
        }

        ReadOnlySpan<char> between = block.Text.AsSpan(block.Tokens[previous].End, block.Tokens[determinerIndex].Start - block.Tokens[previous].End).Trim();
        return between is "," && char.IsUpper(block.Text[block.Tokens[previous].Start]);
    }

    /// <summary>"an official, Maria de Vries, said": a capitalised name right after a comma names the speaker.</summary>
    private static bool NameInApposition(BlockAnalysis block, int nounIndex, int nextWord)
    {
        ReadOnlySpan<char> between = block.Text.AsSpan(block.Tokens[nounIndex].End, block.Tokens[nextWord].Start - block.Tokens[nounIndex].End).Trim();
        return between is "," or "\u2013" or "\u2014" or "-";
    }

    private static bool IsAccordingTo(BlockAnalysis block, int toIndex)
    {
        int according = block.PreviousWord(toIndex);
        return according >= 0 && block.Span(block.Tokens[according]).Equals("according", StringComparison.OrdinalIgnoreCase);
    }

    private static bool OnlySpaceBetween(BlockAnalysis block, int a, int b) =>
        block.Text.AsSpan(block.Tokens[a].End, block.Tokens[b].Start - block.Tokens[a].End).IsWhiteSpace();

    /// <summary>A lower-case word that continues a noun phrase ("statement", "visit"), not a verb or clause word.</summary>
    private static bool IsLowerNoun(BlockAnalysis block, int index)
    {
        ReadOnlySpan<char> word = block.Span(block.Tokens[index]);
        return char.IsLower(word[0]) && !SpeechWords.Shared.IsVerb(block, block.Tokens[index]) && !IsClauseWord(word)
            && !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsClauseWord(ReadOnlySpan<char> word) => word is "who" or "which" or "that" or "and" or "or" or "but" or "in" or "at"
        or "of" or "for" or "with" or "from" or "on" or "to" or "by" or "is" or "was" or "are" or "were" or "has" or "had" or "have"
        or "the" or "a" or "an" or "said" or "says" or "told" or "close" or "familiar" or "briefed";
}
