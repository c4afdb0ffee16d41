using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Cli.Running;

/// <summary>Lints a list of inputs with one linter, in parallel, keeping the inputs' order in the report.</summary>
public static class LintRunner
{
    /// <param name="fileDone">Called (from any thread) after each file, for a progress display.</param>
    /// <param name="documentFor">Reads an input (default: by its extension); the configuration supplies one for code and mapped formats.</param>
    public static RunReport Run(IReadOnlyList<InputFile> inputs, Func<InputFile, Linter> linterFor, int jobs, CancellationToken cancellationToken = default, Action? fileDone = null, Func<InputFile, Document>? documentFor = null)
    {
        var reports = new FileReport[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs), CancellationToken = cancellationToken };
        Parallel.For(0, inputs.Count, options, i =>
        {
            reports[i] = LintOne(inputs[i], linterFor, documentFor);
            fileDone?.Invoke();
        });
        return new RunReport(reports);
    }

    public static FileReport LintOne(InputFile input, Func<InputFile, Linter> linterFor, Func<InputFile, Document>? documentFor = null)
    {
        try
        {
            Document document = documentFor is not null ? documentFor(input) : input.StdinText is { } text
                ? Document.Parse(input.DisplayPath, text)
                : DocumentLoader.Load(input.FullPath);
            LintResult result = linterFor(input).Lint(document);

            // The report outlives the lint: keep the document and its diagnostics, not the analyses behind them
            // (tokens, sentences, scope units, literal hits...), which held most of the peak memory of a large run.
            result = result with { Context = new AnalysisContext(document, result.Context.Options) };
            return new FileReport(input.DisplayPath, input.FullPath, result, null) { FromStandardInput = input.StdinText is not null };
        }
        catch (DocumentLoadException e)
        {
            return new FileReport(input.DisplayPath, input.FullPath, null, e.Message) { FromStandardInput = input.StdinText is not null };
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A bug met on one file (a rule that throws, a parser surprise) must not cost the other files their report.
            string error = $"internal error, file skipped ({e.GetType().Name}: {e.Message.TrimEnd('.')}); please report it with the file";
            return new FileReport(input.DisplayPath, input.FullPath, null, error) { FromStandardInput = input.StdinText is not null };
        }
    }
}
