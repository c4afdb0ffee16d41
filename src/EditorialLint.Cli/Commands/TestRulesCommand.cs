using System.CommandLine;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Cli.Commands;

/// <summary>
/// <c>editorial-lint test-rules PATH...</c>: runs the <c>tests:</c> embedded in rule files (a file, a style
/// folder or a folder of styles) and ends with <c>N passed, N failed</c>; exit 1 when a test fails.
/// </summary>
public sealed class TestRulesCommand : ICliCommand
{
    public int Order => 40;

    public Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files, style folders or folders of styles", Arity = ArgumentArity.OneOrMore };
        var command = new Command("test-rules", "Run the tests embedded in rule files ('tests:' with 'input' and 'expect')") { paths };
        command.SetAction(result =>
        {
            int passed = 0, failed = 0, untested = 0;
            foreach (string path in result.GetValue(paths)!)
            {
                foreach (RuleDefinition definition in RuleTestRunner.Load(path))
                {
                    if (definition.Kind == RuleKind.Unsupported)
                    {
                        console.Out.WriteLine($"SKIP {definition.Id}: 'extends: {definition.Extends}' is not supported ({definition.UnsupportedReason})");
                        continue;
                    }

                    var results = RuleTestRunner.Run(definition);
                    if (results.Count == 0)
                    {
                        untested++;
                        console.Out.WriteLine($"NONE {definition.Id}: no tests in {definition.SourceFile}");
                        continue;
                    }

                    foreach (RuleTestResult r in results)
                    {
                        if (r.Passed)
                        {
                            passed++;
                            console.Out.WriteLine($"PASS {r.RuleId} ({r.SourceFile}:{r.Line})");
                        }
                        else
                        {
                            failed++;
                            console.Out.WriteLine($"FAIL {r.RuleId} ({r.SourceFile}:{r.Line}): input \"{r.Input.Trim()}\"");
                            console.Out.WriteLine($"     expected [{string.Join(", ", r.Expected.Select(e => $"\"{e}\""))}]");
                            console.Out.WriteLine($"     flagged  [{string.Join(", ", r.Actual.Select(e => $"\"{e}\""))}]");
                        }
                    }
                }
            }

            console.Out.WriteLine($"{passed} passed, {failed} failed" + (untested > 0 ? $" ({untested} rule{(untested == 1 ? "" : "s")} without tests)" : string.Empty));
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
