using System.CommandLine;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Commands;

/// <summary>
/// <c>editorial-lint rules [PATH]</c>: every rule available for PATH (default: the current folder) with its level,
/// whether the configuration enables it, and where it comes from.
/// </summary>
public sealed class RulesCommand : ICliCommand
{
    public int Order => 20;

    public Command Create(CliConsole console)
    {
        var path = new Argument<string?>("path") { Description = "File or folder whose configuration applies (default: current folder)", Arity = ArgumentArity.ZeroOrOne };
        var config = new Option<string?>("--config") { Description = "Configuration file to use instead of the nearest one" };
        var enabledOnly = new Option<bool>("--enabled") { Description = "List only the rules that run" };
        var command = new Command("rules", "List rules with their level, state and source file") { path, config, enabledOnly };
        command.SetAction(result =>
        {
            string target = result.GetValue(path) ?? Directory.GetCurrentDirectory();
            var factory = new LinterFactory(new LintOverrides(result.GetValue(config)));
            string file = Directory.Exists(target) ? Path.Combine(Path.GetFullPath(target), "_.md") : Path.GetFullPath(target);
            var rules = factory.RulesFor(file);
            string? configPath = factory.ConfigurationFor(target).SourcePath;
            console.Out.WriteLine($"Configuration: {configPath ?? "none (built-in defaults)"}");
            int width = rules.Count == 0 ? 10 : rules.Max(r => r.Rule.Descriptor.Id.Length);
            foreach (var (rule, enabled, severity) in rules)
            {
                if (result.GetValue(enabledOnly) && !enabled)
                {
                    continue;
                }

                string source = rule.Descriptor.SourceFile ?? "built-in";
                console.Out.WriteLine($"{rule.Descriptor.Id.PadRight(width)}  {severity.ToName(),-7}  {(enabled ? "on " : "off")}  {source}");
            }

            foreach (var unsupported in factory.UnsupportedFor(file))
            {
                console.Out.WriteLine($"{unsupported.Id.PadRight(width)}  {"-",-7}  unsupported ({unsupported.Extends})  {unsupported.SourceFile}");
            }

            foreach (string note in factory.Notes)
            {
                console.Error.WriteLine($"editorial-lint: note: {note}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
