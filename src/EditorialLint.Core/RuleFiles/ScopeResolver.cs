using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Turns a rule's <see cref="ScopeSelector"/> into the units it checks in one document. Block selectors map to
/// <see cref="ProseBlock"/> kinds and flags (<c>heading.hN</c>, <c>paragraph</c>, <c>list</c>,
/// <c>blockquote</c>, <c>table.cell</c>); <c>sentence</c> yields <see cref="BlockAnalysis.Sentences"/> of
/// non-heading blocks; <c>link</c>, <c>strong</c>, <c>emphasis</c> and <c>code</c> yield
/// <see cref="ProseBlock.Inlines"/>; <c>raw</c> the whole source; <c>text</c> and <c>summary</c> every block.
/// </summary>
public static class ScopeResolver
{
    /// <summary>The units of a selector in the context's document, computed once per document and selector.</summary>
    public static IReadOnlyList<ScopeUnit> CachedUnits(ScopeSelector selector, AnalysisContext context, string rawText) =>
        context.Get<ScopeUnitCache>().Get(selector, () => Units(selector, context, rawText));

    public static List<ScopeUnit> Units(ScopeSelector selector, AnalysisContext context, string rawText)
    {
        var units = new List<ScopeUnit>();
        var seen = new HashSet<(int, int, int)>();
        foreach (var clause in selector.Clauses)
        {
            if (clause.Terms.Any(t => t.Format is not null && !FormatMatches(t.Format, context.Document.Format)))
            {
                continue;
            }

            var positives = clause.Terms.Where(t => !t.Negated).Select(t => t.Name).ToList();
            if (positives.Contains("raw"))
            {
                Add(new ScopeUnit(ScopeUnit.RawOwner, rawText, 0, rawText.Length));
                continue;
            }

            var inline = positives.Select(InlineKindOf).FirstOrDefault(k => k is not null);
            var sentences = positives.Contains("sentence");
            foreach (var block in context.Blocks)
            {
                if (!clause.Terms.All(t => BlockTermHolds(t, block.Block)))
                {
                    continue;
                }

                if (inline is { } kind)
                {
                    foreach (var range in block.Block.Inlines.Where(r => r.Kind == kind))
                    {
                        Add(new ScopeUnit(block.Block.Index, block.Text, range.Span.Start, range.Span.Length));
                    }
                }
                else if (sentences)
                {
                    foreach (var sentence in block.Sentences)
                    {
                        Add(new ScopeUnit(block.Block.Index, block.Text, sentence.Start, sentence.Length));
                    }
                }
                else
                {
                    var codeText = CodeTextOf(block.Block, context.Document.Source.Text);
                    Add(new ScopeUnit(block.Block.Index, block.Text, 0, block.Text.Length) { CodeText = codeText });
                }
            }
        }

        if (selector.Clauses.Count > 1)
        {
            units.Sort((a, b) => a.Owner != b.Owner ? OwnerOrder(a.Owner).CompareTo(OwnerOrder(b.Owner)) : a.Start.CompareTo(b.Start));
        }

        return units;

        void Add(ScopeUnit unit)
        {
            if (seen.Add((unit.Owner, unit.Start, unit.Length)))
            {
                units.Add(unit);
            }
        }
    }

    /// <summary>Maps a placeholder offset to the content of the code span it replaces (without the backticks).</summary>
    private static Func<int, string?>? CodeTextOf(ProseBlock block, string source)
    {
        if (!block.Inlines.Any(r => r.Kind == InlineKind.Code))
        {
            return null;
        }

        return offset =>
        {
            foreach (var range in block.Inlines)
            {
                if (range.Kind == InlineKind.Code && range.Span.Start == offset)
                {
                    var span = block.ToSource(range.Span);
                    return source.Substring(span.Start, span.Length).Trim('`').Trim();
                }
            }

            return null;
        };
    }

    private static int OwnerOrder(int owner) => owner == ScopeUnit.RawOwner ? int.MinValue : owner;

    private static bool FormatMatches(string format, DocumentFormat documentFormat) => format switch
    {
        "md" or "markdown" or "mdx" => documentFormat == DocumentFormat.Markdown,
        "txt" => documentFormat == DocumentFormat.PlainText,
        _ => false,
    };

    private static InlineKind? InlineKindOf(string name) => name switch
    {
        "link" => InlineKind.Link,
        "strong" => InlineKind.Strong,
        "emphasis" => InlineKind.Emphasis,
        "code" => InlineKind.Code,
        "alt" => InlineKind.Image,
        _ => null,
    };

    /// <summary>Whether a term holds for a block; unit-choosing terms (sentence, inline scopes) hold for every block.</summary>
    private static bool BlockTermHolds(ScopeTerm term, ProseBlock block)
    {
        var holds = term.Name switch
        {
            "text" or "summary" or "comment" or "comment.line" or "comment.block" => true,
            "sentence" => block.Kind != ProseBlockKind.Heading,
            "link" or "strong" or "emphasis" or "code" or "alt" => true,
            "heading" => block.Kind == ProseBlockKind.Heading,
            "paragraph" => block.Kind == ProseBlockKind.Paragraph && !block.InList,
            "list" => block.InList,
            "blockquote" => block.InBlockQuote,
            "table" or "table.cell" => block.Kind == ProseBlockKind.TableCell,
            _ when term.Name.StartsWith("heading.h", StringComparison.Ordinal) =>
                block.Kind == ProseBlockKind.Heading && block.HeadingLevel == term.Name[^1] - '0',
            _ => false,
        };
        return term.Negated ? !holds : holds;
    }
}

/// <summary>Per-document cache of scope units, shared by all rule files with the same scope.</summary>
public sealed class ScopeUnitCache : IDocumentAnalysis<ScopeUnitCache>
{
    private readonly Dictionary<string, IReadOnlyList<ScopeUnit>> _units = new(StringComparer.Ordinal);

    public static ScopeUnitCache Create(AnalysisContext context) => new();

    public IReadOnlyList<ScopeUnit> Get(ScopeSelector selector, Func<IReadOnlyList<ScopeUnit>> compute)
    {
        var key = selector.ToString();
        lock (_units)
        {
            if (_units.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var units = compute();
        lock (_units)
        {
            _units[key] = units;
        }

        return units;
    }
}
