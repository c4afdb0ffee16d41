using System.Runtime.InteropServices;

namespace EditorialLint.Benchmarks.Shared;

/// <summary>
/// The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID), unaffected by the load other processes put on a
/// shared machine. Linked into the benchmark projects that time stages and rules.
/// </summary>
internal static class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Cpu()
    {
        clock_gettime(ClockThreadCpuTimeId, out Timespec ts);
        return TimeSpan.FromTicks((ts.Seconds * TimeSpan.TicksPerSecond) + (ts.Nanoseconds / 100));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clockId, out Timespec time);

    private readonly struct Timespec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
