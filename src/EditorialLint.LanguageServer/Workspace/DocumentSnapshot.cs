using EditorialLint.Core.Text;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>One version of an open document: the unsaved buffer as the client last described it.</summary>
public sealed class DocumentSnapshot
{
    private SourceText? source;

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

    /// <summary>The text with its line index, built on first use (a burst of edits only pays for the ones that need it).</summary>
    public SourceText Source => source ??= SourceText.From(Text);

    /// <summary>The local file path for <c>file:</c> URIs, otherwise the URI itself.</summary>
    public string Path => DocumentUris.ToPath(Uri);

    public DocumentSnapshot WithText(int version, string text) => new(Uri, LanguageId, version, text);
}
