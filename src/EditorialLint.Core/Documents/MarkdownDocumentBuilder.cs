using System.Collections.Immutable;
using EditorialLint.Core.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EditorialLint.Core.Documents;

/// <summary>
/// The only Markdig user: walks the syntax tree and keeps paragraphs, headings, list items, block quotes and
/// table cells as prose. Code, URLs, autolinks, HTML and front matter are not prose.
/// </summary>
internal static class MarkdownDocumentBuilder
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoLinks()
        .Build();

    public static Document Build(string path, SourceText source, bool hasBom, ImmutableArray<DocumentNotice> decodingNotices)
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(source.Text, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses syntax nested deeper than its limit (128 levels of quotes, lists or emphasis) with an
            // ArgumentException. Such a file is still text: check its paragraphs as plain text and say so.
            string message = $"the Markdown is nested too deeply to parse (more than {Pipeline.MaximumNestingDepth} levels of quotes, lists, links or emphasis); the file was checked as plain text ({e.Message.TrimEnd('.')})";
            var notice = new DocumentNotice(DocumentNoticeKind.UnparsedMarkdown, message, new TextSpan(0, 0));
            return new Document(path, DocumentFormat.Markdown, source, null, PlainTextDocumentBuilder.BuildBlocks(source), ImmutableArray<MarkupComment>.Empty, decodingNotices.Add(notice), hasBom);
        }

        var state = new State(source);
        foreach (Block block in markdown)
        {
            state.VisitBlock(block, inList: false, inQuote: false, inTable: false);
        }

        var notices = decodingNotices;
        if (state.FrontMatterNotice is not null)
        {
            notices = notices.Add(state.FrontMatterNotice);
        }

        return new Document(path, DocumentFormat.Markdown, source, state.FrontMatter, state.Blocks.ToImmutable(), state.Comments.ToImmutable(), notices, hasBom);
    }

    private sealed class State(SourceText source)
    {
        private readonly string text = source.Text;

        /// <summary>One builder for every leaf of the document, emptied before each.</summary>
        private readonly ProseBuilder builder = new();

        /// <summary>The source span of the leaf block being read; its inlines must lie inside it.</summary>
        private TextSpan leafSpan;

        public ImmutableArray<ProseBlock>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<ProseBlock>();

        public ImmutableArray<MarkupComment>.Builder Comments { get; } = ImmutableArray.CreateBuilder<MarkupComment>();

        public FrontMatter? FrontMatter { get; private set; }

        public DocumentNotice? FrontMatterNotice { get; private set; }

        public void VisitBlock(Block block, bool inList, bool inQuote, bool inTable)
        {
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    ReadFrontMatter(yaml);
                    break;
                case HtmlBlock html:
                    ReadHtmlComments(Span(html));
                    break;
                case CodeBlock:
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                    break;
                case HeadingBlock heading:
                    AddLeaf(heading, ProseBlockKind.Heading, heading.Level, inList, inQuote);
                    break;
                case ParagraphBlock paragraph:
                    AddLeaf(paragraph, inTable ? ProseBlockKind.TableCell : ProseBlockKind.Paragraph, 0, inList, inQuote);
                    break;
                case Table table:
                    foreach (Block row in table)
                    {
                        VisitBlock(row, inList, inQuote, inTable: true);
                    }

                    break;
                case ListBlock or ListItemBlock:
                    foreach (Block child in (ContainerBlock)block)
                    {
                        VisitBlock(child, inList: true, inQuote, inTable);
                    }

                    break;
                case QuoteBlock quote:
                    foreach (Block child in quote)
                    {
                        VisitBlock(child, inList, inQuote: true, inTable);
                    }

                    break;
                case ContainerBlock container:
                    foreach (Block child in container)
                    {
                        VisitBlock(child, inList, inQuote, inTable);
                    }

                    break;
            }
        }

        private TextSpan Span(MarkdownObject node)
        {
            int start = Math.Clamp(node.Span.Start, 0, text.Length);
            int end = Math.Clamp(node.Span.End + 1, start, text.Length);
            return TextSpan.FromBounds(start, end);
        }

        private void ReadFrontMatter(YamlFrontMatterBlock yaml)
        {
            TextSpan span = Span(yaml);
            int firstLine = source.GetLineIndex(span.Start);
            int lastLine = source.GetLineIndex(Math.Max(span.Start, span.End - 1));

            // The block spans the opening and closing delimiter lines; the YAML is what lies between them.
            int rawStart = source.GetLineStart(firstLine + 1);
            int rawEnd = lastLine > firstLine ? source.GetLineStart(lastLine) : rawStart;
            rawEnd = Math.Max(rawStart, rawEnd);
            string raw = text[rawStart..rawEnd];
            (FrontMatter, FrontMatterNotice) = Documents.FrontMatter.Parse(source, raw, rawStart, span);
        }

        private void ReadHtmlComments(TextSpan span)
        {
            int index = span.Start;
            while (index < span.End)
            {
                int open = text.IndexOf("<!--", index, span.End - index, StringComparison.Ordinal);
                if (open < 0)
                {
                    return;
                }

                int close = text.IndexOf("-->", open + 4, span.End - (open + 4), StringComparison.Ordinal);
                if (close < 0)
                {
                    return;
                }

                Comments.Add(new MarkupComment(TextSpan.FromBounds(open, close + 3), text[(open + 4)..close].Trim()));
                index = close + 3;
            }
        }

        private void AddLeaf(LeafBlock leaf, ProseBlockKind kind, int level, bool inList, bool inQuote)
        {
            if (leaf.Inline is null)
            {
                return;
            }

            var builder = this.builder;
            builder.Clear();
            leafSpan = Span(leaf);
            foreach (Inline inline in leaf.Inline)
            {
                VisitInline(inline, builder);
            }

            ProseBlock? block = builder.Build(Blocks.Count, kind, level, inList, inQuote);
            if (block is not null)
            {
                Blocks.Add(block);
            }
        }

        private void VisitInline(Inline inline, ProseBuilder builder)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(literal, builder);
                    break;
                case LineBreakInline lineBreak:
                    AppendLineBreak(lineBreak, builder);
                    break;
                case HtmlEntityInline entity:
                    TextSpan entitySpan = InLeaf(Span(entity), builder);
                    builder.AppendSubstitute(entity.Transcoded.ToString(), entitySpan.Start, entitySpan.Length);
                    break;
                case CodeInline code:
                    AppendPlaceholder(InlineKind.Code, code, builder);
                    break;
                case AutolinkInline autolink:
                    AppendPlaceholder(InlineKind.Link, autolink, builder);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                    {
                        ReadHtmlComments(Span(html));
                    }

                    AppendPlaceholder(InlineKind.Html, html, builder);
                    break;
                case LinkInline link when link.IsAutoLink:
                    AppendPlaceholder(InlineKind.Link, link, builder);
                    break;
                case LinkInline image when image.IsImage:
                    VisitContainer(image, InlineKind.Image, builder);
                    break;
                case LinkInline link:
                    VisitContainer(link, InlineKind.Link, builder);
                    break;
                case EmphasisInline emphasis:
                    VisitContainer(emphasis, emphasis.DelimiterCount >= 2 ? InlineKind.Strong : InlineKind.Emphasis, builder);
                    break;
                case ContainerInline container:
                    foreach (Inline child in container)
                    {
                        VisitInline(child, builder);
                    }

                    break;
            }
        }

        /// <summary>A line break is '\n' in the prose, mapped atomically to the whole break in the source (CR, LF or CRLF).</summary>
        private void AppendLineBreak(LineBreakInline lineBreak, ProseBuilder builder)
        {
            TextSpan span = InLeaf(Span(lineBreak), builder);
            int start = span.Start, end = span.End;
            if (!span.IsEmpty && start > 0 && text[start] == '\n' && text[start - 1] == '\r')
            {
                start--;
            }

            if (!span.IsEmpty && end < text.Length && text[end - 1] == '\r' && text[end] == '\n')
            {
                end++;
            }

            builder.AppendSubstitute("\n", start, end - start);
        }

        private void VisitContainer(ContainerInline container, InlineKind kind, ProseBuilder builder)
        {
            int start = builder.Length;
            foreach (Inline child in container)
            {
                VisitInline(child, builder);
            }

            builder.AddInline(kind, start, builder.Length);
        }

        /// <summary>A construct's span when it lies inside the leaf; else (a parser position error) an empty span where the map stands.</summary>
        private TextSpan InLeaf(TextSpan span, ProseBuilder builder) =>
            leafSpan.Contains(span) ? span : new TextSpan(Math.Clamp(builder.SourceEnd, leafSpan.Start, leafSpan.End), 0);

        private void AppendPlaceholder(InlineKind kind, Inline inline, ProseBuilder builder)
        {
            TextSpan span = InLeaf(Span(inline), builder);
            int start = builder.Length;
            builder.AppendSubstitute(ProseBlock.Placeholder.ToString(), span.Start, span.Length);
            builder.AddInline(kind, start, builder.Length);
        }

        /// <summary>
        /// A literal whose reported position is outside its block (Markdig gives heading literals wrong offsets when
        /// a tab follows the '#' marks) or behind what is already mapped (a grid-table line reported twice): a
        /// repeat of source already mapped is dropped; otherwise the literal is found in the rest of its block, and
        /// when it cannot be found it is kept as prose mapped to an empty span where the map stands.
        /// </summary>
        private void AppendMisplacedLiteral(ReadOnlySpan<char> content, TextSpan reported, ProseBuilder builder)
        {
            int from = Math.Max(builder.SourceEnd, leafSpan.Start);
            if (reported.End <= builder.SourceEnd && leafSpan.Contains(reported) && text.AsSpan(reported.Start, reported.Length).SequenceEqual(content))
            {
                return;
            }

            int found = from < leafSpan.End ? text.AsSpan(from, leafSpan.End - from).IndexOf(content) : -1;
            if (found >= 0)
            {
                builder.AppendVerbatim(text, from + found, content.Length);
            }
            else
            {
                builder.AppendSubstitute(content.ToString(), Math.Min(from, text.Length), 0);
            }
        }

        private void AppendLiteral(LiteralInline literal, ProseBuilder builder)
        {
            if (literal.Content.IsEmpty)
            {
                return;
            }

            TextSpan span = Span(literal);
            ReadOnlySpan<char> content = literal.Content.AsSpan();
            if (!leafSpan.Contains(span) || span.End <= builder.SourceEnd)
            {
                AppendMisplacedLiteral(content, span, builder);
                return;
            }

            if (span.Length == content.Length && text.AsSpan(span.Start, span.Length).SequenceEqual(content))
            {
                builder.AppendVerbatim(text, span.Start, span.Length);
                return;
            }

            // The literal differs from its source (a backslash escape, a tab expanded, trimmed white space):
            // find the content inside its source span when possible, else map it as one atomic run.
            int found = text.AsSpan(span.Start, span.Length).IndexOf(content);
            if (found >= 0)
            {
                builder.AppendVerbatim(text, span.Start + found, content.Length);
            }
            else
            {
                builder.AppendSubstitute(content.ToString(), span.Start, span.Length);
            }
        }
    }
}
