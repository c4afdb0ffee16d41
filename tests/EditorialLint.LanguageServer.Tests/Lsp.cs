using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests;

/// <summary>Builders for the raw JSON messages the integration tests send.</summary>
public static class Lsp
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public static string SeedText => File.ReadAllText(Path.Combine(RepoRoot, "seeds", "000_ba0252e7096ca9a6.txt"));

    public static JsonObject WarningsOnly => new() { ["editorialLint"] = new JsonObject { ["minSeverity"] = "warning" } };

    public static JsonObject Doc(string uri) => new() { ["textDocument"] = new JsonObject { ["uri"] = uri } };

    public static JsonObject Pos(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int line, int character, int endLine, int endCharacter) =>
        new() { ["start"] = Pos(line, character), ["end"] = Pos(endLine, endCharacter) };

    public static Task OpenAsync(this LspTestClient client, string uri, string text, string languageId = "plaintext", int version = 1) =>
        client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    public static Task ChangeAsync(this LspTestClient client, string uri, int version, JsonObject? range, string text)
    {
        var change = new JsonObject { ["text"] = text };
        if (range is not null)
        {
            change["range"] = range;
        }
        return client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JsonArray(change),
        });
    }

    public static async Task<JsonNode?> ResultAsync(this LspTestClient client, string method, JsonNode? parameters)
    {
        var response = await client.RequestAsync(method, parameters);
        Assert.True(response.ContainsKey("result"), $"{method} failed: {response.ToJsonString()}");
        return response["result"];
    }

    public static IEnumerable<JsonObject> Items(JsonNode? array) => array?.AsArray().Select(n => n!.AsObject()) ?? [];

    public static string? Code(JsonObject diagnostic) => (string?)diagnostic["code"];

    /// <summary>Applies LSP text edits (UTF-16 positions) to a text, last first.</summary>
    public static string Apply(string text, IEnumerable<JsonObject> edits)
    {
        var lines = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(i + 1);
            }
        }
        int Offset(JsonNode p) => lines[(int)p["line"]!] + (int)p["character"]!;
        foreach (var edit in edits.OrderByDescending(e => Offset(e["range"]!["start"]!)))
        {
            var start = Offset(edit["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = text[..start] + (string)edit["newText"]! + text[end..];
        }
        return text;
    }
}
