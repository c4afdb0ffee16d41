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

    public static LintOptions OptionsFrom(ServerSettings settings) => new()
    {
        PublishedOverride = settings.PublicationDate,
        MinSeverity = settings.MinSeverity is { } name ? SeverityNames.Parse(name) : Severity.Info,
    };
}
