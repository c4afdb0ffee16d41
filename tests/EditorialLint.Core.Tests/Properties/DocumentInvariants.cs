using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Properties;

/// <summary>
/// What must hold for any document, however hostile: maps exact and monotonic, every range inside the text and on
/// character boundaries (never inside a surrogate pair or a CRLF), every fix applicable. Each check throws
/// <see cref="InvariantException"/> saying what broke.
/// </summary>
internal static class DocumentInvariants
{
    /// <summary>Every rule, including those off by default, down to hints.</summary>
    public static readonly LintOptions AllRules = new()
    {
        MinSeverity = Severity.Hint,
        EnabledRules = BuiltInRules.All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase),
    };

    public static readonly LintOptions AllRulesPublished = AllRules.With(b => b.PublishedOverride = new DateOnly(2026, 2, 4));

    public static readonly Linter Linter = new(BuiltInRules.All, AllRules);

    public static readonly Linter LinterPublished = new(BuiltInRules.All, AllRulesPublished);

    /// <summary>True when an offset does not split a surrogate pair or a CRLF.</summary>
    public static bool IsBoundary(string text, int offset) =>
        offset <= 0 || offset >= text.Length
        || (!(char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset])) && !(text[offset - 1] == '\r' && text[offset] == '\n'));

    public static void CheckSpan(string text, TextSpan span, string what)
    {
        Require(span.Length >= 0 && span.Start >= 0 && span.End <= text.Length, $"{what} {span} is outside the document (length {text.Length})");
        Require(IsBoundary(text, span.Start) && IsBoundary(text, span.End), $"{what} {span} splits a surrogate pair or a CRLF: {Around(text, span)}");
    }

    /// <summary>Parses and lints the text as Markdown and as plain text and checks everything.</summary>
    public static void CheckAll(string text)
    {
        foreach (DocumentFormat format in (DocumentFormat[])[DocumentFormat.Markdown, DocumentFormat.PlainText])
        {
            Document document = Document.Parse(format == DocumentFormat.Markdown ? "doc.md" : "doc.txt", text, format);
            CheckDocument(document);
            CheckResult(Linter.Lint(document));
            CheckResult(LinterPublished.Lint(document));
        }
    }

    public static void CheckDocument(Document document)
    {
        string text = document.Source.Text;
        int previousEnd = 0;
        foreach (ProseBlock block in document.Blocks)
        {
            CheckBlock(document, block);
            Require(block.SourceSpan.Start >= previousEnd, $"block {block.Index} starts at {block.SourceSpan.Start}, before the previous block ends ({previousEnd}): blocks must be in source order and disjoint");
            previousEnd = block.SourceSpan.End;
        }

        foreach (MarkupComment comment in document.Comments)
        {
            CheckSpan(text, comment.Span, "comment");
        }

        foreach (DocumentNotice notice in document.Notices)
        {
            CheckSpan(text, notice.Span, $"notice '{notice.Message}'");
        }

        if (document.FrontMatter is { } frontMatter)
        {
            CheckSpan(text, frontMatter.Span, "front matter");
        }

        CheckPositions(document.Source);
    }

    private static void CheckBlock(Document document, ProseBlock block)
    {
        string text = document.Source.Text;
        string prose = block.Text;
        ImmutableArray<SourceSegment> map = block.Map;
        Require(prose.Length > 0 && !map.IsEmpty, $"block {block.Index} is empty");
        int proseAt = 0, sourceAt = block.SourceSpan.Start;
        foreach (SourceSegment s in map)
        {
            Require(s.ProseStart == proseAt && s.ProseLength > 0, $"block {block.Index}: segment {s} does not continue the prose at {proseAt}");
            Require(s.SourceStart >= sourceAt && s.SourceLength >= 0 && s.SourceEnd <= text.Length, $"block {block.Index}: segment {s} goes backwards (source at {sourceAt}) or leaves the document (length {text.Length})");
            if (s.IsVerbatim)
            {
                Require(prose.AsSpan(s.ProseStart, s.ProseLength).SequenceEqual(text.AsSpan(s.SourceStart, s.ProseLength)), $"block {block.Index}: verbatim segment {s} differs from its source: prose {PropertyRunner.Literal(prose.Substring(s.ProseStart, s.ProseLength), 80)}, source {PropertyRunner.Literal(text.Substring(s.SourceStart, s.ProseLength), 80)}");
                for (int i = 0; i < s.ProseLength; i += 1 + (s.ProseLength / 500))
                {
                    Require(block.ToProseOffset(s.SourceStart + i) == s.ProseStart + i, $"block {block.Index}: source {s.SourceStart + i} maps back to prose {block.ToProseOffset(s.SourceStart + i)}, not {s.ProseStart + i}");
                }
            }

            proseAt = s.ProseEnd;
            sourceAt = s.SourceEnd;
        }

        Require(proseAt == prose.Length, $"block {block.Index}: the map covers {proseAt} of {prose.Length} prose characters");
        CheckSpan(text, block.SourceSpan, $"block {block.Index}");
        foreach (InlineRange inline in block.Inlines)
        {
            Require(inline.Span.Start >= 0 && inline.Span.End <= prose.Length, $"block {block.Index}: inline {inline} is outside the prose (length {prose.Length})");
        }
    }

    /// <summary>Line/column conversions round-trip at a sample of boundary offsets (at most 4 on lines over 4,000 characters).</summary>
    private static void CheckPositions(SourceText source)
    {
        string text = source.Text;
        int step = Math.Max(1, text.Length / 200), longLineSamples = 0;
        for (int offset = 0; offset <= text.Length; offset += step)
        {
            if (!IsBoundary(text, offset))
            {
                continue;
            }

            LinePosition position = source.GetLinePosition(offset);
            TextSpan line = source.GetLineSpan(position.Line);
            if (offset > line.End || (line.Length > 4_000 && ++longLineSamples > 4))
            {
                continue; // inside a line break (clamps to the line end by design), or enough samples of a huge line
            }

            foreach (PositionEncoding encoding in (PositionEncoding[])[PositionEncoding.Utf16, PositionEncoding.Utf8, PositionEncoding.Utf32])
            {
                int column = source.GetColumn(offset, encoding);
                int back = source.GetOffset(position.Line, column, encoding);
                Require(back == offset, $"offset {offset} -> line {position.Line} column {column} ({encoding}) -> offset {back}");
            }
        }
    }

    public static void CheckResult(LintResult result)
    {
        string text = result.Document.Source.Text;
        foreach (BlockAnalysis block in result.Context.Blocks)
        {
            int at = 0;
            foreach (Token token in block.Tokens)
            {
                Require(token.Start == at && token.Length > 0, $"block {block.Block.Index}: token {token} does not continue at {at}");
                at = token.Start + token.Length;
            }

            Require(at == block.Text.Length, $"block {block.Block.Index}: tokens cover {at} of {block.Text.Length} characters");
            foreach (TextSpan sentence in block.Sentences)
            {
                Require(sentence.Start >= 0 && sentence.End <= block.Text.Length, $"block {block.Block.Index}: sentence {sentence} is outside the prose");
            }
        }

        int applied = 0;
        foreach (Diagnostic diagnostic in result.Diagnostics)
        {
            CheckSpan(text, diagnostic.Span, $"{diagnostic.RuleId} diagnostic '{diagnostic.Message}'");
            foreach (Fix fix in diagnostic.Fixes)
            {
                foreach (TextEdit edit in fix.Edits)
                {
                    CheckSpan(text, edit.Span, $"{diagnostic.RuleId} fix '{fix.Title}' edit");
                }

                // Applying copies the whole text: try the first 64 fixes of a document one by one (all of them together below).
                if (++applied <= 64)
                {
                    FixApplier.Apply(text, fix.Edits);
                }
            }
        }

        (IReadOnlyList<TextEdit> edits, _) = FixApplier.SelectSafeFixes(result.Diagnostics);
        FixApplier.Apply(text, edits);
    }

    /// <summary>A stable text form of a result, for comparing runs (records holding arrays compare by reference).</summary>
    public static string Describe(LintResult result) => string.Join(
        "\n",
        result.Diagnostics.Select(d => $"{d.RuleId} {d.Span} {d.Severity} {d.Message} [{string.Join("; ", d.Fixes.Select(f => $"{f.Title} {f.IsSafe} {string.Join(",", f.Edits.Select(e => $"{e.Span}={PropertyRunner.Literal(e.NewText)}"))}"))}]"));

    private static string Around(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start - 8, 0, text.Length), end = Math.Clamp(span.End + 8, start, text.Length);
        return PropertyRunner.Literal(text[start..end]);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}

public sealed class InvariantException(string message) : Exception(message);
