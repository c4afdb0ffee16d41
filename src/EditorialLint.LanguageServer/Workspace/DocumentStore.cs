using System.Collections.Concurrent;
using System.Text;
using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>The open documents, keyed by URI. Every change produces a new immutable snapshot.</summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> documents = new(StringComparer.Ordinal);

    public IReadOnlyCollection<DocumentSnapshot> All => [.. documents.Values];

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var snapshot = new DocumentSnapshot(item.Uri, item.LanguageId ?? "", item.Version, item.Text ?? "");
        documents[item.Uri] = snapshot;
        return snapshot;
    }

    public bool TryGet(string uri, out DocumentSnapshot snapshot)
    {
        if (documents.TryGetValue(uri, out var found))
        {
            snapshot = found;
            return true;
        }
        snapshot = null!;
        return false;
    }

    public bool IsCurrent(DocumentSnapshot snapshot) =>
        documents.TryGetValue(snapshot.Uri, out var current) && ReferenceEquals(current, snapshot);

    /// <summary>Applies the changes in order. Returns null when the document is not open.</summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier id, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        if (!documents.TryGetValue(id.Uri, out var current))
        {
            return null;
        }
        var updated = current.WithText(id.Version, ApplyChanges(current, changes, encoding));
        documents[id.Uri] = updated;
        return updated;
    }

    public bool Close(string uri) => documents.TryRemove(uri, out _);

    public static string ApplyChanges(DocumentSnapshot snapshot, IReadOnlyList<TextDocumentContentChangeEvent> changes, PositionEncoding encoding)
    {
        var text = snapshot.Text;
        SourceText? source = snapshot.Source;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? "";
                source = null;
                continue;
            }
            var span = new PositionMapper(source ??= SourceText.From(text), encoding).ToSpan(change.Range);
            var (start, end) = (span.Start, span.End);
            text = new StringBuilder(text.Length - (end - start) + (change.Text?.Length ?? 0))
                .Append(text, 0, start)
                .Append(change.Text)
                .Append(text, end, text.Length - end)
                .ToString();
            source = null;
        }
        return text;
    }
}
