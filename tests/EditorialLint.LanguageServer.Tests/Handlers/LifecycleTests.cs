using System.Text;
using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_incremental_sync_and_the_offered_encoding()
    {
        var capabilities = new JsonObject { ["general"] = new JsonObject { ["positionEncodings"] = new JsonArray("utf-32", "utf-16") } };
        var (client, result) = await LspTestClient.StartInitializedAsync(capabilities);
        await using var _ = client;
        var caps = result["capabilities"]!;
        Assert.Equal("utf-32", (string?)caps["positionEncoding"]);
        Assert.Equal(2, (int?)caps["textDocumentSync"]!["change"]);
        Assert.True((bool?)caps["hoverProvider"]);
        Assert.Equal("editorial-lint", (string?)result["serverInfo"]!["name"]);
    }

    [Fact]
    public async Task Utf16_is_the_default_encoding()
    {
        var (client, result) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        Assert.Equal("utf-16", (string?)result["capabilities"]!["positionEncoding"]);
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using var client = LspTestClient.Start();
        var response = await client.RequestAsync("shutdown", null);
        Assert.Equal(-32002, (int?)response["error"]!["code"]);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_the_process_with_code_zero()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        var response = await client.RequestAsync("shutdown", null);
        Assert.True(response.ContainsKey("result"));
        Assert.Null(response["result"]);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_the_process_with_code_one()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Transport_flags_are_accepted_and_ignored()
    {
        await using var client = LspTestClient.Start("--clientProcessId=12", "--node-ipc");
        var response = await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = new JsonObject() });
        Assert.NotNull(response["result"]);
    }

    [Fact]
    public async Task Malformed_frames_get_errors_and_the_connection_survives()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;

        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":77,\"method\":5}"));
        await client.SendBytesAsync(Encoding.ASCII.GetBytes("this is not a header\r\n\r\n"));
        await client.SendRawAsync(Encoding.UTF8.GetBytes("[1,2,3]"));

        var orphans = await WaitForOrphans(client, 3);
        Assert.Contains(orphans, o => (int?)o["error"]!["code"] == -32700 && o["id"] is null);
        Assert.Contains(orphans, o => (int?)o["error"]!["code"] == -32600 && (int?)o["id"] == 77);

        var unknown = await client.RequestAsync("editorialLint/noSuchMethod", new JsonObject());
        Assert.Equal(-32601, (int?)unknown["error"]!["code"]);
        await client.NotifyAsync("$/noSuchNotification", new JsonObject());

        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.ContainsKey("result"));
    }

    private static async Task<IReadOnlyList<JsonObject>> WaitForOrphans(LspTestClient client, int count)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var found = client.Notifications("$/orphanResponse");
            if (found.Count >= count)
            {
                return [.. found.Select(f => f["params"]!.AsObject())];
            }
            await Task.Delay(20);
        }
        throw new TimeoutException(client.Stderr);
    }
}
