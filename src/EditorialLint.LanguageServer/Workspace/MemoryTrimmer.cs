using System.Runtime;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Keeps the server's working set near its live data. Measured on a 10,000-word draft: about 35 MB is live (32 MB
/// of it the spelling dictionary), but each lint allocates about 3 MB, much of which lives one version (it is held
/// by the per-document caches) and so dies in generation 2, which the collector lets grow to over 100 MB before
/// collecting it (the spelling rules' per-thread word caches add about 1 MB for each thread that lints). Two
/// measures, both off the edit's path (queued after a lint):
/// once, after the first lint, a compacting collection returns what loading the dictionary used and freed
/// (about 35 MB of temporary arrays); after that, every <see cref="AllocationBetweenCollections"/> bytes allocated,
/// a background (non-blocking) full collection.
/// </summary>
internal static class MemoryTrimmer
{
    private const long AllocationBetweenCollections = 32L * 1024 * 1024;

    private static int warmedUp;
    private static long lastCollection;
    private static int queued;

    /// <summary>Called after each lint; cheap when there is nothing to do.</summary>
    public static void AfterLint()
    {
        bool first = Volatile.Read(ref warmedUp) == 0;
        if (!first && GC.GetTotalAllocatedBytes() - Volatile.Read(ref lastCollection) < AllocationBetweenCollections)
        {
            return;
        }

        if (Interlocked.Exchange(ref queued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ => Collect(), null);
        }
    }

    private static void Collect()
    {
        try
        {
            if (Interlocked.Exchange(ref warmedUp, 1) == 0)
            {
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            else
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: false);
            }

            Volatile.Write(ref lastCollection, GC.GetTotalAllocatedBytes());
        }
        finally
        {
            Volatile.Write(ref queued, 0);
        }
    }
}
