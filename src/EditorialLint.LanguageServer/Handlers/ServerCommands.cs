namespace EditorialLint.LanguageServer.Handlers;

/// <summary>Commands the server executes through <c>workspace/executeCommand</c>.</summary>
public static class ServerCommands
{
    /// <summary>Arguments: document URI, word. Adds the word to the workspace vocabulary and re-lints.</summary>
    public const string AddToVocabulary = "editorialLint.addToVocabulary";

    public static IReadOnlyList<string> All { get; } = [AddToVocabulary];
}
