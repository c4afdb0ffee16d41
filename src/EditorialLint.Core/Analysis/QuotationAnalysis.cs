using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>One direct quotation in a block, in prose coordinates.</summary>
/// <param name="Span">From the opening mark to the closing mark inclusive (to the block end when unclosed).</param>
/// <param name="Inner">The quoted words, without the marks.</param>
/// <param name="Closed">False when the quotation runs on without a closing mark (news style: into the next paragraph, or a new opening mark).</param>
/// <param name="Continues">True when it continues a quotation left open just before it in the same block.</param>
public readonly record struct Quotation(TextSpan Span, TextSpan Inner, bool Closed, bool Continues = false);

/// <summary>
/// The direct quotations of every block: text between double quotation marks, curly (“…”) or straight ("…"),
/// including a quotation left open because it continues: at the end of a paragraph, or where a new opening mark
/// starts the next quoted paragraph (paragraphs joined into one). A straight mark opens after space and before a
/// word, and closes otherwise. Single marks are not read as quotations: they are apostrophes far more often than
/// quotes within quotes.
/// </summary>
public sealed class QuotationAnalysis : IDocumentAnalysis<QuotationAnalysis>
{
    private readonly ImmutableArray<ImmutableArray<Quotation>> byBlock;

    private QuotationAnalysis(ImmutableArray<ImmutableArray<Quotation>> byBlock) => this.byBlock = byBlock;

    public static QuotationAnalysis Create(AnalysisContext context) =>
        new(context.Blocks.Select(b => context.BlockPart(b, nameof(QuotationAnalysis), null, () => Find(b.Text))).ToImmutableArray());

    /// <summary>The quotations of a block, in order.</summary>
    public ImmutableArray<Quotation> In(BlockAnalysis block) => byBlock[block.Block.Index];

    /// <summary>
    /// True when the prose offset lies inside a quotation of the block (marks included). Quotations are in order and
    /// disjoint, so this is a binary search (a linear scan per word made a block of 100,000 quotes take a minute).
    /// </summary>
    public bool IsQuoted(BlockAnalysis block, int proseOffset)
    {
        ImmutableArray<Quotation> quotations = In(block);
        int lo = 0, hi = quotations.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            TextSpan span = quotations[mid].Span;
            if (proseOffset < span.Start)
            {
                hi = mid - 1;
            }
            else if (proseOffset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    internal static ImmutableArray<Quotation> Find(string text)
    {
        var found = ImmutableArray.CreateBuilder<Quotation>();
        int open = -1;
        bool continues = false;
        for (int i = TextScan.Next(text, 0, Marks); i >= 0; i = TextScan.Next(text, i + 1, Marks))
        {
            char c = text[i];
            bool opener = c == '\u201C' || (c == '"' && OpensHere(text, i));
            bool closer = c == '\u201D' || (c == '"' && !opener);
            if (opener)
            {
                // An opening mark inside an open quotation: the open one ran on without a closing mark.
                if (open >= 0)
                {
                    found.Add(Unclosed(text, open, i, continues));
                    continues = true;
                }
                else
                {
                    continues = false;
                }

                open = i;
            }
            else if (closer && open >= 0)
            {
                found.Add(new Quotation(TextSpan.FromBounds(open, i + 1), TextSpan.FromBounds(open + 1, i), true, continues));
                open = -1;
                continues = false;
            }
        }

        if (open >= 0)
        {
            found.Add(Unclosed(text, open, text.Length, continues));
        }

        return found.ToImmutable();
    }

    /// <summary>Double quotation marks, curly and straight.</summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\"\u201C\u201D");

    private static Quotation Unclosed(string text, int open, int end, bool continues)
    {
        while (end > open + 1 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Quotation(TextSpan.FromBounds(open, end), TextSpan.FromBounds(open + 1, end), false, continues);
    }

    /// <summary>A straight double quote opens at the start or after space or an opening bracket or dash, before a non-space.</summary>
    private static bool OpensHere(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':')
        && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
}
