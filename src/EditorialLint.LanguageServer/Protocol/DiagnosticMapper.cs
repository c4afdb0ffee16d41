using EditorialLint.Core.Diagnostics;
using CoreDiagnostic = EditorialLint.Core.Diagnostics.Diagnostic;
using CoreTextEdit = EditorialLint.Core.Diagnostics.TextEdit;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>Converts Core diagnostics and edits to LSP structures for one document version.</summary>
public sealed class DiagnosticMapper(PositionMapper positions)
{
    public const string Source = "editorial-lint";

    public PositionMapper Positions => positions;

    public TextEdit ToEdit(CoreTextEdit edit) => new(positions.ToRange(edit.Span), edit.NewText);

    public LspDiagnostic ToLsp(CoreDiagnostic diagnostic) => new()
    {
        Range = positions.ToRange(diagnostic.Span),
        Severity = ToLspSeverity(diagnostic.Severity),
        Code = diagnostic.RuleId,
        CodeDescription = new CodeDescription(diagnostic.Rule.HelpUri.AbsoluteUri),
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
