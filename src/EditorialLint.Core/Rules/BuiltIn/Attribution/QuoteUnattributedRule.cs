using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Attribution;

/// <summary>
/// A direct quotation of a full sentence (a capital, at least four words, a sentence end or the comma that stands
/// for one) with no speaker in its sentence or the next. A speaker is a speech verb ("said", "told", "according
/// to", "wrote") or a colon that introduces the quotation. A quotation that continues a paragraph-long quotation
/// (the previous paragraph left it open) or follows a sentence that already names a speaker is attributed by that.
/// </summary>
public sealed class QuoteUnattributedRule : IRule
{
    private const int MinWords = 4;

    public RuleDescriptor Descriptor { get; } = new(
        "Attribution.QuoteUnattributed",
        "Quotation without a speaker",
        Severity.Warning,
        "A full-sentence quotation has no speaker in its sentence or the next one, so the reader cannot tell who "
        + "said it. Attribute it where it stands: \"..., she said.\", or introduce it: \"The minister was blunt: ...\"",
        "\"We will not negotiate under threat.\" The talks collapsed on Friday. -> \"We will not negotiate under threat,\" the foreign minister said. The talks collapsed on Friday.")
    {
        Locality = RuleLocality.BlockAndNeighbours(1), // the block and the paragraphs just before and after it
    };

    public void Analyze(AnalysisContext context)
    {
        SpeechWords words = SpeechWords.Shared;
        var quotations = context.Get<QuotationAnalysis>();
        var blocks = context.Blocks;
        for (int b = 0; b < blocks.Length; b++)
        {
            BlockAnalysis block = blocks[b];
            if (block.Block.Kind == ProseBlockKind.Heading || block.Block.InBlockQuote)
            {
                continue;
            }

            var quotes = quotations.In(block);
            for (int q = 0; q < quotes.Length; q++)
            {
                // A quotation that runs on ("... first. "Second ...") is judged as one, from its first part.
                if (quotes[q].Continues)
                {
                    continue;
                }

                Quotation quote = Chain(block, quotes, q, out q);
                if (!OpensSentence(block, quote) || !IsFullSentence(block, quote))
                {
                    continue;
                }

                bool opensBlock = block.Text.AsSpan(0, quote.Span.Start).IsWhiteSpace();
                if (opensBlock && b > 0 && ContinuesOrIntroduced(blocks[b - 1], quotations, words))
                {
                    continue;
                }

                if (HasSpeaker(block, quote, words) || (EndsBlock(block, quote) && b + 1 < blocks.Length && NextParagraphSpeaks(blocks[b + 1], quote.Closed, quotations, words)))
                {
                    continue;
                }

                string text = block.TextOf(quote.Span).Replace('\n', ' ');
                string shown = text.Length > 60 ? text[..57] + "…" : text;
                context.Report(Descriptor, block, quote.Span, $"{shown} has no speaker in its sentence or the next; say who said it");
            }
        }
    }

    /// <summary>Two quotations with only space between them: one speaker going on ("A." "B.").</summary>
    private static bool Adjacent(BlockAnalysis block, Quotation a, Quotation b) =>
        block.Text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).IsWhiteSpace();

    /// <summary>
    /// The quotation stands as a sentence: at the start of the paragraph or a sentence, or after a colon, comma or
    /// dash. A quotation after a word ("airing “The Tracy Ullman Show”", "under the words “...”") is a title or a
    /// phrase inside the writer's sentence.
    /// </summary>
    private static bool OpensSentence(BlockAnalysis block, Quotation quote)
    {
        int before = PreviousNonSpace(block.Text, quote.Span.Start);
        return before < 0 || block.Text[before] is '.' or '!' or '?' or '…' or ':' or ',' or ';' or '-' or '\u2013' or '\u2014' or '(' or '"' or '\u201D' or ')';
    }

    /// <summary>A capital first letter, enough words, and a sentence end (or the comma that stands for one) at the close.</summary>
    private static bool IsFullSentence(BlockAnalysis block, Quotation quote)
    {
        ReadOnlySpan<char> inner = block.Text.AsSpan(quote.Inner.Start, quote.Inner.Length).Trim();
        if (inner.Length == 0)
        {
            return false;
        }

        int first = 0;
        while (first < inner.Length && !char.IsLetterOrDigit(inner[first]))
        {
            first++;
        }

        if (first == inner.Length || !char.IsUpper(inner[first]))
        {
            return false;
        }

        int count = 0;
        foreach (int i in block.WordTokenIndices)
        {
            Token t = block.Tokens[i];
            if (t.Start >= quote.Inner.Start && t.End <= quote.Inner.End)
            {
                count++;
            }
        }

        char last = inner[^1];
        return count >= MinWords && !IsTitleCase(block, quote) && (!quote.Closed || last is '.' or '!' or '?' or '…' or ',');
    }

    /// <summary>"The Tracy Ullman Show": every word of four letters or more is capitalised, a title rather than speech.</summary>
    private static bool IsTitleCase(BlockAnalysis block, Quotation quote)
    {
        foreach (int i in block.WordTokenIndices)
        {
            Token t = block.Tokens[i];
            if (t.Start >= quote.Inner.Start && t.End <= quote.Inner.End && t.Length >= 4 && !char.IsUpper(block.Text[t.Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A speaker in the quotation's sentence, the sentence before it in the paragraph, or the sentence after it.</summary>
    private static bool HasSpeaker(BlockAnalysis block, Quotation quote, SpeechWords words)
    {
        int before = PreviousNonSpace(block.Text, quote.Span.Start);
        if (before >= 0 && block.Text[before] is ':' or ',')
        {
            return true; // "He put it bluntly: “...”", "..., he said, “...”"
        }

        int firstSentence = block.SentenceIndexAt(quote.Span.Start);
        int lastSentence = block.SentenceIndexAt(Math.Max(quote.Span.Start, quote.Span.End - 1));
        int from = Math.Max(0, firstSentence - 1);
        int to = Math.Min(block.Sentences.Length - 1, lastSentence + 1);

        // The sentence before counts only when the quotation opens a sentence of its own.
        if (from < firstSentence && block.Sentences[firstSentence].Start < quote.Span.Start)
        {
            from = firstSentence;
        }

        TextSpan range = TextSpan.FromBounds(block.Sentences[from].Start, block.Sentences[to].End);
        return words.HasVerb(block, range, except: quote.Inner);
    }

    /// <summary>
    /// The previous paragraph left a quotation open (news style for a quotation running on), ends with a colon or a
    /// sentence naming a speaker, or quotes someone it names (the speaker going on in a new paragraph).
    /// </summary>
    private static bool ContinuesOrIntroduced(BlockAnalysis previous, QuotationAnalysis quotations, SpeechWords words)
    {
        var quotes = quotations.In(previous);
        if (!quotes.IsEmpty && !quotes[^1].Closed)
        {
            return true;
        }

        string text = previous.Text.TrimEnd();
        if (text.EndsWith(':'))
        {
            return true;
        }

        // The last sentence names a speaker, or the paragraph quotes someone it names.
        TextSpan last = previous.Sentences.IsEmpty ? default : previous.Sentences[^1];
        TextSpan lastQuote = quotes.IsEmpty ? default : quotes[^1].Inner;
        return (last.Length > 0 && words.HasVerb(previous, last, except: lastQuote))
            || (!quotes.IsEmpty && words.HasVerb(previous, new TextSpan(0, previous.Text.Length), except: lastQuote));
    }

    private static bool EndsBlock(BlockAnalysis block, Quotation quote) => block.Text.AsSpan(quote.Span.End).IsWhiteSpace();

    /// <summary>
    /// The speaker comes in the next paragraph: in its first sentence, or, when the quotation runs on into it,
    /// around the rest of the quotation there.
    /// </summary>
    private static bool NextParagraphSpeaks(BlockAnalysis next, bool closed, QuotationAnalysis quotations, SpeechWords words)
    {
        if (next.Sentences.IsEmpty || next.Block.Kind == ProseBlockKind.Heading)
        {
            return false;
        }

        var quotes = quotations.In(next);
        if (!closed && !quotes.IsEmpty && next.Text.AsSpan(0, quotes[0].Span.Start).IsWhiteSpace())
        {
            return HasSpeaker(next, Chain(next, quotes, 0, out _), words);
        }

        return words.HasVerb(next, next.Sentences[0]);
    }

    /// <summary>The quotation starting at <paramref name="first"/> with the parts that continue it, as one.</summary>
    private static Quotation Chain(BlockAnalysis block, ImmutableArray<Quotation> quotes, int first, out int lastPart)
    {
        lastPart = first;
        while (lastPart + 1 < quotes.Length && (quotes[lastPart + 1].Continues || Adjacent(block, quotes[lastPart], quotes[lastPart + 1])))
        {
            lastPart++;
        }

        return new Quotation(
            TextSpan.FromBounds(quotes[first].Span.Start, quotes[lastPart].Span.End),
            TextSpan.FromBounds(quotes[first].Inner.Start, quotes[lastPart].Inner.End),
            quotes[lastPart].Closed);
    }

    private static int PreviousNonSpace(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
    }
}
