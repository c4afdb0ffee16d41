using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EditorialLint.LanguageServer.Tests;

/// <summary>
/// Starts the real server process and speaks LSP to it over its stdin/stdout, with raw JSON so that
/// the tests check the wire format rather than our own protocol classes.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly Stream stdin;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly List<JsonObject> notifications = [];
    private readonly SemaphoreSlim notificationSignal = new(0);
    private readonly StringBuilder stderr = new();
    private readonly Task readerTask;
    private int nextId;

    private LspTestClient(Process process)
    {
        this.process = process;
        stdin = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        readerTask = Task.Run(ReadLoopAsync);
    }

    /// <summary>Answers server-to-client requests (workspace/configuration, client/registerCapability).</summary>
    public Func<string, JsonNode?, JsonNode?> OnServerRequest { get; set; } = (_, _) => null;

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>The server process's working set, for the benchmark's memory report.</summary>
    public long ServerWorkingSetBytes
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }

    public int ExitCode => process.ExitCode;

    public static string ServerDll => Path.Combine(AppContext.BaseDirectory, "EditorialLint.LanguageServer.dll");

    public static LspTestClient Start(params string[] extraArgs)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ServerDll);
        info.ArgumentList.Add("--stdio");
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }
        return new LspTestClient(Process.Start(info)!);
    }

    /// <summary>Starts the server and completes the initialize handshake.</summary>
    public static async Task<(LspTestClient Client, JsonObject Result)> StartInitializedAsync(JsonObject? capabilities = null, JsonNode? initializationOptions = null)
    {
        var client = Start();
        var parameters = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = null,
            ["capabilities"] = capabilities ?? new JsonObject(),
        };
        if (initializationOptions is not null)
        {
            parameters["initializationOptions"] = initializationOptions;
        }
        var result = await client.RequestAsync("initialize", parameters);
        await client.NotifyAsync("initialized", new JsonObject());
        return (client, result["result"]!.AsObject());
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await completion.Task.WaitAsync(Timeout);
    }

    /// <summary>Sends a request and returns its id without waiting (to cancel it, for instance).</summary>
    public async Task<(int Id, Task<JsonObject> Response)> StartRequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return (id, completion.Task);
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    public Task SendAsync(JsonNode message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    public async Task SendRawAsync(byte[] body, string? header = null)
    {
        var head = Encoding.ASCII.GetBytes(header ?? $"Content-Length: {body.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n");
        await stdin.WriteAsync(head);
        await stdin.WriteAsync(body);
        await stdin.FlushAsync();
    }

    public async Task SendBytesAsync(byte[] bytes)
    {
        await stdin.WriteAsync(bytes);
        await stdin.FlushAsync();
    }

    public void CloseInput() => stdin.Close();

    /// <summary>All notifications received so far with the given method.</summary>
    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (notifications)
        {
            return [.. notifications.Where(n => (string?)n["method"] == method)];
        }
    }

    /// <summary>Waits for a notification matching the predicate (already received ones count).</summary>
    public async Task<JsonObject> WaitForNotificationAsync(string method, Func<JsonObject, bool>? predicate = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (true)
        {
            var found = Notifications(method).FirstOrDefault(n => predicate?.Invoke(ParamsOf(n)) ?? true);
            if (found is not null)
            {
                return ParamsOf(found);
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No {method} notification arrived. Server stderr:\n{Stderr}");
            }
            await notificationSignal.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    private static JsonObject ParamsOf(JsonObject message) => message["params"] as JsonObject ?? [];

    /// <summary>Waits for diagnostics published for this uri and version.</summary>
    public Task<JsonObject> WaitForDiagnosticsAsync(string uri, int version) =>
        WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && p["version"] is JsonValue v && v.GetValue<int>() == version);

    public void ClearNotifications()
    {
        lock (notifications)
        {
            notifications.Clear();
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        await process.WaitForExitAsync(cts.Token);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                stdin.Close();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await process.WaitForExitAsync(cts.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        try
        {
            await readerTask.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
        }
        process.Dispose();
        notificationSignal.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        var stream = process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = await ReadHeaderAsync(stream);
                if (length < 0)
                {
                    break;
                }
                var body = new byte[length];
                await stream.ReadExactlyAsync(body);
                Dispatch(JsonNode.Parse(body)!.AsObject());
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ObjectDisposedException)
        {
        }
        foreach (var waiter in pending.Values)
        {
            waiter.TrySetException(new EndOfStreamException($"The server closed its output. Stderr:\n{Stderr}"));
        }
    }

    private void Dispatch(JsonObject message)
    {
        var hasMethod = message.ContainsKey("method");
        var hasId = message["id"] is JsonValue;
        if (hasMethod && hasId)
        {
            // A request from the server: answer it.
            var result = OnServerRequest((string)message["method"]!, message["params"]);
            _ = SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
            lock (notifications)
            {
                notifications.Add(message);
            }
            notificationSignal.Release();
        }
        else if (hasMethod)
        {
            lock (notifications)
            {
                notifications.Add(message);
            }
            notificationSignal.Release();
        }
        else if (message["id"] is JsonValue idValue && idValue.TryGetValue<int>(out var id) && pending.TryRemove(id, out var waiter))
        {
            waiter.TrySetResult(message);
        }
        else
        {
            lock (notifications)
            {
                notifications.Add(new JsonObject { ["method"] = "$/orphanResponse", ["params"] = message.DeepClone() });
            }
            notificationSignal.Release();
        }
    }

    private static async Task<int> ReadHeaderAsync(Stream stream)
    {
        var line = new StringBuilder();
        var length = -1;
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return -1;
            }
            if (one[0] != '\n')
            {
                line.Append((char)one[0]);
                continue;
            }
            var text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0)
            {
                return length;
            }
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }
        }
    }
}
