using EditorialLint.LanguageServer.Protocol;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>One version of an open document: the unsaved buffer as the client last described it.</summary>
public sealed class DocumentSnapshot
{
    private LineIndex? lines;

    public DocumentSnapshot(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>Line index, built on first use (a burst of edits only pays for the ones that need it).</summary>
    public LineIndex Lines => lines ??= new LineIndex(Text);

    /// <summary>The local file path for <c>file:</c> URIs, otherwise the URI itself.</summary>
    public string Path => DocumentUris.ToPath(Uri);

    public DocumentSnapshot WithText(int version, string text) => new(Uri, LanguageId, version, text);
}
