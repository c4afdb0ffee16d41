using System.CommandLine;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;

namespace EditorialLint.Cli.Commands;

/// <summary><c>editorial-lint explain Rule.Id</c>: the rule's title, level, source, explanation and example.</summary>
public sealed class ExplainCommand : ICliCommand
{
    public int Order => 30;

    public Command Create(CliConsole console)
    {
        var id = new Argument<string>("rule") { Description = "Rule id, e.g. Dates.PublicationConflict or House.Terms" };
        var config = new Option<string?>("--config") { Description = "Configuration file whose styles to search" };
        var command = new Command("explain", "Explain a rule, with an example") { id, config };
        command.SetAction(result =>
        {
            string wanted = result.GetValue(id)!;
            var factory = new LinterFactory(new LintOverrides(result.GetValue(config)));
            var rules = factory.RulesFor(Path.Combine(Directory.GetCurrentDirectory(), "_.md"));
            var match = rules.FirstOrDefault(r => string.Equals(r.Rule.Descriptor.Id, wanted, StringComparison.OrdinalIgnoreCase));
            if (match.Rule is null)
            {
                var close = rules.Select(r => r.Rule.Descriptor.Id)
                    .Where(r => r.Contains(wanted.Split('.')[^1], StringComparison.OrdinalIgnoreCase) || r.StartsWith(wanted.Split('.')[0] + ".", StringComparison.OrdinalIgnoreCase))
                    .Take(5).ToList();
                throw new UsageException($"no rule '{wanted}'" + (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; run 'editorial-lint rules' to list them"));
            }

            RuleDescriptor d = match.Rule.Descriptor;
            console.Out.WriteLine($"{d.Id}: {d.Title}");
            console.Out.WriteLine($"Level: {d.DefaultSeverity.ToName()}{(match.Severity != d.DefaultSeverity ? $" (configured: {match.Severity.ToName()})" : string.Empty)}; {(match.Enabled ? "enabled" : "disabled")} here");
            console.Out.WriteLine($"Source: {d.SourceFile ?? "built-in"}");
            console.Out.WriteLine();
            console.Out.WriteLine(d.Explanation);
            if (!string.IsNullOrWhiteSpace(d.Example))
            {
                console.Out.WriteLine();
                console.Out.WriteLine("Example: " + d.Example);
            }

            if (d.SourceFile is null)
            {
                console.Out.WriteLine();
                console.Out.WriteLine("More: " + d.HelpUri);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
