namespace EditorialLint.Cli.Running;

/// <summary>
/// <c>--fix</c> and <c>--fix-dry-run</c> over a whole run: fixes files in parallel, then, in the report's order, prints
/// each file's note to standard error and (dry run) its diff to standard output, and a one-line summary.
/// </summary>
public static class FixRunner
{
    public static RunReport Run(RunReport report, FileFixer fixer, bool dryRun, int jobs, CliConsole console)
    {
        var results = new FileFixResult[report.Files.Count];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i => results[i] = fixer.Fix(report.Files[i], dryRun));

        foreach (FileFixResult result in results)
        {
            if (result.Note is not null)
            {
                console.Error.WriteLine($"editorial-lint: {result.Report.DisplayPath}: {result.Note}");
            }

            console.Out.Write(result.Diff);
        }

        int fixes = results.Sum(r => r.Applied);
        int files = results.Count(r => r.Applied > 0);
        string counted = $"{fixes} safe fix{(fixes == 1 ? string.Empty : "es")} in {files} file{(files == 1 ? string.Empty : "s")}";
        console.Error.WriteLine(fixes == 0 ? "editorial-lint: no safe fix to apply"
            : dryRun ? $"editorial-lint: {counted} would be applied (dry run; nothing written)"
            : $"editorial-lint: applied {counted}");
        return report with { Files = results.Select(r => r.Report).ToList() };
    }
}
