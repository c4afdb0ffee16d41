using System.Text;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Rules;

/// <summary>
/// A named document-wide fact that a block-local rule may read (see <see cref="RuleLocality"/>). Its
/// <see cref="Fingerprint"/> for a block is a value that compares equal (<see cref="object.Equals(object)"/>) in two
/// versions of the document whenever everything the rule can read of the fact, for that block, is the same. The
/// engine reuses a block's findings only when the fingerprints of every fact the rule declares are equal.
/// </summary>
public abstract class DocumentFact
{
    protected DocumentFact(string name) => Name = name;

    /// <summary>
    /// The publication date (date, where it came from and its description for messages), not where it is written:
    /// a rule that reads <see cref="AnalysisContext.PublicationDate"/> declares this.
    /// </summary>
    public static DocumentFact PublicationDate { get; } = new PublicationDateFact();

    /// <summary>
    /// <see cref="Spelling.EstablishedWords"/>, as far as a block can see it: whether each word of the block is
    /// established, and which splits of the block's dictionary-unknown words the article writes as a pair. A rule
    /// that declares this may call <see cref="Spelling.EstablishedWords.IsEstablished"/> on the block's words and
    /// <see cref="Spelling.EstablishedWords.ContainsPair"/> on two halves of one of its unknown words, nothing else.
    /// </summary>
    public static DocumentFact EstablishedWords { get; } = new EstablishedWordsFact();

    public string Name { get; }

    /// <summary>What the fact says for <paramref name="block"/> in this version of the document.</summary>
    public abstract object? Fingerprint(AnalysisContext context, BlockAnalysis block);

    public override string ToString() => Name;

    private sealed class PublicationDateFact() : DocumentFact("publication date")
    {
        public override object? Fingerprint(AnalysisContext context, BlockAnalysis block) =>
            context.PublicationDate is { } p ? (p.Date, p.Source, p.Description) : null;
    }

    private sealed class EstablishedWordsFact() : DocumentFact("established words")
    {
        public override object? Fingerprint(AnalysisContext context, BlockAnalysis block)
        {
            var established = context.Get<Spelling.EstablishedWords>();
            var words = context.BlockPart(block, nameof(EstablishedWordsPart), null, () => EstablishedWordsPart.Of(block));
            var splits = context.BlockPart(block, "established-word-splits", null, () => Splits(words));
            var print = new StringBuilder(words.Words.Length + splits.Length);
            foreach (var (word, _) in words.Words)
            {
                print.Append(established.IsEstablished(word) ? '1' : '0');
            }

            foreach (string pair in splits)
            {
                print.Append(established.ContainsPair(pair) ? '1' : '0');
            }

            return print.ToString();
        }

        /// <summary>Every split "left right" of the block's dictionary-unknown words (the pairs WordSplitter may ask about).</summary>
        private static string[] Splits(EstablishedWordsPart words)
        {
            var dictionary = EnglishDictionary.Shared;
            var splits = new List<string>();
            foreach (var (word, _) in words.Words)
            {
                if (word.Length is >= 3 and <= 40 && dictionary.Lookup(word, out _) == WordKinds.None)
                {
                    for (int i = 1; i < word.Length; i++)
                    {
                        splits.Add(string.Concat(word.AsSpan(0, i), " ", word.AsSpan(i)));
                    }
                }
            }

            return [.. splits];
        }
    }
}
