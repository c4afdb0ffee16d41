using System.Text.Json;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace EditorialLint.LanguageServer.Handlers;

/// <summary><c>workspace/executeCommand</c> for the commands listed in <see cref="ServerCommands"/>.</summary>
public sealed class CommandHandler(LanguageServerSession session, DocumentAnalyzer analyzer, DiagnosticsPipeline pipeline)
{
    [JsonRpcMethod("workspace/executeCommand", UseSingleObjectParameterDeserialization = true)]
    public object? ExecuteCommand(ExecuteCommandParams parameters)
    {
        session.EnsureInitialized();
        switch (parameters.Command)
        {
            case ServerCommands.AddToVocabulary:
                var arguments = parameters.Arguments ?? [];
                if (arguments.Count != 2 || arguments[0].ValueKind != JsonValueKind.String || arguments[1].ValueKind != JsonValueKind.String
                    || string.IsNullOrWhiteSpace(arguments[1].GetString()))
                {
                    throw new LocalRpcException($"{ServerCommands.AddToVocabulary} takes a document URI and a word.") { ErrorCode = LspErrorCodes.InvalidParams };
                }
                AddToVocabulary(arguments[0].GetString()!, arguments[1].GetString()!.Trim());
                return null;
            default:
                throw new LocalRpcException($"Unknown command {parameters.Command}.") { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }

    private void AddToVocabulary(string uri, string word)
    {
        var file = analyzer.Linters.VocabularyFileFor(DocumentUris.ToPath(uri))
            ?? throw new LocalRpcException("The document's configuration names no vocabulary (Vale's Vocab / vocabularies).") { ErrorCode = LspErrorCodes.RequestFailed };
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var existing = File.Exists(file) ? File.ReadAllText(file) : "";
            if (existing.Split('\n').Any(line => line.Trim() == word))
            {
                return;
            }
            var separator = existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "";
            File.AppendAllText(file, separator + word + "\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LocalRpcException($"Could not write {file}: {ex.Message}") { ErrorCode = LspErrorCodes.RequestFailed };
        }
        session.Log(MessageType.Info, $"Added \"{word}\" to {file}");
        pipeline.ConfigurationChanged();
    }
}
