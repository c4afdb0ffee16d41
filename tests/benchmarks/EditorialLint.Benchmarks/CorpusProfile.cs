using EditorialLint.Benchmarks.Shared;
using System.Diagnostics;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Benchmarks;

/// <summary>
/// Steady-state cost of each stage and each rule on a folder of articles, one thread, after a warm-up pass:
/// <c>dotnet run -c Release --project tests/benchmarks/EditorialLint.Benchmarks -- profile [FOLDER] [PASSES] [CONFIG]</c>
/// (CONFIG: a .editoriallint.yaml or .vale.ini whose rules to run, e.g. with Vale styles; default: the built-in rules).
/// It times the thread's CPU (not the wall), so it stays usable on a busy machine. A rule's time includes the
/// document-wide analyses (<see cref="AnalysisContext.Get{T}"/>) it is the first to ask for; the order of the
/// rules is the linter's. With PROFILE_ANALYSES=1 the shared analyses (quotations, dates, names, established words)
/// are computed and timed first, as stages of their own, so each rule's figure is its own work. Each figure is the fastest of the passes (the least disturbed by other processes on a
/// shared machine). Figures are for notes, never asserted.
/// </summary>
public static class CorpusProfile
{
    public static int Run(string[] args)
    {
        string folder = args.Length > 0 ? args[0] : Path.Combine(SharedFolder(), "corpus");
        int passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        if (!Directory.Exists(folder))
        {
            Console.WriteLine($"SKIPPED: {folder} not found (the shared corpus lives next to the repository)");
            return 0;
        }

        string[] paths = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".md", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Where(p => Path.GetFileName(p) != "SOURCE.md")
            .Order(StringComparer.Ordinal)
            .ToArray();
        var texts = paths.Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToArray();
        long totalBytes = texts.Sum(t => (long)t.Bytes.Length);
        var linter = args.Length > 2
            ? EditorialLint.Core.Configuration.LinterFactory.ForFile(paths[0], new EditorialLint.Core.Configuration.LintOverrides(ConfigPath: args[2]))
            : Linter.CreateDefault();
        bool split = Environment.GetEnvironmentVariable("PROFILE_ANALYSES") == "1";
        (string Name, Action<AnalysisContext> Compute)[] shared = split
            ?
            [
                ("analysis: QuotationAnalysis", c => c.Get<QuotationAnalysis>()),
                ("analysis: DateAnalysis", c => c.Get<EditorialLint.Core.Dates.DateAnalysis>()),
                ("analysis: NameAnalysis", c => c.Get<NameAnalysis>()),
                ("analysis: EstablishedWords", c => c.Get<EditorialLint.Core.Spelling.EstablishedWords>()),
            ]
            : [];
        int first = 2 + shared.Length;
        int stages = linter.Rules.Length + first; // 0 = load + parse, 1 = block analysis, [analyses], then rules
        var best = Enumerable.Repeat(TimeSpan.MaxValue, stages).ToArray();
        var allocated = new long[stages]; // bytes allocated per stage, in the last pass

        for (int pass = 0; pass <= passes; pass++)
        {
            bool measured = pass > 0; // pass 0 warms up: dictionary load, JIT, lazily built indexes
            var times = new TimeSpan[stages];
            Array.Clear(allocated);
            foreach (var (path, bytes) in texts)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                TimeSpan t0 = ThreadClock.Cpu();
                Document document = DocumentLoader.FromBytes(path, bytes);
                TimeSpan t1 = ThreadClock.Cpu();
                long a1 = GC.GetAllocatedBytesForCurrentThread();
                var context = new AnalysisContext(document, linter.Options);
                _ = context.Blocks;
                TimeSpan t2 = ThreadClock.Cpu();
                allocated[0] += a1 - a0;
                allocated[1] += GC.GetAllocatedBytesForCurrentThread() - a1;
                times[0] += t1 - t0;
                times[1] += t2 - t1;
                for (int a = 0; a < shared.Length; a++)
                {
                    long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    TimeSpan before = ThreadClock.Cpu();
                    shared[a].Compute(context);
                    times[2 + a] += ThreadClock.Cpu() - before;
                    allocated[2 + a] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                }

                for (int r = 0; r < linter.Rules.Length; r++)
                {
                    long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                    TimeSpan before = ThreadClock.Cpu();
                    linter.Rules[r].Analyze(context);
                    times[r + first] += ThreadClock.Cpu() - before;
                    allocated[r + first] += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
                }
            }

            for (int i = 0; measured && i < stages; i++)
            {
                best[i] = times[i] < best[i] ? times[i] : best[i];
            }
        }

        TimeSpan total = best.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        static double Ms(TimeSpan t) => t.TotalMilliseconds;
        Console.WriteLine($"{texts.Length} files, {totalBytes / 1048576.0:F1} MB, thread CPU of the fastest of {passes} passes:");
        static string Mb(long bytes) => $"{bytes / 1048576.0,8:F1} MB allocated";
        Console.WriteLine($"  {"load + parse (DocumentLoader)",-40} {Ms(best[0]),8:F1} ms {Mb(allocated[0])}");
        Console.WriteLine($"  {"tokens + sentences (BlockAnalysis)",-40} {Ms(best[1]),8:F1} ms {Mb(allocated[1])}");
        var named = shared.Select(a => a.Name).Concat(linter.Rules.Select(r => r.Descriptor.Id));
        foreach (var (name, time, bytes) in named.Zip(best.Skip(2), allocated.Skip(2)).OrderByDescending(p => p.Second).Take(50))
        {
            Console.WriteLine($"  {name,-40} {Ms(time),8:F1} ms {Mb(bytes)}");
        }

        Console.WriteLine($"  {"total",-40} {Ms(total),8:F1} ms = {totalBytes / 1048576.0 / total.TotalSeconds:F1} MB/s per core");
        return 0;
    }

    // shared/ sits next to the repository, or next to the folder of worktrees.
    private static string SharedFolder()
    {
        string root = LintBenchmarks.FindRepoRoot();
        string beside = Path.Combine(root, "..", "shared");
        return Directory.Exists(beside) ? beside : Path.Combine(root, "..", "..", "shared");
    }
}
