using EditorialLint.Core.Spelling;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Rules.Kinds;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// A rule loaded from a YAML rule file, as an <see cref="IRule"/>: its scope is resolved to units, its compiled
/// kind finds the matches, and each finding becomes a <see cref="Diagnostic"/> whose span comes from the block's
/// offset map. Replacements (substitution, <c>action</c>) become quick fixes. Stateless and thread-safe.
/// </summary>
public sealed class RuleFileRule : IRule
{
    private readonly CompiledRuleKind _kind;
    private readonly List<(string Key, Regex Pattern)> _metadata = [];
    private readonly CombinedLiterals? _literals;
    private readonly int _slot;

    /// <summary>
    /// A rule over a compiled kind; a kind with literal needs joins <paramref name="literals"/> (shared by the rules of
    /// one configuration so a document is scanned once for all of them), or a matcher of its own when none is given.
    /// </summary>
    public RuleFileRule(RuleDefinition definition, CompiledRuleKind kind, CombinedLiterals? literals = null)
    {
        Definition = definition;
        _kind = kind;
        if (kind.Needs is { } needs)
        {
            _literals = literals ?? new CombinedLiterals();
            _slot = _literals.Register(needs);
        }

        Descriptor = new RuleDescriptor(definition.Id, TitleOf(definition), definition.Level,
            ExplanationOf(definition), ExampleOf(definition), enabledByDefault: true, sourceFile: definition.SourceFile);
        foreach (var condition in definition.Metadata)
        {
            _metadata.Add((condition.Key, ValeRegex.Compile(condition.Pattern)));
        }
    }

    public RuleDefinition Definition { get; }

    public RuleDescriptor Descriptor { get; }

    /// <summary>Compiles a definition (regexes, formulas) once; throws a located error for a bad rule.</summary>
    public static RuleFileRule Compile(RuleDefinition definition, Vocabulary vocabulary, CombinedLiterals? literals = null)
    {
        var kind = CompiledRuleKind.Compile(definition, vocabulary);
        foreach (var condition in definition.Metadata)
        {
            try
            {
                ValeRegex.Compile(condition.Pattern);
            }
            catch (ArgumentException e)
            {
                var (line, column) = definition.KeyPositions.TryGetValue("metadata", out var p) ? p : (1, 1);
                throw new Configuration.ConfigurationException(definition.SourceFile, line, column,
                    $"invalid regular expression for metadata '{condition.Key}': {e.Message}", "correct the pattern", e);
            }
        }

        return new RuleFileRule(definition, kind, literals);
    }

    public void Analyze(AnalysisContext context)
    {
        if (!MetadataHolds(context))
        {
            return;
        }

        var rawText = context.Document.Source.Text;
        var units = ScopeResolver.CachedUnits(_kind.IsDocumentLevel ? ScopeSelector.Text : Definition.Scope, context, rawText);
        var candidates = _literals?.Candidates(_slot, units, context, _kind.NeedsStartMatches);
        if (candidates is { Count: 0 })
        {
            return;
        }

        var hits = new List<KindHit>();
        try
        {
            if (candidates is not null)
            {
                _kind.Run(candidates, Counts(context), hits);
            }
            else
            {
                _kind.Run(units, Counts(context), hits);
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            context.Report(new Diagnostic(Descriptor, new TextSpan(0, 0),
                $"{Definition.Id} stopped: its pattern took longer than {e.MatchTimeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms on this text; simplify the pattern in {Definition.SourceFile}",
                Severity.Warning, ImmutableArray<Fix>.Empty));
            return;
        }

        var reported = 0;
        foreach (var hit in hits)
        {
            if (Definition.Limit > 0 && reported >= Definition.Limit)
            {
                break;
            }

            var span = SourceSpan(context.Document, hit);
            var fixes = hit.Replacements
                .Select(r => Fix.Replace(r.Length == 0 ? "Remove" : $"Replace with '{r}'", span, r))
                .ToImmutableArray();
            context.Report(new Diagnostic(Descriptor, span, hit.Message, Descriptor.DefaultSeverity, fixes));
            reported++;
        }
    }

    private static TextSpan SourceSpan(Document document, KindHit hit)
    {
        if (hit.IsDocumentLevel)
        {
            return new TextSpan(0, 0);
        }

        if (hit.Unit.Owner == ScopeUnit.RawOwner)
        {
            var start = Math.Clamp(hit.Start, 0, document.Source.Length);
            return new TextSpan(start, Math.Clamp(hit.Length, 0, document.Source.Length - start));
        }

        return document.Blocks[hit.Unit.Owner].ToSource(hit.Start, hit.Length);
    }

    private bool MetadataHolds(AnalysisContext context)
    {
        foreach (var (key, pattern) in _metadata)
        {
            string? value = null;
            if (string.Equals(key, "published", StringComparison.OrdinalIgnoreCase))
            {
                value = context.PublicationDate?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            else if (context.Document.FrontMatter is { } frontMatter && frontMatter.Scalars.TryGetValue(key, out var scalar))
            {
                value = scalar;
            }

            if (value is null || !pattern.IsMatch(value))
            {
                return false;
            }
        }

        return true;
    }

    private static DocumentCounts Counts(AnalysisContext context)
    {
        var headings = new int[6];
        int paragraphs = 0, lists = 0, quotes = 0;
        foreach (var block in context.Document.Blocks)
        {
            if (block.Kind == ProseBlockKind.Heading && block.HeadingLevel is >= 1 and <= 6)
            {
                headings[block.HeadingLevel - 1]++;
            }
            else if (block.Kind == ProseBlockKind.Paragraph)
            {
                paragraphs++;
                lists += block.InList ? 1 : 0;
                quotes += block.InBlockQuote ? 1 : 0;
            }
        }

        return new DocumentCounts(paragraphs, lists, quotes, 0, headings);
    }

    private static string TitleOf(RuleDefinition d)
    {
        var text = string.IsNullOrWhiteSpace(d.Message) ? d.Description ?? string.Empty : d.Message;
        text = text.Replace("'%s'", "…").Replace("\"%s\"", "…").Replace("%s", "…").Trim();
        var firstLine = text.Split('\n')[0].Trim();
        var sentenceEnd = firstLine.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd > 0)
        {
            firstLine = firstLine[..sentenceEnd];
        }

        firstLine = firstLine.TrimEnd('.', ' ');
        return firstLine.Length > 0 ? firstLine : $"{d.Name} ({d.Extends} rule)";
    }

    private static string ExplanationOf(RuleDefinition d)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(d.Description))
        {
            parts.Add(d.Description.Trim());
        }

        parts.Add($"Defined in {d.SourceFile} (extends: {d.Extends}" + (d.Scope == ScopeSelector.Text ? ")." : $"; scope: {d.Scope})."));
        if (d.Link is not null)
        {
            parts.Add("More: " + d.Link);
        }

        return string.Join(" ", parts);
    }

    private static string ExampleOf(RuleDefinition d)
    {
        var test = d.Tests.FirstOrDefault(t => t.Expect.Count > 0);
        return test is null ? string.Empty : $"\"{test.Input.Trim()}\" is flagged at {string.Join(", ", test.Expect.Select(e => $"\"{e}\""))}";
    }
}

/// <summary>
/// Documents over source code and other non-prose formats: the prose blocks come from the masked text
/// (<see cref="CodeComments"/>), whose offsets equal the file's, while the document's source stays the file as
/// written, so excerpts, fixes and <c>scope: raw</c> see the real text.
/// </summary>
public static class CodeDocuments
{
    /// <summary>Builds a plain-text document over the comments (or prose) of a file, keeping every offset.</summary>
    public static Document Parse(string path, string text, string extension, Document? decoded = null)
    {
        var hasBom = (decoded?.HasBom ?? false) || (text.Length > 0 && text[0] == '\uFEFF');
        if (hasBom)
        {
            text = text[1..];
        }

        var masked = CodeComments.Mask(text, extension) ?? throw new ArgumentException($"'{extension}' is not a known code format", nameof(extension));
        var prose = Document.Parse(path, masked, DocumentFormat.PlainText);
        var notices = decoded is null ? prose.Notices : decoded.Notices.AddRange(prose.Notices);
        return new Document(path, DocumentFormat.PlainText, Text.SourceText.From(text), null, prose.Blocks, prose.Comments, notices, hasBom);
    }
}
