using System.CommandLine;
using System.Reflection;
using EditorialLint.Cli.Commands;

namespace EditorialLint.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    /// <summary>Runs the CLI against the given streams (tests call this in-process).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var console = new CliConsole(stdin, stdout, stderr);
        var root = new RootCommand("EditorialLint: the editorial checker for Markdown and plain-text drafts.");
        foreach (ICliCommand command in DiscoverCommands())
        {
            root.Subcommands.Add(command.Create(console));
        }

        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine($"editorial-lint: {parsed.Errors[0].Message} (run 'editorial-lint --help' for usage)");
            return ExitCodes.UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"editorial-lint: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Core.Configuration.ConfigurationException e)
        {
            stderr.WriteLine($"editorial-lint: {e.Message}");
            return ExitCodes.UsageError;
        }
    }

    private static IEnumerable<ICliCommand> DiscoverCommands() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t) && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .OrderBy(c => c.Order)
            .ThenBy(c => c.GetType().Name, StringComparer.Ordinal);
}
