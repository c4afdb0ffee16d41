using EditorialLint.Benchmarks.Shared;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using EditorialLint.LanguageServer.Tests;

// Edit-to-diagnostics latency of the real server process on a 10,000-word draft.
// Usage: dotnet run -c Release --project tests/benchmarks/EditorialLint.LspLatency [-- EDITS]
// (EDITORIAL_LINT_SHARED=/path/to/shared when ../shared is not next to the repository)
// Measures, per edit, the time from sending didChange to receiving publishDiagnostics for that
// version: once with the default 150 ms debounce (what a user sees) and once with debounce 0
// (lint + protocol cost alone); plus the pull (textDocument/diagnostic) round trip.
// With "lint" as the second argument: the same edits linted in process through one AnalysisCache, with the
// thread CPU of parsing and of each rule (what a warm cached lint of one edit costs, without the protocol).
var edits = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var draft = Draft.Build(10_000, out var origin);
Console.WriteLine($"draft: {Draft.CountWords(draft)} words, {draft.Length} chars ({origin}); {edits} edits per mode");
if (args.Length > 1 && args[1] == "lint")
{
    InProcess.Run(draft, edits);
    return;
}

// With "soak" as the second argument: EDITS edits at debounce 0 (typing, then deleting, one character at a time),
// sampling the server's working set every 200 edits: what a long editing session costs in memory.
if (args.Length > 1 && args[1] == "soak")
{
    var (soakClient, _) = await LspTestClient.StartInitializedAsync(initializationOptions: new JsonObject
    {
        ["editorialLint"] = new JsonObject { ["debounceMs"] = 0 },
    });
    await using (soakClient)
    {
        const string soakUri = "file:///tmp/soak-draft.md";
        await soakClient.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = soakUri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = draft },
        });
        await soakClient.WaitForDiagnosticsAsync(soakUri, 1);
        long opened = soakClient.ServerWorkingSetBytes, peak = opened;
        var latency = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var line = 2 + (i / 2 * 7 % 40);
            var watch = Stopwatch.StartNew();
            await soakClient.NotifyAsync("textDocument/didChange", i % 2 == 0
                ? Draft.InsertAt(soakUri, i + 2, line, "x")
                : Draft.ReplaceAt(soakUri, i + 2, line, 0, 1, string.Empty));
            await soakClient.WaitForDiagnosticsAsync(soakUri, i + 2);
            latency.Add(watch.Elapsed.TotalMilliseconds);
            soakClient.ClearNotifications();
            if (i % 200 == 199)
            {
                peak = Math.Max(peak, soakClient.ServerWorkingSetBytes);
            }
        }
        long end = soakClient.ServerWorkingSetBytes;
        Console.WriteLine($"soak: {edits} edits at debounce 0, push {Stats.Describe(latency)}");
        Console.WriteLine($"soak: server working set {opened / 1048576.0:F0} MB after open, peak {Math.Max(peak, end) / 1048576.0:F0} MB, {end / 1048576.0:F0} MB at the end");
        await soakClient.RequestAsync("shutdown", null);
        await soakClient.NotifyAsync("exit", null);
    }
    return;
}

// The server writes where each push's time went (LatencyTrace) to stderr; summarised after each mode.
Environment.SetEnvironmentVariable("EDITORIAL_LINT_LATENCY_TRACE", "1");
foreach (var debounce in new[] { 150, 0 })
{
    var openWatch = Stopwatch.StartNew();
    var (client, _) = await LspTestClient.StartInitializedAsync(initializationOptions: new JsonObject
    {
        ["editorialLint"] = new JsonObject { ["debounceMs"] = debounce },
    });
    await using (client)
    {
        const string uri = "file:///tmp/latency-draft.md";
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = draft },
        });
        await client.WaitForDiagnosticsAsync(uri, 1);
        Console.WriteLine($"debounce {debounce,3} ms  open to first diagnostics (server start and JIT included): {openWatch.Elapsed.TotalMilliseconds:F0} ms");
        var memoryAfterOpen = client.ServerWorkingSetBytes;
        var push = new List<double>();
        var pull = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var version = i + 2;
            var line = 2 + (i * 7 % 40);
            var watch = Stopwatch.StartNew();
            await client.NotifyAsync("textDocument/didChange", Draft.InsertAt(uri, version, line, i % 2 == 0 ? "x" : " "));
            await client.WaitForDiagnosticsAsync(uri, version);
            push.Add(watch.Elapsed.TotalMilliseconds);
            client.ClearNotifications();
            watch.Restart();
            await client.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
            pull.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"debounce {debounce,3} ms  push: {Stats.Describe(push)}");
        if (debounce > 0)
        {
            // One edit per round, so the debounce starts at the last (only) edit, as a user sees it.
            Console.WriteLine($"debounce {debounce,3} ms  push minus the debounce: {Stats.Describe(push.Select(p => p - debounce).ToList())}");
        }
        Stats.DescribeTrace(client.Stderr, debounce);
        Console.WriteLine($"debounce {debounce,3} ms  pull (cached, same version): {Stats.Describe(pull)}");
        Console.WriteLine($"debounce {debounce,3} ms  server working set: {memoryAfterOpen / 1048576.0:F0} MB after open, {client.ServerWorkingSetBytes / 1048576.0:F0} MB after {edits} edits");
        await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", null);
    }
}

internal static class Stats
{
    /// <summary>Per key of the server's "latency-trace v=N key=ms ..." lines (edits only, not the open): p50/p99.</summary>
    public static void DescribeTrace(string stderr, int debounce)
    {
        var values = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var line in stderr.Split('\n'))
        {
            var fields = line.Trim().Split(' ');
            if (fields.Length < 3 || fields[0] != "latency-trace" || fields[1] == "v=1")
            {
                continue;
            }
            foreach (var field in fields.Skip(2))
            {
                var eq = field.IndexOf('=');
                if (eq > 0 && double.TryParse(field[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                {
                    (values.TryGetValue(field[..eq], out var list) ? list : values[field[..eq]] = []).Add(ms);
                }
            }
        }
        foreach (var (key, list) in values)
        {
            Console.WriteLine($"debounce {debounce,3} ms    server {key}: {Describe(list)}");
        }
    }

    public static string Describe(List<double> samples)
    {
        var sorted = samples.Order().ToArray();
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"p50 {At(0.50):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms (n={sorted.Length})";
    }
}

internal static class Draft
{
    public static string Build(int words, out string origin)
    {
        // <repo>/../shared by convention; EDITORIAL_LINT_SHARED points elsewhere (a worktree, for instance).
        var shared = Environment.GetEnvironmentVariable("EDITORIAL_LINT_SHARED") ?? Path.Combine(FindRepo(), "..", "shared");
        var corpus = Path.Combine(shared, "corpus");
        var text = new StringBuilder();
        if (Directory.Exists(corpus))
        {
            origin = $"articles from {corpus}";
            foreach (var file in Directory.GetFiles(corpus, "*.md").Where(f => !f.EndsWith("SOURCE.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                text.Append(File.ReadAllText(file).Trim()).Append("\n\n");
                if (CountWords(text.ToString()) >= words)
                {
                    break;
                }
            }
        }
        else
        {
            Console.WriteLine($"NOTE: {corpus} not found; repeating the seed draft instead");
            origin = "seed draft repeated";
            var seed = File.ReadAllText(Path.Combine(FindRepo(), "seeds", "000_ba0252e7096ca9a6.txt"));
            while (CountWords(text.ToString()) < words)
            {
                text.Append(seed).Append("\n\n");
            }
        }
        return text.ToString();
    }

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    public static JsonObject InsertAt(string uri, int version, int line, string insert) => ReplaceAt(uri, version, line, 0, 0, insert);

    public static JsonObject ReplaceAt(string uri, int version, int line, int character, int length, string insert) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
        ["contentChanges"] = new JsonArray(new JsonObject
        {
            ["range"] = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                ["end"] = new JsonObject { ["line"] = line, ["character"] = character + length },
            },
            ["text"] = insert,
        }),
    };

    private static string FindRepo()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EditorialLint.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}

/// <summary>Counts the runtime's allocation samples (one per ~100 KB allocated) by type: ALLOCATIONS=1.</summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    public Dictionary<string, int> Types { get; } = [];

    public bool Recording { get; set; }

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (Recording && e.EventName == "GCAllocationTick_V4" && e.Payload is { } payload)
        {
            var name = payload[e.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?";
            lock (Types)
            {
                Types[name] = Types.GetValueOrDefault(name) + 1;
            }
        }
    }
}

internal static class InProcess
{
    public static void Run(string draft, int edits)
    {
        var bare = GC.GetTotalMemory(true);
        _ = EditorialLint.Core.Spelling.EnglishDictionary.Shared.Suggestions;
        var withDictionary = GC.GetTotalMemory(true);
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"after loading the dictionary: working set {Environment.WorkingSet / 1048576.0:F0} MB, GC committed {info.TotalCommittedBytes / 1048576.0:F0} MB");
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        info = GC.GetGCMemoryInfo();
        Console.WriteLine($"after an aggressive compacting collection: working set {Environment.WorkingSet / 1048576.0:F0} MB, GC committed {info.TotalCommittedBytes / 1048576.0:F0} MB");
        Console.WriteLine($"live managed memory: {bare / 1048576.0:F0} MB at start, {withDictionary / 1048576.0:F0} MB with the dictionary and its suggestion index");
        if (Environment.GetEnvironmentVariable("SUSTAINED") == "1")
        {
            System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        }
        var timed = EditorialLint.Core.Rules.BuiltInRules.All.Select(r => new TimedRule(r)).ToArray();
        var linter = new EditorialLint.Core.Engine.Linter(timed);
        var cache = new EditorialLint.Core.Analysis.AnalysisCache();
        var lines = draft.Split('\n').ToList();
        var total = new List<double>();
        var parse = new List<double>();
        var gcTimes = new List<double>();
        using var sampler = Environment.GetEnvironmentVariable("ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        long lastTrim = 0, parseBytes = 0, lintBytes = 0;
        var totalCpu = new List<double>();
        var gcs = new List<string>();
        for (var i = -1; i < edits; i++)
        {
            if (i >= 0)
            {
                var line = 2 + (i * 7 % 40);
                lines[line] = (i % 2 == 0 ? "x" : " ") + lines[line];
            }
            var text = string.Join('\n', lines);
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var cpuBefore = ThreadClock.Cpu();
            var gcsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var document = EditorialLint.Core.Documents.Document.Parse("draft.md", text);
            var parsed = (ThreadClock.Cpu() - cpuBefore).TotalMilliseconds;
            var allocatedParsing = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            foreach (var rule in timed)
            {
                rule.Elapsed = TimeSpan.Zero;
            }
            if (sampler is not null)
            {
                sampler.Recording = i >= 0;
            }
            linter.Lint(document, cache);
            if (sampler is not null)
            {
                sampler.Recording = false;
            }
            var cpu = (ThreadClock.Cpu() - cpuBefore).TotalMilliseconds;
            if (i >= 0)
            {
                totalCpu.Add(cpu);
                gcs.Add($"gc {GC.CollectionCount(0) - gcsBefore.Item1}/{GC.CollectionCount(1) - gcsBefore.Item2}/{GC.CollectionCount(2) - gcsBefore.Item3}");
                parseBytes += allocatedParsing;
                lintBytes += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore - allocatedParsing;
            }
            if (Environment.GetEnvironmentVariable("TRIM_MB") is { } trim && GC.GetTotalAllocatedBytes() - lastTrim > long.Parse(trim) * 1048576)
            {
                var g = Stopwatch.StartNew();
                GC.Collect(2, GCCollectionMode.Forced, blocking: Environment.GetEnvironmentVariable("TRIM_BLOCKING") == "1", compacting: Environment.GetEnvironmentVariable("TRIM_BLOCKING") == "1");
                gcTimes.Add(g.Elapsed.TotalMilliseconds);
                lastTrim = GC.GetTotalAllocatedBytes();
            }
            if (i >= 0)
            {
                total.Add(watch.Elapsed.TotalMilliseconds);
                parse.Add(parsed);
                foreach (var rule in timed)
                {
                    rule.Samples.Add(rule.Elapsed.TotalMilliseconds);
                }
            }
        }
        Console.WriteLine($"in-process cached lint (parse included), wall: {Stats.Describe(total)}");
        Console.WriteLine($"in-process cached lint (parse included), thread CPU: {Stats.Describe(totalCpu)}");
        Console.WriteLine("  thread CPU of each part:");
        Console.WriteLine($"  parse: {Stats.Describe(parse)}");
        foreach (var rule in timed.OrderByDescending(r => r.Samples.Sum()))
        {
            Console.WriteLine($"  {rule.Descriptor.Id,-32} {rule.Descriptor.Locality,-28} {Stats.Describe(rule.Samples)}");
        }
        Console.WriteLine($"  other (analysis, keys, fingerprints, sorting): mean {totalCpu.Average() - parse.Average() - timed.Sum(r => r.Samples.Average()):F2} ms");
        foreach (var worst in Enumerable.Range(0, totalCpu.Count).OrderByDescending(k => totalCpu[k]).Take(6))
        {
            var line = 2 + (worst * 7 % 40);
            var rules = string.Join(", ", timed.OrderByDescending(r => r.Samples[worst]).Take(3).Select(r => $"{r.Descriptor.Id} {r.Samples[worst]:F1}"));
            Console.WriteLine($"  slow edit {worst} (line {line}: {lines[line][..Math.Min(30, lines[line].Length)].Trim()}): {totalCpu[worst]:F1} ms CPU, {gcs[worst]}, parse {parse[worst]:F1}; {rules}");
        }
        Console.WriteLine($"  allocated per edit: parse {parseBytes / edits / 1024.0:F0} KB, lint {lintBytes / edits / 1024.0:F0} KB");
        if (sampler is not null)
        {
            lock (sampler.Types)
            {
                foreach (var (type, n) in sampler.Types.OrderByDescending(t => t.Value).Take(25))
                {
                    Console.WriteLine($"  allocation samples {n,6}  {type}");
                }
            }
        }
        if (gcTimes.Count > 0)
        {
            Console.WriteLine($"  induced collections: {Stats.Describe(gcTimes)}");
        }
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine($"  working set {Environment.WorkingSet / 1048576.0:F0} MB; GC: heap {gc.HeapSizeBytes / 1048576.0:F0} MB, committed {gc.TotalCommittedBytes / 1048576.0:F0} MB, "
            + $"fragmented {gc.FragmentedBytes / 1048576.0:F0} MB, live after a full collection {GC.GetTotalMemory(true) / 1048576.0:F0} MB; gen0/1/2 collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
    }

    private sealed class TimedRule(EditorialLint.Core.Rules.IRule inner) : EditorialLint.Core.Rules.IRule
    {
        public EditorialLint.Core.Rules.RuleDescriptor Descriptor => inner.Descriptor;

        public TimeSpan Elapsed { get; set; }

        public List<double> Samples { get; } = [];

        public void Analyze(EditorialLint.Core.Analysis.AnalysisContext context)
        {
            var start = ThreadClock.Cpu();
            inner.Analyze(context);
            Elapsed += ThreadClock.Cpu() - start;
        }
    }
}
