using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>Builds the Core linter for the current settings, once per configuration generation.</summary>
public sealed class LinterProvider(LanguageServerSession session)
{
    private readonly object gate = new();
    private Linter? linter;

    public Linter For(string documentPath)
    {
        lock (gate)
        {
            return linter ??= Linter.CreateDefault(OptionsFrom(session.Settings));
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            linter = null;
        }
    }

    /// <summary>
    /// The accept.txt that "add to vocabulary" appends to, in Vale's layout
    /// (&lt;StylesPath&gt;/config/vocabularies/&lt;Name&gt;/accept.txt) under the workspace root, or the
    /// document's folder when there is no workspace.
    /// </summary>
    public string VocabularyFileFor(string documentPath)
    {
        var root = session.RootPath ?? Path.GetDirectoryName(Path.GetFullPath(documentPath)) ?? Directory.GetCurrentDirectory();
        return Path.Combine(root, "styles", "config", "vocabularies", "EditorialLint", "accept.txt");
    }

    public static LintOptions OptionsFrom(ServerSettings settings) => new()
    {
        PublishedOverride = settings.PublicationDate,
        MinSeverity = SeverityNames.TryParse(settings.MinSeverity, out var minimum) ? minimum : Severity.Info,
    };
}
