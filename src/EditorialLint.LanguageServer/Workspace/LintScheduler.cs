using System.Collections.Concurrent;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Debounces work per document: scheduling a newer snapshot cancels the pending or running work for
/// the older one, so only the latest version of a document is ever analysed to completion.
/// </summary>
public sealed class LintScheduler(Func<DocumentSnapshot, CancellationToken, Task> work, Func<int> debounceMs, Action<Exception>? onError = null)
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
        _ = RunAsync(snapshot, cts, immediate ? 0 : debounceMs());
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

    private async Task RunAsync(DocumentSnapshot snapshot, CancellationTokenSource cts, int delay)
    {
        try
        {
            if (delay > 0)
            {
                await Task.Delay(delay, cts.Token).ConfigureAwait(false);
            }
            else
            {
                // Off the dispatcher's synchronization context, onto the thread pool: the work runs right there.
                await Task.CompletedTask.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
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
