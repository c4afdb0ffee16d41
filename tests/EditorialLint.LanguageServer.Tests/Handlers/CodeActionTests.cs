using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class CodeActionTests
{
    private const string Text = "# Talks\n\nWe moved towardsa deal.\n\nThey walked overto the table.\n";

    private static JsonObject Request(string uri, JsonObject range, params string[] only)
    {
        var context = new JsonObject { ["diagnostics"] = new JsonArray() };
        if (only.Length > 0)
        {
            context["only"] = new JsonArray([.. only.Select(o => (JsonNode)o)]);
        }
        return new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["range"] = range, ["context"] = context };
    }

    private static async Task<(LspTestClient Client, string Uri)> OpenAsync(string? root = null)
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        var uri = root is null ? "file:///tmp/actions.md" : new Uri(Path.Combine(root, "draft.md")).AbsoluteUri;
        await client.OpenAsync(uri, Text, "markdown");
        await client.WaitForDiagnosticsAsync(uri, 1);
        return (client, uri);
    }

    private static IEnumerable<JsonObject> EditsOf(JsonObject action, string uri) =>
        Lsp.Items(action["edit"]!["changes"]![uri]);

    [Fact]
    public async Task A_single_fix_becomes_a_preferred_quickfix_that_repairs_the_text()
    {
        var (client, uri) = await OpenAsync();
        await using var _ = client;
        var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(2, 12, 2, 12)))).ToList();
        var fix = actions.Single(a => (string?)a["kind"] == "quickfix" && a["isPreferred"] is not null);
        Assert.True((bool)fix["isPreferred"]!);
        Assert.Equal("Spelling.JoinedWords", Lsp.Code(fix["diagnostics"]![0]!.AsObject()));
        Assert.Equal("# Talks\n\nWe moved towards a deal.\n\nThey walked overto the table.\n", Lsp.Apply(Text, EditsOf(fix, uri)));
    }

    [Fact]
    public async Task Disable_actions_insert_inline_comments_for_the_line_and_the_file()
    {
        var (client, uri) = await OpenAsync();
        await using var _ = client;
        var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(2, 12, 2, 12), "quickfix"))).ToList();
        var line = actions.Single(a => (string?)a["title"] == "Disable Spelling.JoinedWords for this line");
        Assert.Equal("# Talks\n\n<!-- editorial-lint disable-next-line Spelling.JoinedWords -->\nWe moved towardsa deal.\n\nThey walked overto the table.\n",
            Lsp.Apply(Text, EditsOf(line, uri)));
        var file = actions.Single(a => (string?)a["title"] == "Disable Spelling.JoinedWords for this file");
        Assert.StartsWith("<!-- editorial-lint disable Spelling.JoinedWords -->\n# Talks", Lsp.Apply(Text, EditsOf(file, uri)));
    }

    [Fact]
    public async Task Fix_all_applies_every_safe_fix_in_one_edit()
    {
        var (client, uri) = await OpenAsync();
        await using var _ = client;
        var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(0, 0, 0, 0), "source.fixAll"))).ToList();
        var fixAll = Assert.Single(actions);
        Assert.Equal("source.fixAll.editorial-lint", (string?)fixAll["kind"]);
        Assert.Equal("# Talks\n\nWe moved towards a deal.\n\nThey walked over to the table.\n", Lsp.Apply(Text, EditsOf(fixAll, uri)));
    }

    [Fact]
    public async Task Add_to_vocabulary_writes_the_word_to_the_workspace_accept_list()
    {
        var root = Directory.CreateTempSubdirectory("editorial-lint-vocab").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".editoriallint.yaml"), "styles-path: styles\nvocabularies: [Newsroom]\n");
            var vocabulary = Directory.CreateDirectory(Path.Combine(root, "styles", "config", "vocabularies", "Newsroom")).FullName;
            var (client, _) = await LspTestClient.StartInitializedAsync(new JsonObject { ["workspace"] = new JsonObject { ["applyEdit"] = true } });
            await using var _ = client;
            var uri = new Uri(Path.Combine(root, "draft.md")).AbsoluteUri;
            await client.OpenAsync(uri, Text, "markdown");
            await client.WaitForDiagnosticsAsync(uri, 1);
            var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(2, 12, 2, 12)))).ToList();
            var add = actions.Single(a => ((string?)a["title"])!.StartsWith("Add \"towardsa\"", StringComparison.Ordinal));
            var command = add["command"]!;
            Assert.Equal("editorialLint.addToVocabulary", (string?)command["command"]);
            client.ClearNotifications();
            await client.ResultAsync("workspace/executeCommand", new JsonObject
            {
                ["command"] = (string?)command["command"],
                ["arguments"] = command["arguments"]!.DeepClone(),
            });
            Assert.Equal(["towardsa"], File.ReadAllLines(Path.Combine(vocabulary, "accept.txt")));
            // The accepted word is no longer flagged; the other joined word still is.
            var relinted = Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 1))["diagnostics"]).ToList();
            var joined = Assert.Single(relinted, d => Lsp.Code(d) == "Spelling.JoinedWords");
            Assert.Equal(4, (int)joined["range"]!["start"]!["line"]!);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Unopened_documents_and_unknown_commands_are_answered_not_crashed()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        Assert.Empty(Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request("file:///never.md", Lsp.Range(0, 0, 0, 0)))));
        var unknown = await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = "editorialLint.nope" });
        Assert.Equal(-32602, (int)unknown["error"]!["code"]!);
    }

    [Fact]
    public async Task Plain_text_gets_no_comment_suppressions()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/actions.txt";
        await client.OpenAsync(uri, "We moved towardsa deal.\n");
        var titles = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(0, 12, 0, 12))))
            .Select(a => (string?)a["title"]).ToList();
        Assert.Contains(titles, t => t!.StartsWith("Insert a space", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t!.StartsWith("Disable", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Applying_disable_next_line_silences_the_diagnostic()
    {
        var (client, uri) = await OpenAsync();
        await using var _ = client;
        var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(2, 12, 2, 12), "quickfix"))).ToList();
        var line = actions.Single(a => (string?)a["title"] == "Disable Spelling.JoinedWords for this line");
        await client.ChangeAsync(uri, 2, null, Lsp.Apply(Text, EditsOf(line, uri)));
        var codes = Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 2))["diagnostics"]).Select(Lsp.Code).ToList();
        Assert.Equal(["Spelling.JoinedWords"], codes);
        var remaining = Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 2))["diagnostics"]).Single();
        Assert.Equal(5, (int)remaining["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Without_a_configured_vocabulary_no_add_to_vocabulary_is_offered()
    {
        var (client, uri) = await OpenAsync();
        await using var _ = client;
        var titles = Lsp.Items(await client.ResultAsync("textDocument/codeAction", Request(uri, Lsp.Range(2, 12, 2, 12))))
            .Select(a => (string?)a["title"]).ToList();
        Assert.DoesNotContain(titles, t => t!.StartsWith("Add ", StringComparison.Ordinal));
    }
}
