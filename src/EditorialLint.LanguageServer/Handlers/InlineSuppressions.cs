using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Workspace;
using CoreDiagnostic = EditorialLint.Core.Diagnostics.Diagnostic;
using TextEdit = EditorialLint.LanguageServer.Protocol.TextEdit;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>
/// Edits that insert the inline control comments Core's filtering honours:
/// <c>&lt;!-- editorial-lint disable-next-line Rule.Id --&gt;</c> and <c>&lt;!-- editorial-lint disable Rule.Id --&gt;</c>.
/// </summary>
public sealed class InlineSuppressions(DocumentAnalysis analysis)
{
    private readonly string text = analysis.Result.Document.Source.Text;

    public static string DisableNextLineComment(string ruleId) => $"<!-- editorial-lint disable-next-line {ruleId} -->";

    public static string DisableComment(string ruleId) => $"<!-- editorial-lint disable {ruleId} -->";

    /// <summary>A comment line above the diagnostic's line, indented like it.</summary>
    public TextEdit DisableNextLine(CoreDiagnostic diagnostic)
    {
        var lineStart = LineStart(diagnostic.Span.Start);
        var indent = 0;
        while (lineStart + indent < text.Length && text[lineStart + indent] is ' ' or '\t')
        {
            indent++;
        }
        var comment = text.Substring(lineStart, indent) + DisableNextLineComment(diagnostic.RuleId) + LineBreak;
        return Insert(lineStart, comment);
    }

    /// <summary>A comment line at the top of the file, after front matter when there is some.</summary>
    public TextEdit DisableForFile(CoreDiagnostic diagnostic)
    {
        var at = 0;
        if (analysis.Result.Document.FrontMatter is { } frontMatter)
        {
            at = LineEndAfter(frontMatter.Span.End);
        }
        return Insert(at, DisableComment(diagnostic.RuleId) + LineBreak);
    }

    private string LineBreak => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private int LineStart(int offset)
    {
        var start = Math.Min(offset, text.Length);
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }
        return start;
    }

    private int LineEndAfter(int offset)
    {
        var at = Math.Min(offset, text.Length);
        if (at > 0 && text[at - 1] is '\n')
        {
            return at;
        }
        while (at < text.Length && text[at] is not ('\n' or '\r'))
        {
            at++;
        }
        if (at < text.Length && text[at] == '\r')
        {
            at++;
        }
        if (at < text.Length && text[at] == '\n')
        {
            at++;
        }
        return at;
    }

    private TextEdit Insert(int offset, string newText)
    {
        var range = analysis.Mapper.Positions.ToRange(new TextSpan(offset, 0));
        return new TextEdit(range, newText);
    }
}
