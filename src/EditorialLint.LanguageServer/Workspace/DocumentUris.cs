namespace EditorialLint.LanguageServer.Workspace;

public static class DocumentUris
{
    public static string ToPath(string uri)
    {
        if (System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return parsed.LocalPath;
        }
        return uri;
    }

    public static string FromPath(string path) => new System.Uri(System.IO.Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Compares two URIs as the same file even when clients escape them differently.</summary>
    public static bool SameFile(string left, string right) =>
        string.Equals(ToPath(left), ToPath(right), StringComparison.Ordinal);
}
