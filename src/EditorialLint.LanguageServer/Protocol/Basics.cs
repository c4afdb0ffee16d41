using System.Text.Json;
using System.Text.Json.Serialization;

namespace EditorialLint.LanguageServer.Protocol;

// Small, typed subset of the LSP 3.17 structures the server uses. Property names follow the
// specification through the camelCase naming policy in LspJson.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextEdit(Range Range, string NewText);

public sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

public sealed record WorkspaceEdit
{
    public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; init; }
    public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }
}

public sealed record Command(
    string Title,
    [property: JsonPropertyName("command")] string CommandName,
    IReadOnlyList<JsonElement>? Arguments);

public sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

/// <summary>The position encodings of LSP 3.17 (<c>general.positionEncodings</c>).</summary>
public static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";

    public static Core.Text.PositionEncoding ToCore(string kind) => kind switch
    {
        Utf8 => Core.Text.PositionEncoding.Utf8,
        Utf32 => Core.Text.PositionEncoding.Utf32,
        _ => Core.Text.PositionEncoding.Utf16,
    };
}

/// <summary>Error codes the server answers with.</summary>
public static class LspErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
    public const int ServerCancelled = -32802;
}

public static class LspJson
{
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            AllowTrailingCommas = true,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        return options;
    }

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
