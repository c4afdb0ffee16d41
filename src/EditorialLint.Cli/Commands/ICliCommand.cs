using System.CommandLine;

namespace EditorialLint.Cli.Commands;

/// <summary>One sub-command of editorial-lint, one per file, discovered by reflection.</summary>
public interface ICliCommand
{
    /// <summary>Position in the help listing.</summary>
    int Order { get; }

    Command Create(CliConsole console);
}
