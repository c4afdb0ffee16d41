using BenchmarkDotNet.Running;

namespace EditorialLint.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites for Core. Run all: dotnet run -c Release --project tests/benchmarks/EditorialLint.Benchmarks -- --filter '*'
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
