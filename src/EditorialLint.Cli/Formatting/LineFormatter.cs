using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// Vale's <c>--output=line</c>: one finding per line, <c>path:line:col:Rule.Id:message</c>, files in byte order
/// of their path and findings by line then column; the column counts Unicode code points. No summary.
/// </summary>
public sealed class LineFormatter : IOutputFormatter
{
    public string Name => "line";

    public string Description => "one finding per line as path:line:col:Rule.Id:message (columns in code points), like Vale's --output=line";

    public void Write(RunReport report, TextWriter output, OutputOptions options)
    {
        foreach (FileReport file in report.Files.OrderBy(f => f.DisplayPath, StringComparer.Ordinal))
        {
            if (file.Result is null)
            {
                continue;
            }

            SourceText source = file.Result.Document.Source;
            var lines = file.Diagnostics
                .Select(d => (Diagnostic: d, Range: OneBasedRange.From(source, d.Span, PositionEncoding.Utf32)))
                .OrderBy(x => x.Range.Line)
                .ThenBy(x => x.Range.Column);
            foreach (var (d, range) in lines)
            {
                output.WriteLine($"{file.DisplayPath}:{range.Line}:{range.Column}:{d.RuleId}:{d.Message}");
            }
        }
    }
}
