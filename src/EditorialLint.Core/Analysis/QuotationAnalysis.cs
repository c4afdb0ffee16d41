using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>One direct quotation in a block, in prose coordinates.</summary>
/// <param name="Span">From the opening mark to the closing mark inclusive (to the block end when unclosed).</param>
/// <param name="Inner">The quoted words, without the marks.</param>
/// <param name="Closed">False when the quotation runs on into the next paragraph (news style: no closing mark).</param>
public readonly record struct Quotation(TextSpan Span, TextSpan Inner, bool Closed);

/// <summary>
/// The direct quotations of every block: text between double quotation marks, curly (“…”) or straight ("…"),
/// including a quotation left open at the end of a paragraph because it continues in the next one. Single marks
/// are not read as quotations: they are apostrophes far more often than quotes within quotes.
/// </summary>
public sealed class QuotationAnalysis : IDocumentAnalysis<QuotationAnalysis>
{
    private readonly ImmutableArray<ImmutableArray<Quotation>> byBlock;

    private QuotationAnalysis(ImmutableArray<ImmutableArray<Quotation>> byBlock) => this.byBlock = byBlock;

    public static QuotationAnalysis Create(AnalysisContext context) =>
        new(context.Blocks.Select(b => Find(b.Text)).ToImmutableArray());

    /// <summary>The quotations of a block, in order.</summary>
    public ImmutableArray<Quotation> In(BlockAnalysis block) => byBlock[block.Block.Index];

    /// <summary>True when the prose offset lies inside a quotation of the block (marks included).</summary>
    public bool IsQuoted(BlockAnalysis block, int proseOffset)
    {
        foreach (Quotation q in In(block))
        {
            if (q.Span.Contains(proseOffset))
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
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0 && OpensHere(text, i)))
            {
                open = i;
            }
            else if (open >= 0 && (c == '\u201D' || c == '"'))
            {
                found.Add(new Quotation(TextSpan.FromBounds(open, i + 1), TextSpan.FromBounds(open + 1, i), true));
                open = -1;
            }
        }

        if (open >= 0)
        {
            int end = text.Length;
            while (end > open + 1 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            found.Add(new Quotation(TextSpan.FromBounds(open, end), TextSpan.FromBounds(open + 1, end), false));
        }

        return found.ToImmutable();
    }

    /// <summary>A straight double quote opens a quotation at the start of the text or after space or an opening bracket.</summary>
    private static bool OpensHere(string text, int i) =>
        i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '\u2014' or '\u2013' or '-' or ':';
}
