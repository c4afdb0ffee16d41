using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class HoverTests
{
    private const string Uri = "file:///tmp/hover.txt";

    private static JsonObject At(string uri, int line, int character) =>
        new() { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = Lsp.Pos(line, character) };

    [Fact]
    public async Task Hover_on_a_flagged_range_explains_the_rule()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        await client.OpenAsync(Uri, "We moved towardsa deal.\nNothing else.\n");
        var hover = (await client.ResultAsync("textDocument/hover", At(Uri, 0, 12)))!;
        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        var value = (string)hover["contents"]!["value"]!;
        Assert.Contains("`Spelling.JoinedWords`", value, StringComparison.Ordinal);
        Assert.Contains("https://", value, StringComparison.Ordinal);
        Assert.Equal(9, (int)hover["range"]!["start"]!["character"]!);
        Assert.Equal(17, (int)hover["range"]!["end"]!["character"]!);
    }

    [Fact]
    public async Task Hover_elsewhere_out_of_range_or_on_unopened_documents_is_null()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        await client.OpenAsync(Uri, "We moved towardsa deal.\nNothing else.\n");
        Assert.Null(await client.ResultAsync("textDocument/hover", At(Uri, 1, 3)));
        Assert.Null(await client.ResultAsync("textDocument/hover", At(Uri, 4000, 99999)));
        Assert.Null(await client.ResultAsync("textDocument/hover", At("file:///never.txt", 0, 0)));
    }

    [Fact]
    public async Task Hover_on_a_date_resolves_it_against_the_publication_date()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/date-hover.md";
        await client.OpenAsync(uri, "---\ndate: 2026-02-04\n---\n\nThe talks began on Friday, January 30, officials said.\n", "markdown");
        var hover = (await client.ResultAsync("textDocument/hover", At(uri, 4, 34)))!;
        var value = (string)hover["contents"]!["value"]!;
        Assert.Contains("Friday 30 January 2026, 5 days before publication", value, StringComparison.Ordinal);
        Assert.Contains("published 4 Feb 2026", value, StringComparison.Ordinal);
        Assert.Equal(4, (int)hover["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Hover_on_a_flagged_date_gives_its_resolution_and_the_rule()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/seed-hover.txt";
        await client.OpenAsync(uri, Lsp.SeedText);
        var hover = (await client.ResultAsync("textDocument/hover", At(uri, 22, 210)))!;
        var value = (string)hover["contents"]!["value"]!;
        Assert.Contains("**June 30**: ", value, StringComparison.Ordinal);
        Assert.Contains("after publication", value, StringComparison.Ordinal);
        Assert.Contains("`Dates.PublicationConflict`", value, StringComparison.Ordinal);
    }
}
