using BenchmarkDotNet.Running;

namespace EditorialLint.Benchmarks;

/// <summary>
/// BenchmarkDotNet suites for Core. Run all: dotnet run -c Release --project tests/benchmarks/EditorialLint.Benchmarks -- --filter '*'.
/// <c>-- profile [FOLDER] [PASSES]</c> prints the steady-state thread CPU of each stage and rule on a folder (<see cref="CorpusProfile"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "profile")
        {
            return CorpusProfile.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
