using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class DocumentInfoTests
{
    [Fact]
    public async Task Reports_the_publication_date_and_where_it_came_from()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/info.md";
        await client.OpenAsync(uri, "---\ntitle: Talks\ndate: 2026-02-04\n---\n\nThe talks went on.\n", "markdown");
        var info = (await client.ResultAsync("editorialLint/documentInfo", Lsp.Doc(uri)))!;
        Assert.Equal("2026-02-04", (string?)info["publicationDate"]);
        Assert.Contains("front matter", (string?)info["publicationDateSource"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_fields_are_present_and_null_without_a_date()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/nodate.txt";
        await client.OpenAsync(uri, "No date here.\n");
        var info = (await client.ResultAsync("editorialLint/documentInfo", Lsp.Doc(uri)))!.AsObject();
        Assert.True(info.ContainsKey("publicationDate"));
        Assert.True(info.ContainsKey("publicationDateSource"));
        Assert.Null(info["publicationDate"]);
        Assert.Null(info["publicationDateSource"]);
    }

    [Fact]
    public async Task The_publication_date_setting_overrides_the_document()
    {
        var options = new JsonObject { ["editorialLint"] = new JsonObject { ["publicationDate"] = "2026-03-01" } };
        var (client, _) = await LspTestClient.StartInitializedAsync(initializationOptions: options);
        await using var _ = client;
        const string uri = "file:///tmp/override.md";
        await client.OpenAsync(uri, "---\ndate: 2026-02-04\n---\n\nText.\n", "markdown");
        var info = (await client.ResultAsync("editorialLint/documentInfo", Lsp.Doc(uri)))!;
        Assert.Equal("2026-03-01", (string?)info["publicationDate"]);
    }

    [Fact]
    public async Task An_unopened_document_is_an_invalid_params_error()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        var response = await client.RequestAsync("editorialLint/documentInfo", Lsp.Doc("file:///never.md"));
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
    }
}
