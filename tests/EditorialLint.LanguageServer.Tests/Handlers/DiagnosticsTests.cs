using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class DiagnosticsTests
{
    private const string SeedUri = "file:///tmp/editorial-lint-tests/seed.txt";

    [Fact]
    public async Task Pushes_the_seed_headline_diagnostics_with_code_link_source_and_fix_data()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(initializationOptions: Lsp.WarningsOnly);
        await using var _ = client;
        await client.OpenAsync(SeedUri, Lsp.SeedText);
        var published = await client.WaitForDiagnosticsAsync(SeedUri, 1);
        var diagnostics = Lsp.Items(published["diagnostics"]).ToList();

        Assert.Equal(["Attribution.Vague", "Dates.PublicationConflict", "Spelling.JoinedWords"], diagnostics.Select(Lsp.Code).Order());
        var conflict = diagnostics.Single(d => Lsp.Code(d) == "Dates.PublicationConflict");
        Assert.Equal(22, (int)conflict["range"]!["start"]!["line"]!);
        Assert.Equal(207, (int)conflict["range"]!["start"]!["character"]!);
        Assert.Equal(214, (int)conflict["range"]!["end"]!["character"]!);
        foreach (var d in diagnostics)
        {
            Assert.Equal("editorial-lint", (string?)d["source"]);
            Assert.InRange((int)d["severity"]!, 1, 2);
            Assert.StartsWith("https://", (string?)d["codeDescription"]!["href"]);
            Assert.Equal(Lsp.Code(d), (string?)d["data"]!["ruleId"]);
        }
        var joined = diagnostics.Single(d => Lsp.Code(d) == "Spelling.JoinedWords");
        var fix = joined["data"]!["fixes"]!.AsArray().Single()!;
        Assert.Equal("towards a", (string?)fix["edits"]![0]!["newText"]);
        Assert.True((bool)fix["isSafe"]!);
    }

    [Theory]
    [InlineData("utf-16", 18, 26)]
    [InlineData("utf-8", 23, 31)]
    [InlineData("utf-32", 17, 25)]
    public async Task Ranges_are_exact_in_the_negotiated_encoding(string encoding, int start, int end)
    {
        // Before "towardsa": "Émile" (e + combining acute: 6 units), an emoji (2 UTF-16 units, 4 bytes, 1 code point), CJK.
        const string text = "E\u0301mile 😀 日 moved towardsa deal.\r\nSecond line.\r\n";
        var capabilities = new JsonObject { ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray(encoding) } };
        var (client, result) = await LspTestClient.StartInitializedAsync(capabilities);
        await using var _ = client;
        Assert.Equal(encoding, (string?)result["capabilities"]!["positionEncoding"]);
        await client.OpenAsync("file:///tmp/enc.txt", text);
        var published = await client.WaitForDiagnosticsAsync("file:///tmp/enc.txt", 1);
        var joined = Lsp.Items(published["diagnostics"]).Single(d => Lsp.Code(d) == "Spelling.JoinedWords");
        Assert.Equal(0, (int)joined["range"]!["start"]!["line"]!);
        Assert.Equal(start, (int)joined["range"]!["start"]!["character"]!);
        Assert.Equal(end, (int)joined["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task Incremental_edits_are_linted_from_the_unsaved_buffer()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/editorial-lint-tests/not-on-disk.md";
        await client.OpenAsync(uri, "# Title\n\nWe moved on.\n", "markdown");
        Assert.Empty(Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 1))["diagnostics"]));

        await client.ChangeAsync(uri, 2, Lsp.Range(2, 9, 2, 11), "towardsa deal");
        var second = Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 2))["diagnostics"]).ToList();
        var joined = Assert.Single(second);
        Assert.Equal("Spelling.JoinedWords", Lsp.Code(joined));
        Assert.Equal(9, (int)joined["range"]!["start"]!["character"]!);

        await client.ChangeAsync(uri, 3, null, "# Title\n\nAll fixed.\n");
        Assert.Empty(Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 3))["diagnostics"]));
    }

    [Fact]
    public async Task A_burst_of_edits_only_publishes_in_version_order_ending_with_the_last()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/burst.txt";
        await client.OpenAsync(uri, "We moved ");
        await client.WaitForDiagnosticsAsync(uri, 1);
        var typed = "towardsa deal.";
        for (var i = 0; i < typed.Length; i++)
        {
            await client.ChangeAsync(uri, i + 2, Lsp.Range(0, 9 + i, 0, 9 + i), typed[i].ToString());
        }
        var last = typed.Length + 1;
        var final = await client.WaitForDiagnosticsAsync(uri, last);
        Assert.Equal("Spelling.JoinedWords", Lsp.Code(Lsp.Items(final["diagnostics"]).Single()));
        var versions = client.Notifications("textDocument/publishDiagnostics")
            .Where(n => (string?)n["params"]!["uri"] == uri).Select(n => (int)n["params"]!["version"]!).ToList();
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(last, versions[^1]);
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/close.txt";
        await client.OpenAsync(uri, "We moved towardsa deal.");
        await client.WaitForDiagnosticsAsync(uri, 1);
        client.ClearNotifications();
        await client.NotifyAsync("textDocument/didClose", Lsp.Doc(uri));
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == uri);
        Assert.Empty(Lsp.Items(cleared["diagnostics"]));
    }

    [Fact]
    public async Task Pull_clients_get_full_then_unchanged_reports()
    {
        var capabilities = new JsonObject { ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() } };
        var (client, result) = await LspTestClient.StartInitializedAsync(capabilities);
        await using var _ = client;
        Assert.True((bool)result["capabilities"]!["diagnosticProvider"]!["workspaceDiagnostics"]!);
        const string uri = "file:///tmp/pull.txt";
        await client.OpenAsync(uri, "We moved towardsa deal.");

        var full = (await client.ResultAsync("textDocument/diagnostic", Lsp.Doc(uri)))!.AsObject();
        Assert.Equal("full", (string?)full["kind"]);
        Assert.Equal("Spelling.JoinedWords", Lsp.Code(Lsp.Items(full["items"]).Single()));

        var previousId = (string?)full["resultId"];
        JsonObject Again()
        {
            var parameters = Lsp.Doc(uri);
            parameters["previousResultId"] = previousId;
            return parameters;
        }
        var unchanged = (await client.ResultAsync("textDocument/diagnostic", Again()))!.AsObject();
        Assert.Equal("unchanged", (string?)unchanged["kind"]);

        await client.ChangeAsync(uri, 2, null, "Nothing to see.");
        var afterEdit = (await client.ResultAsync("textDocument/diagnostic", Again()))!.AsObject();
        Assert.Equal("full", (string?)afterEdit["kind"]);
        Assert.Empty(Lsp.Items(afterEdit["items"]));

        var workspace = (await client.ResultAsync("workspace/diagnostic", new JsonObject { ["previousResultIds"] = new JsonArray() }))!;
        var report = Lsp.Items(workspace["items"]).Single();
        Assert.Equal(uri, (string?)report["uri"]);
        Assert.Equal(2, (int)report["version"]!);
        Assert.Empty(client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task Pulling_an_unopened_document_answers_an_empty_report()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        var report = (await client.ResultAsync("textDocument/diagnostic", Lsp.Doc("file:///nowhere/never-opened.md")))!;
        Assert.Equal("full", (string?)report["kind"]);
        Assert.Empty(Lsp.Items(report["items"]));
    }

    [Fact]
    public async Task Configuration_files_opened_in_the_editor_are_not_checked_as_prose()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/editorial-lint-tests/.editoriallint.yaml";
        await client.OpenAsync(uri, "# we moved towardsa deal\nminSeverity: warning\n", "yaml");
        Assert.Empty(Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 1))["diagnostics"]));
    }

    [Theory]
    [InlineData("file:///tmp/lang/a.md", "plaintext", 1)]
    [InlineData("file:///tmp/lang/b.md", "markdown", 0)]
    [InlineData("file:///tmp/lang/c.md", "some-other-language", 0)]
    [InlineData("file:///tmp/lang/d.txt", "some-other-language", 1)]
    public async Task The_language_id_or_else_the_configuration_decides_the_format(string uri, string languageId, int expected)
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        // In Markdown the joined word is inside a code span, which is not prose.
        await client.OpenAsync(uri, "Type `towardsa` to see it.\n", languageId);
        Assert.Equal(expected, Lsp.Items((await client.WaitForDiagnosticsAsync(uri, 1))["diagnostics"]).Count());
    }
}
