using System.Text;
using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class RobustnessTests
{
    [Fact]
    public async Task Ten_thousand_rapid_edits_end_in_the_right_text_and_diagnostics()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/rapid.txt";
        await client.OpenAsync(uri, "Start.\n");
        await client.WaitForDiagnosticsAsync(uri, 1);
        // Type 10,000 characters at the end of line 0 (letters and spaces), one notification each.
        var typed = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
        {
            var c = i % 6 == 5 ? ' ' : (char)('a' + (i % 5));
            typed.Append(c);
            await client.ChangeAsync(uri, i + 2, Lsp.Range(0, 6 + i, 0, 6 + i), c.ToString());
        }
        // Then a joined word at a known place.
        await client.ChangeAsync(uri, 10_002, Lsp.Range(1, 0, 1, 0), "We moved towardsa deal.");
        var final = await client.WaitForDiagnosticsAsync(uri, 10_002);
        var joined = Lsp.Items(final["diagnostics"]).Single(d => Lsp.Code(d) == "Spelling.JoinedWords");
        Assert.Equal(1, (int)joined["range"]!["start"]!["line"]!);
        Assert.Equal(9, (int)joined["range"]!["start"]!["character"]!);
        // The fix-all edit replays against the server's idea of the text: line 0 must be exactly what was typed.
        var info = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = Lsp.Pos(0, 6 + typed.Length),
        });
        Assert.True(info.ContainsKey("result"));
        var actions = Lsp.Items(await client.ResultAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["range"] = Lsp.Range(1, 10, 1, 10),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("quickfix") },
        }));
        var edit = actions.First(a => a["isPreferred"] is not null)["edit"]!["changes"]![uri]![0]!;
        Assert.Equal(1, (int)edit["range"]!["start"]!["line"]!);
        Assert.Equal(9, (int)edit["range"]!["start"]!["character"]!);
    }

    [Fact]
    public async Task A_five_megabyte_document_is_linted_and_answered()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/huge.md";
        var paragraph = "The minister said the talks would continue next week in the capital, according to officials.\n\n";
        var text = new StringBuilder();
        while (text.Length < 5 * 1024 * 1024)
        {
            text.Append(paragraph);
        }
        text.Append("We moved towardsa deal.\n");
        await client.OpenAsync(uri, text.ToString(), "markdown");
        var published = await client.WaitForDiagnosticsAsync(uri, 1);
        Assert.Contains(Lsp.Items(published["diagnostics"]), d => Lsp.Code(d) == "Spelling.JoinedWords");
        var lastLine = text.ToString().Count(c => c == '\n') - 1;
        Assert.NotNull(await client.ResultAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = Lsp.Pos(lastLine, 12),
        }));
    }

    [Fact]
    public async Task Edits_with_out_of_range_positions_clamp_and_unknown_documents_are_ignored()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/clamp.txt";
        await client.OpenAsync(uri, "We moved ");
        await client.ChangeAsync(uri, 2, Lsp.Range(50, 3, 70, 0), "towardsa deal.");
        await client.ChangeAsync("file:///tmp/never-opened.txt", 2, Lsp.Range(0, 0, 0, 0), "x");
        await client.NotifyAsync("textDocument/didChange", new JsonObject { ["textDocument"] = null });
        var published = await client.WaitForDiagnosticsAsync(uri, 2);
        var joined = Lsp.Items(published["diagnostics"]).Single();
        Assert.Equal(9, (int)joined["range"]!["start"]!["character"]!);
        var invalid = await client.RequestAsync("textDocument/hover", new JsonObject { ["position"] = "nowhere" });
        Assert.True(invalid.ContainsKey("error"));
        Assert.NotNull(await client.ResultAsync("textDocument/diagnostic", Lsp.Doc(uri)));
    }

    [Fact]
    public async Task Cancelled_requests_are_answered_and_the_server_goes_on()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/cancel.txt";
        await client.OpenAsync(uri, "We moved towardsa deal.");
        var (id, response) = await client.StartRequestAsync("textDocument/diagnostic", Lsp.Doc(uri));
        await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
        var answer = await response.WaitAsync(LspTestClient.Timeout);
        Assert.True(answer.ContainsKey("result") || answer.ContainsKey("error"));
        Assert.NotNull(await client.ResultAsync("textDocument/diagnostic", Lsp.Doc(uri)));
    }
}
