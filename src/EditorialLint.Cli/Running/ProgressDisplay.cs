using Spectre.Console;

namespace EditorialLint.Cli.Running;

/// <summary>
/// A progress bar on standard error for runs that take more than a second, shown only when both standard output
/// and standard error are a terminal and not in CI (CI, GITHUB_ACTIONS, TF_BUILD...) or a dumb terminal; it clears itself when done.
/// </summary>
public static class ProgressDisplay
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private static readonly string[] CiVariables = ["CI", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TEAMCITY_VERSION"];

    public static bool IsWanted(CliConsole console) =>
        console.IsTerminal
        && !Console.IsErrorRedirected
        && ReferenceEquals(console.Error, Console.Error)
        && !CiVariables.Any(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v)))
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    /// <summary>Runs <paramref name="work"/>, which reports each finished item through its argument.</summary>
    public static T Run<T>(CliConsole console, string title, int total, Func<Action, T> work)
    {
        if (total < 2 || !IsWanted(console))
        {
            return work(() => { });
        }

        int done = 0;
        Task<T> running = Task.Run(() => work(() => Interlocked.Increment(ref done)));
        Task.WhenAny(running, Task.Delay(Delay)).Wait();
        if (running.IsCompleted)
        {
            return running.GetAwaiter().GetResult();
        }

        IAnsiConsole terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        terminal.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(title, autoStart: true, maxValue: total);
                while (!running.IsCompleted)
                {
                    Task.WhenAny(running, Task.Delay(100)).Wait();
                    task.Value = Volatile.Read(ref done);
                }

                task.Value = total;
            });
        return running.GetAwaiter().GetResult();
    }
}
