using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Documents;

/// <summary>
/// A source text exactly as read (without a byte order mark), its line index, and the prose inside it, with
/// every prose character mapped back to its source offset.
/// </summary>
public sealed class Document
{
    internal Document(string path, DocumentFormat format, SourceText source, FrontMatter? frontMatter, ImmutableArray<ProseBlock> blocks, ImmutableArray<MarkupComment> comments, ImmutableArray<DocumentNotice> notices, bool hasBom)
    {
        Path = path;
        Format = format;
        Source = source;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Comments = comments;
        Notices = notices;
        HasBom = hasBom;
    }

    public string Path { get; }

    public DocumentFormat Format { get; }

    public SourceText Source { get; }

    public FrontMatter? FrontMatter { get; }

    public ImmutableArray<ProseBlock> Blocks { get; }

    /// <summary>HTML comments (Markdown only), for inline control such as <c>&lt;!-- editorial-lint off --&gt;</c>.</summary>
    public ImmutableArray<MarkupComment> Comments { get; }

    public ImmutableArray<DocumentNotice> Notices { get; }

    public bool HasBom { get; }

    /// <summary>Builds a document from text already decoded (for example an editor buffer).</summary>
    public static Document Parse(string path, string text, DocumentFormat? format = null) =>
        Build(path, text, format ?? DocumentFormats.FromPath(path), hasBom: false, ImmutableArray<DocumentNotice>.Empty);

    internal static Document Build(string path, string text, DocumentFormat format, bool hasBom, ImmutableArray<DocumentNotice> decodingNotices)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
            hasBom = true;
        }

        SourceText source = SourceText.From(text);
        return format == DocumentFormat.Markdown
            ? MarkdownDocumentBuilder.Build(path, source, hasBom, decodingNotices)
            : PlainTextDocumentBuilder.Build(path, source, hasBom, decodingNotices);
    }

    /// <summary>The block whose prose contains the given source offset, or null.</summary>
    public ProseBlock? FindBlock(int sourceOffset)
    {
        int lo = 0, hi = Blocks.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            ProseBlock block = Blocks[mid];
            if (sourceOffset < block.SourceSpan.Start)
            {
                hi = mid - 1;
            }
            else if (sourceOffset >= block.SourceSpan.End)
            {
                lo = mid + 1;
            }
            else
            {
                return block;
            }
        }

        return null;
    }
}
