using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

/// <summary>Plain text: all prose; paragraphs are separated by blank lines; the map is the identity.</summary>
internal static class PlainTextDocumentBuilder
{
    public static Document Build(string path, SourceText source, bool hasBom, ImmutableArray<DocumentNotice> notices) =>
        new(path, DocumentFormat.PlainText, source, null, BuildBlocks(source), ImmutableArray<MarkupComment>.Empty, notices, hasBom);

    /// <summary>The blank-line separated paragraphs of a text, each mapped verbatim.</summary>
    public static ImmutableArray<ProseBlock> BuildBlocks(SourceText source)
    {
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>();
        string text = source.Text;
        int paragraphStart = -1;
        for (int line = 0; line < source.LineCount; line++)
        {
            TextSpan span = source.GetLineSpan(line);
            bool blank = IsBlank(text, span);
            if (!blank && paragraphStart < 0)
            {
                paragraphStart = span.Start;
            }
            else if (blank && paragraphStart >= 0)
            {
                AddBlock(blocks, text, paragraphStart, span.Start);
                paragraphStart = -1;
            }
        }

        if (paragraphStart >= 0)
        {
            AddBlock(blocks, text, paragraphStart, text.Length);
        }

        return blocks.ToImmutable();
    }

    private static void AddBlock(ImmutableArray<ProseBlock>.Builder blocks, string text, int start, int end)
    {
        var builder = new ProseBuilder();
        builder.AppendVerbatim(text, start, end - start);
        ProseBlock? block = builder.Build(blocks.Count, ProseBlockKind.Paragraph, 0, inList: false, inBlockQuote: false);
        if (block is not null)
        {
            blocks.Add(block);
        }
    }

    private static bool IsBlank(string text, TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
