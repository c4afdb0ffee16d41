using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace EditorialLint.LanguageServer.Tests.Reliability;

/// <summary>
/// The real server process under attack: random and truncated frames, wrong types, out-of-range positions,
/// requests cancelled as they are sent, interleaved with real edits; afterwards it must still publish exactly the
/// right diagnostics. And a soak of 20,000 edits with its memory reported. Seeds are fixed and printed.
/// </summary>
public class LanguageServerFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260204;

    private static string SeedDraft
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return File.ReadAllText(Path.Combine(dir!, "seeds", "000_ba0252e7096ca9a6.txt"));
        }
    }

    private static readonly string[] Methods =
    [
        "textDocument/hover", "textDocument/codeAction", "textDocument/diagnostic", "textDocument/didChange",
        "textDocument/didOpen", "textDocument/didClose", "workspace/executeCommand", "$/cancelRequest", "shutdown!", "",
    ];

    private static JsonNode? WrongValue(Random random) => random.Next(9) switch
    {
        0 => null,
        1 => "nowhere",
        2 => -1,
        3 => int.MaxValue,
        4 => new JsonArray(1, "two", null),
        5 => new JsonObject { ["line"] = "a", ["character"] = -5 },
        6 => new JsonObject { ["line"] = 1_000_000_000, ["character"] = 1_000_000_000 },
        7 => 3.5,
        _ => new JsonObject { ["uri"] = 42 },
    };

    /// <summary>One hostile message: garbage, a cut-off JSON body, a wrong header, or a real method with wrong parameters.</summary>
    internal static async Task<string> SendHostileAsync(LspTestClient client, Random random, string uri, string otherUri, int? onlyKind = null)
    {
        int kind = onlyKind ?? random.Next(7);
        switch (kind)
        {
            case 0:
                {
                    var garbage = new byte[random.Next(1, 200)];
                    random.NextBytes(garbage);
                    await client.SendRawAsync(garbage);
                    break;
                }

            case 1:
                {
                    // A valid message cut short, framed with its true (short) length.
                    string json = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = random.Next(), ["method"] = "textDocument/hover", ["params"] = Lsp.Doc(uri) }.ToJsonString();
                    await client.SendRawAsync(Encoding.UTF8.GetBytes(json[..random.Next(json.Length)]));
                    break;
                }

            case 2:
                // Header lines the spec does not know, then a valid frame.
                await client.SendRawAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}"u8.ToArray(), "X-Nonsense: yes\r\nContent-Length: 52\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n");
                break;
            case 3:
                await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = random.Next(2) == 0 ? "text-id" : random.Next(), ["method"] = Methods[random.Next(Methods.Length)], ["params"] = WrongValue(random) });
                break;
            case 4:
                await client.SendAsync(new JsonObject { ["jsonrpc"] = random.Next(2) == 0 ? "1.0" : null, ["id"] = WrongValue(random), ["method"] = WrongValue(random) });
                break;
            case 5:
                await client.NotifyAsync("textDocument/didChange", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = otherUri, ["version"] = WrongValue(random) },
                    ["contentChanges"] = random.Next(2) == 0 ? WrongValue(random) : new JsonArray(new JsonObject { ["range"] = WrongValue(random), ["text"] = WrongValue(random) }),
                });
                break;
            default:
                await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/hover", ["id"] = random.Next(), ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri }, ["position"] = WrongValue(random) } });
                break;
        }

        return $"hostile message of kind {kind}";
    }

    [Fact]
    public async Task Hostile_messages_interleaved_with_edits_and_cancellations_leave_the_server_serving_correct_diagnostics()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/fuzz.md", OtherUri = "file:///tmp/fuzz-other.md";
        var random = new Random(Seed);
        await client.OpenAsync(OtherUri, "Other.\n", "markdown");
        string text = "Start.\n";
        int version = 1;
        await client.OpenAsync(uri, text, "markdown");
        var pendingRequests = new List<Task<JsonObject>>();
        const int Actions = 1_500;
        int hostile = 0, edits = 0, cancelled = 0;
        for (int i = 0; i < Actions; i++)
        {
            int roll = random.Next(10);
            if (roll < 5)
            {
                hostile++;
                string sent = await SendHostileAsync(client, random, uri, OtherUri);
                await Task.Delay(1);
                Assert.False(client.HasExited, $"seed {Seed}, action {i}: the server exited after a {sent}; its stderr:\n{client.Stderr}");
            }
            else if (roll < 8)
            {
                // A real edit at a valid position (no lines: the text is one line plus the final line break).
                edits++;
                int at = random.Next(text.Length);
                string inserted = random.Next(4) switch { 0 => " ", 1 => "\uD83D\uDE00", 2 => "word", _ => ((char)('a' + random.Next(26))).ToString() };
                await client.ChangeAsync(uri, ++version, Lsp.Range(0, at, 0, at), inserted);
                text = text.Insert(at, inserted);
            }
            else
            {
                cancelled++;
                var (id, response) = await client.StartRequestAsync(random.Next(2) == 0 ? "textDocument/diagnostic" : "textDocument/hover", new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri },
                    ["position"] = Lsp.Pos(0, random.Next(text.Length)),
                });
                await client.NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
                pendingRequests.Add(response);
            }
        }

        // Every cancelled request is still answered (a result or an error), and the server is alive.
        foreach (var response in pendingRequests)
        {
            var answer = await response.WaitAsync(LspTestClient.Timeout);
            Assert.True(answer.ContainsKey("result") || answer.ContainsKey("error"), answer.ToJsonString());
        }

        Assert.False(client.HasExited, "the server exited: " + client.Stderr);

        // The valid edits were applied exactly: a pull of diagnostics sees the text we think it has.
        await client.ChangeAsync(uri, ++version, Lsp.Range(0, text.Length - 1, 0, text.Length - 1), " We moved towardsa deal.");
        text = text.Insert(text.Length - 1, " We moved towardsa deal.");
        var published = await client.WaitForDiagnosticsAsync(uri, version);
        var joined = Lsp.Items(published["diagnostics"]).Single(d => Lsp.Code(d) == "Spelling.JoinedWords" && (int)d["range"]!["start"]!["character"]! == text.IndexOf("towardsa", StringComparison.Ordinal));
        Assert.Equal(0, (int)joined["range"]!["start"]!["line"]!);

        // And a clean replacement gives exactly the expected diagnostics.
        await client.ChangeAsync(uri, ++version, null, "We moved towardsa deal.\n");
        var final = await client.WaitForDiagnosticsAsync(uri, version);
        var only = Assert.Single(Lsp.Items(final["diagnostics"]));
        Assert.Equal("Spelling.JoinedWords", Lsp.Code(only));
        Assert.Equal(9, (int)only["range"]!["start"]!["character"]!);
        // The document that took the malformed edits (wrong versions, ranges and texts) recovers on a clean replacement too.
        await client.ChangeAsync(OtherUri, 1_000_000_000, null, "A roadmap towardsa deal.\n");
        var other = await client.WaitForDiagnosticsAsync(OtherUri, 1_000_000_000);
        Assert.Equal(10, (int)Assert.Single(Lsp.Items(other["diagnostics"]))["range"]!["start"]!["character"]!);
        output.WriteLine($"seed {Seed}: {Actions} actions ({hostile} hostile messages, {edits} edits, {cancelled} cancelled requests); final text {text.Length} characters");
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":null}")]
    [InlineData("{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"\"}")]
    [InlineData("{\"id\":7,\"method\":null,\"params\":[1]}")]
    public async Task A_request_without_a_method_name_is_answered_with_an_error_not_a_disconnect(string json)
    {
        // Found by the fuzz test: StreamJsonRpc ended the connection ("Method must be set") and the server exited.
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        await client.SendRawAsync(Encoding.UTF8.GetBytes(json));
        const string uri = "file:///tmp/after.txt";
        await client.OpenAsync(uri, "We moved towardsa deal.");
        var published = await client.WaitForDiagnosticsAsync(uri, 1);
        Assert.Single(Lsp.Items(published["diagnostics"]));
        Assert.False(client.HasExited, client.Stderr);
    }

    [Fact]
    public async Task Twenty_thousand_edits_on_the_seed_draft_keep_memory_stable_and_diagnostics_right()
    {
        var (client, _) = await LspTestClient.StartInitializedAsync();
        await using var _ = client;
        const string uri = "file:///tmp/soak.txt";
        string seed = SeedDraft.Replace("\r\n", "\n", StringComparison.Ordinal);
        string[] lines = seed.Split('\n');
        await client.OpenAsync(uri, seed);
        var first = await client.WaitForDiagnosticsAsync(uri, 1);
        string expected = Describe(first);
        long before = client.ServerWorkingSetBytes;
        var random = new Random(Seed);
        int version = 1;
        long peak = before;
        for (int i = 0; i < 10_000; i++)
        {
            // Type a character somewhere, then delete it: 20,000 edits that leave the draft as it was.
            int line = random.Next(lines.Length);
            int column = random.Next(lines[line].Length + 1);
            await client.ChangeAsync(uri, ++version, Lsp.Range(line, column, line, column), "x");
            await client.ChangeAsync(uri, ++version, Lsp.Range(line, column, line, column + 1), string.Empty);
            if (i % 1_000 == 999)
            {
                peak = Math.Max(peak, client.ServerWorkingSetBytes);
            }
        }

        var last = await client.WaitForDiagnosticsAsync(uri, version);
        long after = client.ServerWorkingSetBytes;
        peak = Math.Max(peak, after);
        Assert.Equal(expected, Describe(last));
        string figure = string.Create(CultureInfo.InvariantCulture, $"soak: 20,000 edits (seed {Seed}); server working set {before / 1048576.0:0} MB after opening, peak {peak / 1048576.0:0} MB, {after / 1048576.0:0} MB at the end");
        output.WriteLine(figure);
        Assert.False(client.HasExited, client.Stderr);

        // Generous: a leak of even a few KB per edit would add hundreds of MB over 20,000 edits.
        Assert.True(after - before < 300L * 1024 * 1024, figure);
    }

    private static string Describe(JsonObject published) => string.Join(
        "\n",
        Lsp.Items(published["diagnostics"]).Select(d => $"{Lsp.Code(d)} {d["range"]!.ToJsonString()}").Order(StringComparer.Ordinal));
}
