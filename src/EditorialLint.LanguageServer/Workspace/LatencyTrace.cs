using System.Diagnostics;
using System.Globalization;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// With <c>EDITORIAL_LINT_LATENCY_TRACE=1</c>, one stderr line per published push: where the time between a change
/// arriving and its diagnostics going out was spent (the latency benchmark reads these lines). Off, it costs a field read.
/// </summary>
internal static class LatencyTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("EDITORIAL_LINT_LATENCY_TRACE") == "1";

    public static long Now() => Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Milliseconds from <paramref name="from"/> to <paramref name="to"/> (two <see cref="Now"/> values).</summary>
    public static string Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds.ToString("F2", CultureInfo.InvariantCulture);

    public static void Write(string line)
    {
        if (Enabled)
        {
            Console.Error.WriteLine("latency-trace " + line);
        }
    }
}
