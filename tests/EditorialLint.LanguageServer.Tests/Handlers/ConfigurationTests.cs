using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests.Handlers;

public class ConfigurationTests
{
    private const string Uri = "file:///tmp/editorial-lint-tests/config-seed.txt";

    private static JsonObject Settings(string minSeverity) =>
        new() { ["settings"] = new JsonObject { ["editorialLint"] = new JsonObject { ["minSeverity"] = minSeverity } } };

    private static int CountFor(JsonObject published) => Lsp.Items(published["diagnostics"]).Count();

    [Fact]
    public async Task DidChangeConfiguration_with_the_section_relints_open_documents()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(initializationOptions: Lsp.WarningsOnly);
        await using var _ = client;
        await client.OpenAsync(Uri, Lsp.SeedText);
        Assert.Equal(3, CountFor(await client.WaitForDiagnosticsAsync(Uri, 1)));

        client.ClearNotifications();
        await client.NotifyAsync("workspace/didChangeConfiguration", Settings("error"));
        var errorsOnly = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.True(CountFor(errorsOnly) < 3);
        Assert.All(Lsp.Items(errorsOnly["diagnostics"]), d => Assert.Equal(1, (int)d["severity"]!));

        client.ClearNotifications();
        await client.NotifyAsync("workspace/didChangeConfiguration", Settings("hint"));
        Assert.True(CountFor(await client.WaitForDiagnosticsAsync(Uri, 1)) >= 3);
    }

    [Fact]
    public async Task Settings_come_from_workspace_configuration_when_the_client_serves_them()
    {
        var capabilities = new JsonObject
        {
            ["workspace"] = new JsonObject
            {
                ["configuration"] = true,
                ["didChangeWatchedFiles"] = new JsonObject { ["dynamicRegistration"] = true },
            },
        };
        var client = LspTestClient.Start();
        await using var _ = client;
        var served = "error";
        client.OnServerRequest = (method, parameters) => method switch
        {
            "workspace/configuration" => new JsonArray(new JsonObject { ["minSeverity"] = served, ["debounceMs"] = 20 }),
            _ => null,
        };
        await client.RequestAsync("initialize", new JsonObject { ["capabilities"] = capabilities });
        await client.NotifyAsync("initialized", new JsonObject());

        var registration = await client.WaitForNotificationAsync("client/registerCapability");
        var watchers = registration["registrations"]![0]!["registerOptions"]!["watchers"]!.AsArray();
        Assert.Contains(watchers, w => (string?)w!["globPattern"] == "**/.vale.ini");
        await client.WaitForNotificationAsync("workspace/configuration");
        await client.WaitForNotificationAsync("window/logMessage", p => ((string?)p["message"])!.Contains("minSeverity=error", StringComparison.Ordinal));

        await client.OpenAsync(Uri, Lsp.SeedText);
        var first = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.All(Lsp.Items(first["diagnostics"]), d => Assert.Equal(1, (int)d["severity"]!));

        served = "warning";
        client.ClearNotifications();
        await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = null });
        Assert.Equal(3, CountFor(await client.WaitForDiagnosticsAsync(Uri, 1)));
    }

    [Fact]
    public async Task A_changed_configuration_file_relints_open_documents()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        await client.OpenAsync(Uri, "We moved towardsa deal.");
        await client.WaitForDiagnosticsAsync(Uri, 1);
        client.ClearNotifications();
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new JsonObject
        {
            ["changes"] = new JsonArray(new JsonObject { ["uri"] = "file:///tmp/editorial-lint-tests/.vale.ini", ["type"] = 2 }),
        });
        await client.WaitForDiagnosticsAsync(Uri, 1);
    }

    [Fact]
    public async Task Invalid_settings_are_logged_and_the_server_keeps_working()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync(initializationOptions: new JsonObject
        {
            ["editorialLint"] = new JsonObject { ["minSeverity"] = "loud", ["debounceMs"] = "soon", ["publicationDate"] = 12 },
        });
        await using var _ = client;
        var log = await client.WaitForNotificationAsync("window/logMessage", p => ((string?)p["message"])!.Contains("minSeverity", StringComparison.Ordinal));
        Assert.Equal(2, (int)log["type"]!);
        await client.OpenAsync(Uri, "We moved towardsa deal.");
        Assert.Equal(1, CountFor(await client.WaitForDiagnosticsAsync(Uri, 1)));
    }

    private static JsonObject Watched(string path) => new()
    {
        ["changes"] = new JsonArray(new JsonObject { ["uri"] = new Uri(path).AbsoluteUri, ["type"] = 2 }),
    };

    [Fact]
    public async Task A_broken_configuration_shows_on_its_file_and_drafts_are_still_checked()
    {
        var root = Directory.CreateTempSubdirectory("editorial-lint-broken").FullName;
        try
        {
            var config = Path.Combine(root, ".editoriallint.yaml");
            File.WriteAllText(config, "published: 2026-02-04\nmin-severity: loud\n");
            var (client, _) = await LspTestClient.StartInitializedAsync();
            await using var _ = client;
            var draft = new Uri(Path.Combine(root, "draft.md")).AbsoluteUri;
            var configUri = new Uri(config).AbsoluteUri;
            await client.OpenAsync(draft, "We moved towardsa deal.\n", "markdown");
            Assert.Equal("Spelling.JoinedWords", Lsp.Code(Lsp.Items((await client.WaitForDiagnosticsAsync(draft, 1))["diagnostics"]).Single()));

            var broken = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == configUri);
            var problem = Lsp.Items(broken["diagnostics"]).Single();
            Assert.Equal("EditorialLint.Configuration", Lsp.Code(problem));
            Assert.Equal(1, (int)problem["range"]!["start"]!["line"]!);
            Assert.Contains("loud", (string?)problem["message"], StringComparison.Ordinal);
            await client.WaitForNotificationAsync("window/logMessage", p => (int)p["type"]! == 1);

            client.ClearNotifications();
            File.WriteAllText(config, "published: 2026-02-04\nmin-severity: warning\n");
            await client.NotifyAsync("workspace/didChangeWatchedFiles", Watched(config));
            var fixedConfig = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == configUri);
            Assert.Empty(Lsp.Items(fixedConfig["diagnostics"]));
            await client.WaitForDiagnosticsAsync(draft, 1);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_changed_rule_file_changes_the_diagnostics_of_open_drafts()
    {
        var root = Directory.CreateTempSubdirectory("editorial-lint-rules").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, ".editoriallint.yaml"), "styles-path: styles\nstyles: [House]\n");
            var style = Directory.CreateDirectory(Path.Combine(root, "styles", "House")).FullName;
            var rule = Path.Combine(style, "Avoid.yml");
            const string ruleText = "extends: existence\nmessage: \"Avoid '%s'\"\nlevel: warning\nignorecase: true\ntokens:\n  - {0}\n";
            File.WriteAllText(rule, string.Format(ruleText, "moreover"));
            var (client, _) = await LspTestClient.StartInitializedAsync();
            await using var _ = client;
            var draft = new Uri(Path.Combine(root, "draft.md")).AbsoluteUri;
            await client.OpenAsync(draft, "Moreover, the talks went on. However, nothing changed.\n", "markdown");
            var before = Lsp.Items((await client.WaitForDiagnosticsAsync(draft, 1))["diagnostics"]).Single(d => Lsp.Code(d) == "House.Avoid");
            Assert.Equal(0, (int)before["range"]!["start"]!["character"]!);

            client.ClearNotifications();
            File.WriteAllText(rule, string.Format(ruleText, "however"));
            await client.NotifyAsync("workspace/didChangeWatchedFiles", Watched(rule));
            var after = Lsp.Items((await client.WaitForDiagnosticsAsync(draft, 1))["diagnostics"]).Single(d => Lsp.Code(d) == "House.Avoid");
            Assert.Equal(29, (int)after["range"]!["start"]!["character"]!);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Pull_clients_are_asked_to_refresh_when_settings_change()
    {
        var capabilities = new JsonObject
        {
            ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject() },
            ["workspace"] = new JsonObject { ["diagnostics"] = new JsonObject { ["refreshSupport"] = true } },
        };
        var (client, _) = await LspTestClient.StartInitializedAsync(capabilities);
        await using var _ = client;
        await client.OpenAsync(Uri, Lsp.SeedText);
        var before = (await client.ResultAsync("textDocument/diagnostic", Lsp.Doc(Uri)))!;
        await client.NotifyAsync("workspace/didChangeConfiguration", Settings("error"));
        await client.WaitForNotificationAsync("workspace/diagnostic/refresh");
        var after = (await client.ResultAsync("textDocument/diagnostic", Lsp.Doc(Uri)))!;
        Assert.NotEqual((string?)before["resultId"], (string?)after["resultId"]);
        Assert.True(Lsp.Items(after["items"]).Count() < Lsp.Items(before["items"]).Count());
    }
}
