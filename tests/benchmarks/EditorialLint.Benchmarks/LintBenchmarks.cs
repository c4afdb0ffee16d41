using BenchmarkDotNet.Attributes;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Benchmarks;

/// <summary>The whole pipeline and its stages on drafts of growing size (the seed repeated).</summary>
[MemoryDiagnoser]
public class LintBenchmarks
{
    private string text = string.Empty;
    private Linter linter = null!;

    public Document Document { get; private set; } = null!;

    /// <summary>Number of copies of the seed draft (about 760 words each).</summary>
    [Params(1, 13, 130)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string seed = File.ReadAllText(Path.Combine(FindRepoRoot(), "seeds", "000_ba0252e7096ca9a6.txt"));
        text = string.Join("\n\n", Enumerable.Repeat(seed, Copies));
        Document = Document.Parse("bench.txt", text);
        linter = Linter.CreateDefault();
    }

    [Benchmark]
    public Document ParsePlainText() => Document.Parse("bench.txt", text);

    [Benchmark]
    public Document ParseMarkdown() => Document.Parse("bench.md", text);

    [Benchmark]
    public int Analyze() => new AnalysisContext(Document, LintOptions.Default).Blocks.Sum(b => b.Tokens.Length);

    [Benchmark(Baseline = true)]
    public int LintAllRules() => linter.Lint(Document).Diagnostics.Length;

    internal static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("run from inside the repository");
    }
}

/// <summary>Each built-in rule alone on a 10,000-word draft, to see which family costs what.</summary>
[MemoryDiagnoser]
public class RuleBenchmarks
{
    private Document document = null!;

    public static IEnumerable<string> RuleIds => BuiltInRules.All.Select(r => r.Descriptor.Id);

    [ParamsSource(nameof(RuleIds))]
    public string RuleId { get; set; } = string.Empty;

    private Linter linter = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lint = new LintBenchmarks { Copies = 13 };
        lint.Setup();
        document = lint.Document;
        IRule rule = BuiltInRules.Find(RuleId)!;
        linter = new Linter([rule], LintOptions.Default.With(b => b.EnabledRules.Add(RuleId)));
    }

    [Benchmark]
    public int Lint() => linter.Lint(document).Diagnostics.Length;
}

/// <summary>Each rule family alone (all its built-in rules) on drafts of growing size, to see what a family costs.</summary>
[MemoryDiagnoser]
public class FamilyBenchmarks
{
    private Document document = null!;
    private Linter linter = null!;

    public static IEnumerable<string> Families => BuiltInRules.All.Select(r => r.Descriptor.Family).Distinct().Order(StringComparer.Ordinal);

    [ParamsSource(nameof(Families))]
    public string Family { get; set; } = string.Empty;

    /// <summary>Copies of the seed: about 760, 10,000 and 100,000 words.</summary>
    [Params(1, 13, 130)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var lint = new LintBenchmarks { Copies = Copies };
        lint.Setup();
        document = lint.Document;
        IRule[] rules = BuiltInRules.All.Where(r => r.Descriptor.Family == Family).ToArray();
        linter = new Linter(rules, LintOptions.Default.With(b =>
        {
            foreach (IRule rule in rules)
            {
                b.EnabledRules.Add(rule.Descriptor.Id);
            }
        }));
    }

    [Benchmark]
    public int Lint() => linter.Lint(document).Diagnostics.Length;
}
