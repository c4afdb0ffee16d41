using System.Text.Json;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Fixing;
using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;
using CoreDiagnostic = EditorialLint.Core.Diagnostics.Diagnostic;
using TextEdit = EditorialLint.LanguageServer.Protocol.TextEdit;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/codeAction</c>: the rules' fixes as quick fixes, "add to vocabulary" for spelling,
/// inline-comment suppressions for the line or the file, and a fix-all source action.
/// </summary>
public sealed class CodeActionHandler(LanguageServerSession session, DocumentAnalyzer analyzer)
{
    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<IReadOnlyList<CodeAction>> CodeAction(CodeActionParams parameters, CancellationToken cancellationToken)
    {
        session.EnsureInitialized();
        if (parameters.Range is null || await analyzer.AnalyzeOpenAsync(parameters.TextDocument, cancellationToken).ConfigureAwait(false) is not { } analysis)
        {
            return [];
        }
        var only = parameters.Context?.Only;
        var actions = new List<CodeAction>();
        if (Wants(only, CodeActionKind.QuickFix))
        {
            var range = analysis.Mapper.Positions.ToSpan(parameters.Range);
            var diagnostics = analysis.Result.Diagnostics;
            for (var i = 0; i < diagnostics.Length; i++)
            {
                var diagnostic = diagnostics[i];
                if (diagnostic.Span.Start <= range.End && range.Start <= diagnostic.Span.End)
                {
                    AddQuickFixes(actions, analysis, diagnostic, analysis.Diagnostics[i]);
                }
            }
        }
        if (Wants(only, CodeActionKind.FixAllEditorialLint) && FixAll(analysis) is { } fixAll)
        {
            actions.Add(fixAll);
        }
        return actions;
    }

    /// <summary>True when the client asked for no particular kinds, or for this kind or a parent of it.</summary>
    public static bool Wants(IReadOnlyList<string>? only, string kind) =>
        only is null || only.Count == 0 || only.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));

    private void AddQuickFixes(List<CodeAction> actions, DocumentAnalysis analysis, CoreDiagnostic diagnostic, LspDiagnostic lsp)
    {
        var fixes = diagnostic.Fixes;
        foreach (var fix in fixes)
        {
            actions.Add(new CodeAction
            {
                Title = fix.Title,
                Kind = CodeActionKind.QuickFix,
                Diagnostics = [lsp],
                IsPreferred = fixes.Length == 1 ? true : null,
                Edit = Edit(analysis.Snapshot, [.. fix.Edits.Select(analysis.Mapper.ToEdit)]),
            });
        }
        var source = analysis.Result.Document.Source.Text;
        if (diagnostic.Rule.Family == "Spelling" && diagnostic.Span.Length > 0 && analyzer.Linters.VocabularyFileFor(analysis.Snapshot.Path) is not null)
        {
            var word = source.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
            if (!word.Any(char.IsWhiteSpace))
            {
                actions.Add(new CodeAction
                {
                    Title = $"Add \"{word}\" to the vocabulary",
                    Kind = CodeActionKind.QuickFix,
                    Diagnostics = [lsp],
                    Command = new Command($"Add \"{word}\" to the vocabulary", ServerCommands.AddToVocabulary,
                        [JsonSerializer.SerializeToElement(analysis.Snapshot.Uri), JsonSerializer.SerializeToElement(word)]),
                });
            }
        }
        // Control comments are HTML comments: only Markdown has them.
        if (analysis.Result.Document.Format != DocumentFormat.Markdown)
        {
            return;
        }
        var suppressions = new InlineSuppressions(analysis);
        actions.Add(new CodeAction
        {
            Title = $"Disable {diagnostic.RuleId} for this line",
            Kind = CodeActionKind.QuickFix,
            Diagnostics = [lsp],
            Edit = Edit(analysis.Snapshot, [suppressions.DisableNextLine(diagnostic)]),
        });
        actions.Add(new CodeAction
        {
            Title = $"Disable {diagnostic.RuleId} for this file",
            Kind = CodeActionKind.QuickFix,
            Diagnostics = [lsp],
            Edit = Edit(analysis.Snapshot, [suppressions.DisableForFile(diagnostic)]),
        });
    }

    /// <summary>Every safe fix that can be applied together, chosen by the same policy as <c>--fix</c> (Core's SafeFixer).</summary>
    private CodeAction? FixAll(DocumentAnalysis analysis)
    {
        var plan = SafeFixer.Plan(analysis.Result.Document.Source, analysis.Result.Diagnostics);
        if (plan.IsEmpty)
        {
            return null;
        }

        return new CodeAction
        {
            Title = "Apply every safe editorial-lint fix",
            Kind = CodeActionKind.FixAllEditorialLint,
            Edit = Edit(analysis.Snapshot, [.. plan.Edits.OrderBy(e => e.Span.Start).Select(analysis.Mapper.ToEdit)]),
        };
    }

    private WorkspaceEdit Edit(DocumentSnapshot snapshot, IReadOnlyList<TextEdit> edits) =>
        session.Capabilities.WorkspaceHas("workspaceEdit", "documentChanges")
            ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new OptionalVersionedTextDocumentIdentifier(snapshot.Uri, snapshot.Version), edits)] }
            : new WorkspaceEdit { Changes = new Dictionary<string, IReadOnlyList<TextEdit>> { [snapshot.Uri] = edits } };
}
