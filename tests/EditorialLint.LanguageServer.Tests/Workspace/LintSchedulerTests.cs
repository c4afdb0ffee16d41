using System.Collections.Concurrent;
using EditorialLint.LanguageServer.Workspace;

namespace EditorialLint.LanguageServer.Tests.Workspace;

public class LintSchedulerTests
{
    private static DocumentSnapshot Snapshot(int version) => new("file:///d.md", "markdown", version, $"v{version}");

    private static async Task WaitIdle(LintScheduler scheduler)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (scheduler.Running > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(0, scheduler.Running);
    }

    [Fact]
    public async Task A_burst_of_changes_is_analysed_once_for_the_last_version()
    {
        var done = new ConcurrentBag<int>();
        var scheduler = new LintScheduler((s, _) =>
        {
            done.Add(s.Version);
            return Task.CompletedTask;
        }, () => 100);
        for (var v = 1; v <= 20; v++)
        {
            scheduler.Schedule(Snapshot(v));
        }
        await WaitIdle(scheduler);
        Assert.Equal([20], done.ToArray());
    }

    [Fact]
    public async Task A_newer_version_cancels_running_work()
    {
        var cancelled = new TaskCompletionSource<int>();
        var completed = new ConcurrentBag<int>();
        var started = new TaskCompletionSource();
        var scheduler = new LintScheduler(async (s, ct) =>
        {
            if (s.Version == 1)
            {
                started.SetResult();
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), ct);
                }
                catch (OperationCanceledException)
                {
                    cancelled.SetResult(s.Version);
                    throw;
                }
            }
            completed.Add(s.Version);
        }, () => 0);
        scheduler.Schedule(Snapshot(1));
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        scheduler.Schedule(Snapshot(2));
        Assert.Equal(1, await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        await WaitIdle(scheduler);
        Assert.Equal([2], completed.ToArray());
    }

    [Fact]
    public async Task Errors_are_reported_and_do_not_stop_later_work()
    {
        var errors = new ConcurrentBag<Exception>();
        var completed = new ConcurrentBag<int>();
        var scheduler = new LintScheduler((s, _) => s.Version == 1 ? throw new InvalidOperationException("boom") : Task.Run(() => completed.Add(s.Version)),
            () => 0, errors.Add);
        scheduler.Schedule(Snapshot(1));
        await WaitIdle(scheduler);
        scheduler.Schedule(Snapshot(2));
        await WaitIdle(scheduler);
        Assert.Single(errors);
        Assert.Equal([2], completed.ToArray());
    }

    [Fact]
    public async Task The_lint_runs_during_the_debounce_and_its_end_only_publishes_the_last_version()
    {
        var events = new ConcurrentQueue<string>();
        var firstPrepared = new TaskCompletionSource();
        var scheduler = new LintScheduler((s, _) =>
        {
            events.Enqueue($"publish {s.Version}");
            return Task.CompletedTask;
        }, () => 200, prepare: (s, _) =>
        {
            events.Enqueue($"prepare {s.Version}");
            if (s.Version == 1)
            {
                firstPrepared.TrySetResult();
            }
        });
        scheduler.Schedule(Snapshot(1));
        // The first version is prepared without waiting for its debounce; the second supersedes it.
        await firstPrepared.Task.WaitAsync(TimeSpan.FromSeconds(10));
        scheduler.Schedule(Snapshot(2));
        await WaitIdle(scheduler);
        Assert.Equal(["prepare 1", "prepare 2", "publish 2"], events.ToArray());
    }

    [Fact]
    public async Task An_immediate_schedule_does_not_prepare_separately()
    {
        var events = new ConcurrentQueue<string>();
        var scheduler = new LintScheduler((s, _) =>
        {
            events.Enqueue($"publish {s.Version}");
            return Task.CompletedTask;
        }, () => 150, prepare: (s, _) => events.Enqueue($"prepare {s.Version}"));
        scheduler.Schedule(Snapshot(1), immediate: true);
        await WaitIdle(scheduler);
        Assert.Equal(["publish 1"], events.ToArray());
    }
}
