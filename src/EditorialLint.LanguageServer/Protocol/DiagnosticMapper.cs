using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;
using CoreDiagnostic = EditorialLint.Core.Diagnostics.Diagnostic;
using CoreTextEdit = EditorialLint.Core.Diagnostics.TextEdit;

namespace EditorialLint.LanguageServer.Protocol;

/// <summary>Converts Core diagnostics and edits to LSP structures for one document version.</summary>
public sealed class DiagnosticMapper(PositionMapper positions)
{
    public const string Source = "editorial-lint";

    /// <summary>The code of diagnostics that report a broken configuration or rule file.</summary>
    public const string ConfigurationProblemCode = "EditorialLint.Configuration";

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

    /// <summary>A broken configuration or rule file, as a diagnostic on that file (its line, or line 1).</summary>
    public LspDiagnostic ToLsp(ConfigurationException problem)
    {
        var text = positions.Text;
        var line = Math.Clamp(problem.Line - 1, 0, Math.Max(0, text.LineCount - 1));
        var lineSpan = text.GetLineSpan(line);
        var start = Math.Min(lineSpan.End, lineSpan.Start + Math.Max(0, problem.Column - 1));
        return new LspDiagnostic
        {
            Range = positions.ToRange(TextSpan.FromBounds(start, Math.Max(start, lineSpan.End))),
            Severity = DiagnosticSeverity.Error,
            Code = ConfigurationProblemCode,
            Source = Source,
            Message = $"{problem.Problem}. Fix: {problem.Fix}",
        };
    }

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
