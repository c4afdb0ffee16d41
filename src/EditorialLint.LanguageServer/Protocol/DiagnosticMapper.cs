using System.Text.Json;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;
using CoreDiagnostic = EditorialLint.Core.Diagnostics.Diagnostic;
using CoreTextEdit = EditorialLint.Core.Diagnostics.TextEdit;
using CoreTextSpan = EditorialLint.Core.Text.TextSpan;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>Converts Core diagnostics, spans and edits to LSP structures for one document text.</summary>
public sealed class DiagnosticMapper(LineIndex lines, string encoding, int offsetShift = 0)
{
    public const string Source = "editorial-lint";

    public Range ToRange(CoreTextSpan span) =>
        new(lines.GetPosition(span.Start + offsetShift, encoding), lines.GetPosition(span.End + offsetShift, encoding));

    /// <summary>The source span a range denotes, in the coordinates of the Core document.</summary>
    public CoreTextSpan ToSpan(Range range)
    {
        var start = Math.Max(0, lines.GetOffset(range.Start, encoding) - offsetShift);
        var end = Math.Max(start, lines.GetOffset(range.End, encoding) - offsetShift);
        return CoreTextSpan.FromBounds(start, end);
    }

    public int ToOffset(Position position) => Math.Max(0, lines.GetOffset(position, encoding) - offsetShift);

    public TextEdit ToEdit(CoreTextEdit edit) => new(ToRange(edit.Span), edit.NewText);

    public LspDiagnostic ToLsp(CoreDiagnostic diagnostic) => new()
    {
        Range = ToRange(diagnostic.Span),
        Severity = ToLspSeverity(diagnostic.Severity),
        Code = diagnostic.RuleId,
        CodeDescription = new CodeDescription(diagnostic.Rule.HelpUri.ToString()),
        Source = Source,
        Message = diagnostic.Message,
        Data = LspJson.ToElement(new DiagnosticData(
            diagnostic.RuleId,
            [.. diagnostic.Fixes.Select(f => new FixData(f.Title, f.IsSafe, [.. f.Edits.Select(ToEdit)]))])),
    };

    public static int ToLspSeverity(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Information,
        _ => DiagnosticSeverity.Hint,
    };
}

/// <summary>The <c>data</c> of every published diagnostic: its rule and fixes as ready-to-apply edits.</summary>
public sealed record DiagnosticData(string RuleId, IReadOnlyList<FixData> Fixes);

public sealed record FixData(string Title, bool IsSafe, IReadOnlyList<TextEdit> Edits);
