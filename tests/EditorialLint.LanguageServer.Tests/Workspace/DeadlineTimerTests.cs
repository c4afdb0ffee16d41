using System.Collections.Concurrent;
using System.Diagnostics;
using EditorialLint.LanguageServer.Workspace;

namespace EditorialLint.LanguageServer.Tests.Workspace;

public class DeadlineTimerTests
{
    private static long In(int milliseconds) => Stopwatch.GetTimestamp() + (milliseconds * Stopwatch.Frequency / 1000);

    [Fact]
    public async Task Waits_complete_in_deadline_order_and_not_before_their_deadline()
    {
        var order = new ConcurrentQueue<int>();
        var deadlines = new[] { In(60), In(20), In(40) };
        var waits = deadlines.Select((deadline, i) => DeadlineTimer.Shared.WaitUntilAsync(deadline, CancellationToken.None).ContinueWith(_ =>
        {
            Assert.True(Stopwatch.GetTimestamp() >= deadline);
            order.Enqueue(i);
        }, TaskContinuationOptions.ExecuteSynchronously)).ToArray();
        await Task.WhenAll(waits).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([1, 2, 0], order.ToArray());
    }

    [Fact]
    public async Task A_cancelled_wait_ends_cancelled_and_others_still_complete()
    {
        using var cts = new CancellationTokenSource();
        var cancelled = DeadlineTimer.Shared.WaitUntilAsync(In(60_000), cts.Token);
        var other = DeadlineTimer.Shared.WaitUntilAsync(In(30), CancellationToken.None);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(TimeSpan.FromSeconds(10)));
        await other.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void A_past_deadline_or_a_cancelled_token_completes_at_once()
    {
        Assert.True(DeadlineTimer.Shared.WaitUntilAsync(Stopwatch.GetTimestamp() - 1, CancellationToken.None).IsCompletedSuccessfully);
        Assert.True(DeadlineTimer.Shared.WaitUntilAsync(In(1000), new CancellationToken(canceled: true)).IsCanceled);
    }
}
