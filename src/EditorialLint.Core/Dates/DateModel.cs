using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Dates;

/// <summary>Direction of time a frame speaks of.</summary>
public enum FrameDirection
{
    Past,
    Future,
    Both,
}

/// <summary>
/// A temporal expression in its place in the article: block, sentence, tense, the frame that governs it, the
/// expression that glosses it ("yesterday, Tuesday"), and its resolution against the publication date.
/// Offsets are in the block's prose coordinates.
/// </summary>
public sealed record DateMention(int BlockIndex, TemporalExpression Expression, string Text)
{
    public int Start => Expression.Start;

    public int Length => Expression.Length;

    public int End => Expression.End;

    public TemporalKind Kind => Expression.Kind;

    public int SentenceIndex { get; init; }

    public TenseReading TenseReading { get; init; } = TenseReading.None;

    public Tense Tense => TenseReading.Tense;

    public bool InQuote { get; init; }

    /// <summary>The word right before the expression, lowercased ("on", "until", "the"), or empty after punctuation.</summary>
    public string PrecedingWord { get; init; } = string.Empty;

    /// <summary>True when an infinitive follows the expression ("aimed in 1988 to recoup"), which it may belong to.</summary>
    public bool BeforeInfinitive { get; init; }

    /// <summary>How many words stand between the tense marker and the expression when the marker comes first; -1 otherwise.</summary>
    public int WordsAfterMarker { get; init; } = -1;

    /// <summary>True when no word of its clause precedes the expression ("On June 30, ..." counts "On" as none).</summary>
    public bool OpensClause { get; init; }

    /// <summary>
    /// True when the expression dates the event of its clause: after "on" or "since", right after its verb
    /// ("died Sept. 4"), or opening the clause. Dates after "until", "by", "from", a determiner or a noun
    /// ("a May 14 statement", "payable June 12") are deadlines and labels, not event times.
    /// </summary>
    public bool DatesEvent => PrecedingWord is "on" or "since" || OpensClause || PrecededByMarker;

    /// <summary>
    /// True when a modal, "will" or "if" comes earlier in the sentence ("would be approved on July 10", "before the
    /// price was announced on April 28" after "would"): a past form there need not be a past event.
    /// </summary>
    public bool AfterIrrealis { get; init; }

    /// <summary>True when a reporting verb comes earlier in the sentence ("police said the man attacked her on 12 December").</summary>
    public bool AfterReporting { get; init; }

    /// <summary>True when a relative clause opens earlier in the sentence ("witnesses who saw the attack on 12 December").</summary>
    public bool InRelativeClause { get; init; }

    /// <summary>True when the tense marker is the word right before the expression (not a reporting verb).</summary>
    public bool PrecededByMarker { get; init; }

    /// <summary>The day or interval the expression names, or null without a reference date or for an invalid date.</summary>
    public DateInterval? Resolution { get; init; }

    /// <summary>A frame that governs this mention ("over the past few days" earlier in the paragraph), if any.</summary>
    public DateMention? Frame { get; init; }

    /// <summary>The expression written right after this one to gloss it ("Tuesday" in "yesterday, Tuesday").</summary>
    public DateMention? Gloss { get; init; }

    /// <summary>True when this mention glosses a relative day before it ("yesterday, Tuesday"), which fixes its reading.</summary>
    public bool IsGloss { get; init; }

    /// <summary>For frames: the direction of time they speak of.</summary>
    public FrameDirection? FrameDirection { get; init; }

    /// <summary>True for a frame that opens its sentence and governs the rest of the paragraph.</summary>
    public bool GovernsParagraph { get; init; }

    /// <summary>"Friday 30 January 2026, 5 days before publication": the hover text of this mention.</summary>
    public string Describe(DateOnly? publication)
    {
        if (Resolution is { } r)
        {
            var text = DateDescriber.Describe(r, publication);

            // A date without a year has another plausible reading: name the nearest one.
            if (publication is { } pub && Expression is { Kind: TemporalKind.PartialDate, Modifier: RelativeModifier.None } &&
                TemporalResolver.Readings(Expression, pub).Where(d => d != r.Start).OrderBy(d => Math.Abs(d.DayNumber - pub.DayNumber))
                    .FirstOrDefault() is var other && other != default && Math.Abs(other.DayNumber - pub.DayNumber) <= 366)
            {
                text += $" (or {DateDescriber.Describe(DateInterval.Day(other), pub)})";
            }

            return text;
        }

        return Expression.Kind switch
        {
            TemporalKind.FullDate or TemporalKind.PartialDate when !TemporalResolver.IsValidDay(Expression) =>
                $"{Text}: no such date",
            _ => $"{Text}: no publication date to resolve it against",
        };
    }
}

/// <summary>
/// The temporal model of an article: every temporal expression of every prose block with its context and
/// resolution. Built from plain block texts, so it is independent of how the blocks were parsed.
/// </summary>
public sealed class DateModel
{
    /// <summary>How many tokens context scans look back (or ahead) at most, so that run-on text stays linear.</summary>
    private const int MaxLookBack = 64;

    // Word classes cached per block token (see BuildBlock).
    private const byte Classified = 1;
    private const byte Irrealis = 2;
    private const byte Reporting = 4;

    private DateModel(DateOnly? reference, string? referenceSource, bool referenceFromMetadata, ImmutableArray<DateMention> mentions)
    {
        ReferenceFromMetadata = referenceFromMetadata;
        Reference = reference;
        ReferenceSource = referenceSource;
        Mentions = mentions;
    }

    /// <summary>The publication date everything is read against, when known.</summary>
    public DateOnly? Reference { get; }

    /// <summary>Where the publication date came from, in words ("front matter `date`", "dateline on line 7").</summary>
    public string? ReferenceSource { get; }

    /// <summary>All mentions in document order.</summary>
    public ImmutableArray<DateMention> Mentions { get; }

    /// <summary>Words for the publication date in messages: "4 February 2026, per the front matter `date`".</summary>
    public string ReferenceInWords =>
        Reference is not { } r ? "unknown" :
        ReferenceSource is null ? $"publication date {DateDescriber.Short(r)}" :
        ReferenceSource.StartsWith('-') ? $"publication date {DateDescriber.Short(r)}, from {ReferenceSource}" :
        $"publication date {DateDescriber.Short(r)}, from the {ReferenceSource}";

    /// <summary>True when the publication date comes from metadata (front matter), so that the text's own
    /// "Published ..." line can disagree with it.</summary>
    public bool ReferenceFromMetadata { get; }

    /// <summary>Builds the model of plain strings, split into sentences by the shared Analysis splitter.</summary>
    public static DateModel Build(IReadOnlyList<string> blocks, DateOnly? reference, string? referenceSource = null,
        bool referenceFromMetadata = false) =>
        Build(blocks, blocks.Select(t => SentenceSplitter.Split(t, Tokenizer.Tokenize(t))).ToList(), reference, referenceSource, referenceFromMetadata);

    /// <summary>Builds the model of blocks whose sentences the document's analysis has already found.</summary>
    public static DateModel Build(IReadOnlyList<string> blocks, IReadOnlyList<ImmutableArray<TextSpan>> sentences, DateOnly? reference,
        string? referenceSource = null, bool referenceFromMetadata = false)
    {
        var all = ImmutableArray.CreateBuilder<DateMention>();
        for (var b = 0; b < blocks.Count; b++)
        {
            BuildBlock(b, blocks[b], sentences[b], reference, all);
        }

        return new DateModel(reference, referenceSource, referenceFromMetadata, all.ToImmutable());
    }

    /// <summary>
    /// Builds the model of the blocks' mentions (<see cref="BlockMentions"/>), which the caller may keep between
    /// versions of a document (the editor): a block's mentions depend only on its index, text and the reference date.
    /// </summary>
    internal static DateModel Build(int blockCount, Func<int, ImmutableArray<DateMention>> blockMentions, DateOnly? reference,
        string? referenceSource, bool referenceFromMetadata)
    {
        var all = ImmutableArray.CreateBuilder<DateMention>();
        for (var b = 0; b < blockCount; b++)
        {
            all.AddRange(blockMentions(b));
        }

        return new DateModel(reference, referenceSource, referenceFromMetadata, all.ToImmutable());
    }

    /// <summary>The mentions of one block, as <see cref="Build(IReadOnlyList{string}, IReadOnlyList{ImmutableArray{TextSpan}}, DateOnly?, string?, bool)"/> finds them.</summary>
    internal static ImmutableArray<DateMention> BlockMentions(int blockIndex, string text, ImmutableArray<TextSpan> sentences, DateOnly? reference)
    {
        var mentions = ImmutableArray.CreateBuilder<DateMention>();
        BuildBlock(blockIndex, text, sentences, reference, mentions);
        return mentions.ToImmutable();
    }

    private static void BuildBlock(int blockIndex, string text, ImmutableArray<TextSpan> sentences, DateOnly? reference, ImmutableArray<DateMention>.Builder all)
    {
        if (!TemporalRecognizer.MayContainExpression(text))
        {
            return;
        }

        var tokens = DateTokenizer.Tokenize(text);
        var expressions = TemporalRecognizer.Recognize(text, tokens);
        if (expressions.Count == 0)
        {
            return;
        }

        // Per-token tables in this thread's buffers (nothing keeps them past this block).
        var buffers = tokens.Length > 1 << 16 ? new BlockBuffers() : blockBuffers ??= new BlockBuffers(); // no huge buffer kept
        buffers.EnsureCapacity(tokens.Length);
        var sentenceOf = buffers.Sentences.AsSpan(0, tokens.Length);
        SentenceIndexes(tokens, sentences, sentenceOf);

        // Mentions of one sentence look back over the same words: each word is classified once per block.
        var wordClasses = buffers.WordClasses.AsSpan(0, tokens.Length);
        wordClasses.Clear();
        static byte WordClassOf(string text, ReadOnlySpan<DateToken> tokens, Span<byte> wordClasses, int p)
        {
            if (wordClasses[p] == 0)
            {
                var word = text.AsSpan(tokens[p].Start, tokens[p].Length);
                wordClasses[p] = (byte)(Classified | (TenseDetector.IsIrrealis(word) ? Irrealis : 0) | (TenseDetector.IsReporting(word) ? Reporting : 0));
            }

            return wordClasses[p];
        }

        var quoted = buffers.Quoted.AsSpan(0, tokens.Length);
        QuotedTokens(text, tokens, quoted);
        var mentions = new DateMention[expressions.Count];
        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            var first = TokenAt(tokens, e.Start);
            var last = TokenAt(tokens, e.End - 1);
            var (clauseStart, clauseEnd) = Clause(text, tokens, first, last);
            var tense = TenseDetector.Detect(text, tokens, first, last, clauseStart, clauseEnd);
            var resolution = reference is { } r ? TemporalResolver.Resolve(e, r, tense.Tense) : null;
            if (e.Kind == TemporalKind.Year)
            {
                resolution = TemporalResolver.Resolve(e, default);
            }
            else if (e.Kind == TemporalKind.FullDate || e.Kind == TemporalKind.MonthYear)
            {
                resolution ??= TemporalResolver.Resolve(e, new DateOnly(e.Year ?? 2000, 1, 1));
            }

            var direction = FrameDirectionOf(e);
            if (direction == Dates.FrameDirection.Both && e.Unit == RelativeUnit.Weekend && e.Modifier == RelativeModifier.None)
            {
                // "over the weekend" is the weekend just gone when told in the past, the coming one when told as future.
                direction = tense.Tense switch
                {
                    Tense.Past => Dates.FrameDirection.Past,
                    Tense.Future => Dates.FrameDirection.Future,
                    _ => direction,
                };
            }

            var preceding = first > 0 && tokens[first - 1].Kind == DateTokenKind.Word ? tokens[first - 1] : default;
            var irrealis = false;
            var reported = false;
            for (var p = first - 1; p >= 0 && p >= first - MaxLookBack && sentenceOf[p] == sentenceOf[first]; p--)
            {
                if (tokens[p].Kind == DateTokenKind.Word)
                {
                    var word = WordClassOf(text, tokens, wordClasses, p);
                    irrealis |= (word & Irrealis) != 0;
                    reported |= (word & Reporting) != 0 && p < first - 2; // "said on June 30" dates the saying
                }
            }

            var opens = true;
            for (var p = clauseStart; p < first; p++)
            {
                if (tokens[p].Kind == DateTokenKind.Word && !(p == first - 1 && text.AsSpan(tokens[p].Start, tokens[p].Length).Equals("on", StringComparison.OrdinalIgnoreCase)))
                {
                    opens = false;
                }
            }

            var beforeInfinitive = last + 2 < tokens.Length && tokens[last + 1].Kind == DateTokenKind.Word &&
                text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length).Equals("to", StringComparison.OrdinalIgnoreCase) &&
                tokens[last + 2].Kind == DateTokenKind.Word && char.IsLower(text[tokens[last + 2].Start]) &&
                text.AsSpan(tokens[last + 2].Start, tokens[last + 2].Length) is not ("a" or "an" or "the" or "its" or "his" or "her" or "their" or "our" or "this" or "that");
            var wordsAfterMarker = -1;
            if (tense.MarkerStart >= 0 && tense.MarkerStart < e.Start)
            {
                wordsAfterMarker = 0;
                for (var p = first - 1; p >= 0 && tokens[p].Start > tense.MarkerStart; p--)
                {
                    wordsAfterMarker += tokens[p].Kind == DateTokenKind.Word ? 1 : 0;
                }
            }

            mentions[k] = new DateMention(blockIndex, e, text.Substring(e.Start, e.Length))
            {
                BeforeInfinitive = beforeInfinitive,
                WordsAfterMarker = wordsAfterMarker,
                PrecedingWord = preceding.Length > 0 ? text.Substring(preceding.Start, preceding.Length).ToLowerInvariant() : string.Empty,
                OpensClause = opens,
                PrecededByMarker = preceding.Length > 0 && tense.MarkerStart == preceding.Start && !tense.Reporting,
                AfterIrrealis = irrealis,
                AfterReporting = reported,
                SentenceIndex = sentenceOf[first],
                TenseReading = tense,
                InQuote = quoted[first],
                Resolution = resolution,
                FrameDirection = direction,
                // "Over the past few days, ..." governs its paragraph; "this week" speaks of both past and future and
                // governs only its sentence.
                GovernsParagraph = direction is not null and not Dates.FrameDirection.Both && OpensSentence(text, tokens, sentenceOf, first),
                InRelativeClause = RelativeClauseBefore(text, tokens, sentenceOf, first),
            };
        }

        // Glosses: "yesterday, Tuesday", "last Friday (October 17)", "three days ago, on 1 March".
        for (var k = 0; k + 1 < mentions.Length; k++)
        {
            if (IsGlossSeparator(text, mentions[k].End, mentions[k + 1].Start) && mentions[k].Expression.IsRelativeDay &&
                mentions[k + 1].Expression.Kind is TemporalKind.FullDate or TemporalKind.PartialDate or TemporalKind.Weekday)
            {
                var glosser = mentions[k].Expression;
                mentions[k + 1] = mentions[k + 1] with
                {
                    IsGloss = glosser.Kind == TemporalKind.RelativeDay || glosser.Modifier != RelativeModifier.None,
                };
                mentions[k] = mentions[k] with { Gloss = mentions[k + 1] };
            }
        }

        // Frames: a sentence-opening frame governs the rest of the paragraph, any other frame its sentence.
        DateMention? paragraphFrame = null;
        DateMention? sentenceFrame = null;
        for (var k = 0; k < mentions.Length; k++)
        {
            var m = mentions[k];
            if (sentenceFrame is not null && sentenceFrame.SentenceIndex != m.SentenceIndex)
            {
                sentenceFrame = null;
            }

            if (m.FrameDirection is not null)
            {
                if (m.GovernsParagraph)
                {
                    paragraphFrame = m;
                }
                else
                {
                    sentenceFrame = m;
                }

                continue;
            }

            if ((sentenceFrame ?? paragraphFrame) is { } frame)
            {
                mentions[k] = m with { Frame = frame };
            }
        }

        all.AddRange(mentions);
    }

    private static FrameDirection? FrameDirectionOf(TemporalExpression e)
    {
        if (e.Kind != TemporalKind.RelativePeriod)
        {
            return null;
        }

        return e.Shape switch
        {
            RelativeShape.Trailing or RelativeShape.UpToReference => Dates.FrameDirection.Past,
            RelativeShape.Leading or RelativeShape.FromReference => Dates.FrameDirection.Future,
            _ => e.Modifier switch
            {
                RelativeModifier.Last => Dates.FrameDirection.Past,
                RelativeModifier.Next => Dates.FrameDirection.Future,
                _ when e.Offset < 0 => Dates.FrameDirection.Past,
                _ when e.Offset > 0 => Dates.FrameDirection.Future,
                _ => Dates.FrameDirection.Both,
            },
        };
    }

    private static bool OpensSentence(string text, ReadOnlySpan<DateToken> tokens, ReadOnlySpan<int> sentenceOf, int first)
    {
        var k = first - 1;
        var words = 0;
        while (k >= 0 && k >= first - MaxLookBack && sentenceOf[k] == sentenceOf[first])
        {
            if (tokens[k].Kind == DateTokenKind.Word)
            {
                words++;
            }

            k--;
        }

        return words <= 1;
    }

    private static bool RelativeClauseBefore(string text, ReadOnlySpan<DateToken> tokens, ReadOnlySpan<int> sentenceOf, int first)
    {
        for (var p = first - 1; p >= 0 && p >= first - MaxLookBack && sentenceOf[p] == sentenceOf[first]; p--)
        {
            if (tokens[p].Kind == DateTokenKind.Word && text.AsSpan(tokens[p].Start, tokens[p].Length) is "who" or "which" or "whom" or "whose")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGlossSeparator(string text, int from, int to)
    {
        if (to - from > 6 || to <= from)
        {
            return false;
        }

        var sawMark = false;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c is ',' or '(' or '–' or '—' or '-')
            {
                sawMark = true;
            }
            else if (c == 'o' && i + 1 < to && text[i + 1] == 'n')
            {
                i++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return sawMark;
    }

    private static int TokenAt(ReadOnlySpan<DateToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Sentence number of every token: a sentence ends at . ! ? before a capital, digit, quote or line break.</summary>
    /// <summary>For each token, the index of the sentence (from the shared Analysis splitter) it starts in.</summary>
    private static void SentenceIndexes(ReadOnlySpan<DateToken> tokens, ImmutableArray<TextSpan> sentences, Span<int> result)
    {
        var sentence = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (sentence + 1 < sentences.Length && sentences[sentence + 1].Start <= tokens[i].Start)
            {
                sentence++;
            }

            result[i] = sentence;
        }
    }

    private static void QuotedTokens(string text, ReadOnlySpan<DateToken> tokens, Span<bool> result)
    {
        var inside = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind == DateTokenKind.Punctuation)
            {
                var c = text[t.Start];
                if (c == '“')
                {
                    inside = true;
                }
                else if (c == '”')
                {
                    inside = false;
                }
                else if (c == '"')
                {
                    inside = !inside;
                }
            }

            result[i] = inside;
        }
    }

    [ThreadStatic]
    private static BlockBuffers? blockBuffers;

    /// <summary>A thread's per-token tables for <see cref="BuildBlock"/>, grown to the longest block seen.</summary>
    private sealed class BlockBuffers
    {
        public int[] Sentences = new int[256];
        public byte[] WordClasses = new byte[256];
        public bool[] Quoted = new bool[256];

        public void EnsureCapacity(int tokens)
        {
            if (Sentences.Length < tokens)
            {
                int size = Math.Max(tokens, Sentences.Length * 2);
                Sentences = new int[size];
                WordClasses = new byte[size];
                Quoted = new bool[size];
            }
        }
    }

    /// <summary>The clause around tokens [first, last]: bounded by sentence ends, semicolons, colons and quotes.</summary>
    private static (int Start, int End) Clause(string text, ReadOnlySpan<DateToken> tokens, int first, int last)
    {
        var start = first;
        while (start > 0 && start > first - MaxLookBack && !IsClauseBreak(text, tokens, start - 1))
        {
            start--;
        }

        var end = last + 1;
        while (end < tokens.Length && end < last + MaxLookBack && !IsClauseBreak(text, tokens, end))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsClauseBreak(string text, ReadOnlySpan<DateToken> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != DateTokenKind.Punctuation)
        {
            return false;
        }

        var c = text[t.Start];
        if (c is ';' or '!' or '?' or '“' or '”' or '"' or ':')
        {
            return true;
        }

        return c == '.' && (i + 1 >= tokens.Length || tokens[i + 1].SpaceBefore);
    }
}
