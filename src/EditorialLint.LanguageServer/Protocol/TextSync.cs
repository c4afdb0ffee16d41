namespace EditorialLint.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument,
    IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

/// <summary>Either an incremental change (with <see cref="Range"/>) or the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text)
{
    public int? RangeLength { get; init; }
}

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);
