using System.Text;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary><c>textDocument/hover</c>: the explanation of the rules flagged at the position.</summary>
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
        var flagged = analysis.Result.Diagnostics.Where(d => d.Span.Start <= offset && offset <= d.Span.End).ToList();
        if (flagged.Count == 0)
        {
            return null;
        }
        var text = new StringBuilder();
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
            text.Append('[').Append("Rule documentation").Append("](").Append(rule.HelpUri).Append(')');
        }
        var start = flagged.Min(d => d.Span.Start);
        var end = flagged.Max(d => d.Span.End);
        return new Hover(new MarkupContent(MarkupContent.Markdown, text.ToString()),
            analysis.Mapper.Positions.ToRange(EditorialLint.Core.Text.TextSpan.FromBounds(start, end)));
    }
}
