using System.Collections.Concurrent;
using System.Diagnostics;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Debounces work per document: scheduling a newer snapshot cancels the pending or running work for
/// the older one, so <paramref name="work"/> runs only for a version that stayed the latest for the debounce.
/// <paramref name="prepare"/>, when given, runs as soon as a version is scheduled, during its debounce (cancelled
/// like the rest by a newer version): the CPU work that no later keystroke can change (the lint), so that the end
/// of the debounce only has to publish. The debounce is measured from the change, to a precise deadline.
/// </summary>
public sealed class LintScheduler(Func<DocumentSnapshot, CancellationToken, Task> work, Func<int> debounceMs, Action<Exception>? onError = null,
    Action<DocumentSnapshot, CancellationToken>? prepare = null)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> pending = new(StringComparer.Ordinal);
    private int running;

    /// <summary>Number of scheduled or running jobs (for tests and the benchmark).</summary>
    public int Running => Volatile.Read(ref running);

    public void Schedule(DocumentSnapshot snapshot, bool immediate = false)
    {
        var cts = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        pending.AddOrUpdate(snapshot.Uri, cts, (_, old) =>
        {
            previous = old;
            return cts;
        });
        CancelQuietly(previous);
        Interlocked.Increment(ref running);
        var delay = immediate ? 0 : debounceMs();
        _ = RunAsync(snapshot, cts, delay, Stopwatch.GetTimestamp() + (delay * Stopwatch.Frequency / 1000));
    }

    public void Cancel(string uri)
    {
        if (pending.TryRemove(uri, out var cts))
        {
            CancelQuietly(cts);
        }
    }

    public void CancelAll()
    {
        foreach (var uri in pending.Keys)
        {
            Cancel(uri);
        }
    }

    private static void CancelQuietly(CancellationTokenSource? cts)
    {
        try
        {
            cts?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job finished (and disposed its source) between the swap and the cancel.
        }
    }

    private async Task RunAsync(DocumentSnapshot snapshot, CancellationTokenSource cts, int delay, long deadline)
    {
        try
        {
            // Off the dispatcher's synchronization context, onto the thread pool.
            await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
            if (delay > 0)
            {
                var prepared = LatencyTrace.Now();
                if (prepare is not null)
                {
                    cts.Token.ThrowIfCancellationRequested();
                    prepare(snapshot, cts.Token);
                    prepared = LatencyTrace.Now();
                }
                await DeadlineTimer.Shared.WaitUntilAsync(deadline, cts.Token).ConfigureAwait(false);
                if (LatencyTrace.Enabled)
                {
                    var woke = LatencyTrace.Now();
                    LatencyTrace.Write($"v={snapshot.Version} prepared={LatencyTrace.Ms(deadline - (delay * Stopwatch.Frequency / 1000), prepared)} "
                        + $"late={LatencyTrace.Ms(deadline, woke)}");
                }
            }
            cts.Token.ThrowIfCancellationRequested();
            await work(snapshot, cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            onError?.Invoke(ex);
        }
        finally
        {
            pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(snapshot.Uri, cts));
            cts.Dispose();
            Interlocked.Decrement(ref running);
        }
    }
}
