using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Dates;

/// <summary>A temporal expression of the document, placed in its block and in the source.</summary>
public sealed record DateOccurrence(DateMention Mention, ProseBlock Block, TextSpan SourceSpan)
{
    public TextSpan ProseSpan => new(Mention.Start, Mention.Length);

    public TemporalKind Kind => Mention.Kind;

    public TemporalExpression Expression => Mention.Expression;

    /// <summary>The day or interval it names, read against the publication date; null when it cannot be placed.</summary>
    public DateInterval? Resolution => Mention.Resolution;

    /// <summary>The written style ("D Mon YYYY", "Month D") of a date with a day or of a month-year; null otherwise.</summary>
    public DateStyle? Style => Mention.Expression.Style;

    public string Text => Mention.Text;

    /// <summary>Hover text: "Friday 30 January 2026, 5 days before publication".</summary>
    public string Describe(PublicationDate? publication) => Mention.Describe(publication?.Date);
}

/// <summary>
/// The temporal model of one document, computed once and shared by the Dates rules and the language server's
/// hover: every temporal expression with its block, prose and source ranges, kind, style, tense, frame and
/// resolution against the publication date.
/// </summary>
public sealed class DateAnalysis : IDocumentAnalysis<DateAnalysis>
{
    private DateAnalysis(DateModel model, ImmutableArray<BlockAnalysis> blocks, PublicationDate? publication)
    {
        Model = model;
        Blocks = blocks;
        PublicationDate = publication;
        var occurrences = ImmutableArray.CreateBuilder<DateOccurrence>(model.Mentions.Length);
        foreach (var m in model.Mentions)
        {
            var block = blocks[m.BlockIndex].Block;
            occurrences.Add(new DateOccurrence(m, block, block.ToSource(m.Start, m.Length)));
        }

        Occurrences = occurrences.MoveToImmutable();
    }

    public DateModel Model { get; }

    public PublicationDate? PublicationDate { get; }

    /// <summary>All temporal expressions in document order.</summary>
    public ImmutableArray<DateOccurrence> Occurrences { get; }

    private ImmutableArray<BlockAnalysis> Blocks { get; }

    public static DateAnalysis Create(AnalysisContext context)
    {
        if (!context.KeepsBlockParts)
        {
            return Create(context.Blocks, context.PublicationDate);
        }

        // Editor: each block's mentions are kept between versions, keyed by its index, text and the reference date.
        var blocks = context.Blocks;
        var publication = context.PublicationDate;
        var model = DateModel.Build(blocks.Length,
            b => context.BlockPart(blocks[b], "dates", (b, publication?.Date), () => DateModel.BlockMentions(b, blocks[b].Text, blocks[b].Sentences, publication?.Date)),
            publication?.Date, publication?.Description, referenceFromMetadata: publication?.Source == PublicationDateSource.FrontMatter);
        return new DateAnalysis(model, blocks, publication);
    }

    public static DateAnalysis Create(ImmutableArray<BlockAnalysis> blocks, PublicationDate? publication)
    {
        var texts = new string[blocks.Length];
        var sentences = new ImmutableArray<TextSpan>[blocks.Length];
        for (var i = 0; i < blocks.Length; i++)
        {
            texts[i] = blocks[i].Text;
            sentences[i] = blocks[i].Sentences;
        }

        var model = DateModel.Build(texts, sentences, publication?.Date, publication?.Description,
            referenceFromMetadata: publication?.Source == PublicationDateSource.FrontMatter);
        return new DateAnalysis(model, blocks, publication);
    }

    /// <summary>The expression at a source offset (its end counts, for a caret just after it), or null.</summary>
    public DateOccurrence? FindAt(int sourceOffset)
    {
        DateOccurrence? touching = null;
        foreach (var o in Occurrences)
        {
            if (o.SourceSpan.Start > sourceOffset)
            {
                break;
            }

            if (sourceOffset < o.SourceSpan.End)
            {
                return o;
            }

            if (sourceOffset == o.SourceSpan.End)
            {
                touching = o;
            }
        }

        return touching;
    }

    /// <summary>Runs a date check on the document's model and reports its findings as diagnostics of <paramref name="rule"/>.</summary>
    public static void Run(AnalysisContext context, RuleDescriptor rule, Func<DateModel, IEnumerable<DateFinding>> check)
    {
        var dates = context.Get<DateAnalysis>();
        foreach (var finding in check(dates.Model))
        {
            dates.Report(context, rule, finding);
        }
    }

    /// <summary>Reports a date check's finding as a diagnostic of <paramref name="rule"/>, with its fixes.</summary>
    public void Report(AnalysisContext context, RuleDescriptor rule, DateFinding finding)
    {
        var block = Blocks[finding.BlockIndex];
        var fixes = finding.Fixes
            .Select(f => Fix.Replace(f.Title, Blocks[f.BlockIndex].Block, new TextSpan(f.Start, f.Length), f.NewText))
            .ToArray();
        context.Report(rule, block, new TextSpan(finding.Start, finding.Length), finding.Message, fixes);
    }
}
