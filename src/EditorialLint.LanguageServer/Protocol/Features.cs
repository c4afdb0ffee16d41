using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialLint.LanguageServer.Protocol;

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics, IReadOnlyList<string>? Only);

public sealed record CodeAction
{
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }
    public bool? IsPreferred { get; init; }
    public WorkspaceEdit? Edit { get; init; }
    public Command? Command { get; init; }
}

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Source = "source";
    public const string SourceFixAll = "source.fixAll";
    public const string FixAllEditorialLint = "source.fixAll.editorial-lint";
}

public sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record ConfigurationItem(string? ScopeUri, string? Section);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record FileEvent(string Uri, int Type);

public static class FileChangeType
{
    public const int Created = 1;
    public const int Changed = 2;
    public const int Deleted = 3;
}

public sealed record ExecuteCommandParams(string Command, IReadOnlyList<JsonElement>? Arguments);

public sealed record ApplyWorkspaceEditParams(string? Label, WorkspaceEdit Edit);

public sealed record ApplyWorkspaceEditResult(bool Applied, string? FailureReason);

/// <summary>Parameters of the custom request <c>editorialLint/documentInfo</c>.</summary>
public sealed record DocumentInfoParams(TextDocumentIdentifier TextDocument);

/// <summary>Result of <c>editorialLint/documentInfo</c>; both fields are always present, null when unknown.</summary>
public sealed record DocumentInfo(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublicationDate,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? PublicationDateSource);
