using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Running;

/// <summary>Lints a list of inputs with one linter, in parallel, keeping the inputs' order in the report.</summary>
public static class LintRunner
{
    public static RunReport Run(IReadOnlyList<InputFile> inputs, Func<InputFile, Linter> linterFor, int jobs, CancellationToken cancellationToken = default)
    {
        var reports = new FileReport[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
        Parallel.For(0, inputs.Count, options, i => reports[i] = LintOne(inputs[i], linterFor));
        return new RunReport(reports);
    }

    public static FileReport LintOne(InputFile input, Func<InputFile, Linter> linterFor)
    {
        try
        {
            Document document = input.StdinText is { } text
                ? Document.Parse(input.DisplayPath, text)
                : DocumentLoader.Load(input.FullPath);
            LintResult result = linterFor(input).Lint(document);
            return new FileReport(input.DisplayPath, input.FullPath, result, null);
        }
        catch (DocumentLoadException e)
        {
            return new FileReport(input.DisplayPath, input.FullPath, null, e.Message);
        }
    }
}
