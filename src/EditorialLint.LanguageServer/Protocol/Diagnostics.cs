using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialLint.LanguageServer.Protocol;

public sealed record LspDiagnostic
{
    public required Range Range { get; init; }
    public int Severity { get; init; }
    public string? Code { get; init; }
    public CodeDescription? CodeDescription { get; init; }
    public string? Source { get; init; }
    public required string Message { get; init; }
    public JsonElement? Data { get; init; }
}

public static class DiagnosticSeverity
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}

public sealed record CodeDescription(string Href);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A full or unchanged document diagnostic report (<c>kind</c> "full" / "unchanged").</summary>
public sealed record DocumentDiagnosticReport
{
    public required string Kind { get; init; }
    public string? ResultId { get; init; }
    public IReadOnlyList<LspDiagnostic>? Items { get; init; }

    public static DocumentDiagnosticReport Full(string resultId, IReadOnlyList<LspDiagnostic> items) =>
        new() { Kind = "full", ResultId = resultId, Items = items };

    public static DocumentDiagnosticReport Unchanged(string resultId) => new() { Kind = "unchanged", ResultId = resultId };
}

/// <summary>Error data of a cancelled pull: the client should ask again.</summary>
public sealed record DiagnosticServerCancellationData(bool RetriggerRequest);

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams(string? Identifier, IReadOnlyList<PreviousResultId>? PreviousResultIds);

public sealed record WorkspaceDocumentDiagnosticReport
{
    public required string Kind { get; init; }
    public string? ResultId { get; init; }
    public IReadOnlyList<LspDiagnostic>? Items { get; init; }
    public required string Uri { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version { get; init; }
}

public sealed record WorkspaceDiagnosticReport(IReadOnlyList<WorkspaceDocumentDiagnosticReport> Items);
