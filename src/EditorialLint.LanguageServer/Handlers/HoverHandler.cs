using System.Globalization;
using System.Text;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/hover</c>: on a recognised date, its resolution against the publication date; on a
/// flagged range, the explanation of the rules flagged there. All the text comes from Core.
/// </summary>
public sealed class HoverHandler(LanguageServerSession session, DocumentAnalyzer analyzer)
{
    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public async Task<Hover?> Hover(HoverParams parameters, CancellationToken cancellationToken)
    {
        session.EnsureInitialized();
        if (parameters.Position is null || await analyzer.AnalyzeOpenAsync(parameters.TextDocument, cancellationToken).ConfigureAwait(false) is not { } analysis)
        {
            return null;
        }
        var offset = analysis.Mapper.Positions.ToOffset(parameters.Position);
        var text = new StringBuilder();
        var spans = new List<TextSpan>();

        if (DateAt(analysis, offset) is { } date)
        {
            text.Append("**").Append(date.Text).Append("**: ").Append(date.Describe(analysis.Result.PublicationDate));
            if (analysis.Result.PublicationDate is { } published)
            {
                text.Append("; published ").Append(published.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture))
                    .Append(" (").Append(published.Description).Append(')');
            }
            spans.Add(date.SourceSpan);
        }

        var flagged = analysis.Result.Diagnostics.Where(d => d.Span.Start <= offset && offset <= d.Span.End).ToList();
        foreach (var rule in flagged.Select(d => d.Rule).DistinctBy(r => r.Id))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n---\n\n");
            }
            text.Append("**").Append(rule.Title).Append("** (`").Append(rule.Id).Append("`)\n\n");
            text.Append(rule.Explanation.Trim()).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(rule.Example))
            {
                text.Append("Example: ").Append(rule.Example.Trim()).Append("\n\n");
            }
            text.Append("[Rule documentation](").Append(rule.HelpUri.AbsoluteUri).Append(')');
        }
        spans.AddRange(flagged.Select(d => d.Span));

        if (spans.Count == 0)
        {
            return null;
        }
        var range = TextSpan.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
        return new Hover(new MarkupContent(MarkupContent.Markdown, text.ToString()), analysis.Mapper.Positions.ToRange(range));
    }

    private static DateOccurrence? DateAt(DocumentAnalysis analysis, int offset)
    {
        // The analysis is shared between requests; the date model is built at most once.
        lock (analysis)
        {
            return analysis.Result.Context.Get<DateAnalysis>().FindAt(offset);
        }
    }
}
