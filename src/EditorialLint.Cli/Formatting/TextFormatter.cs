using System.Text;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// For people: <c>path:line:col: severity Rule.Id message</c>, the source line with the range underlined,
/// and a closing summary. Long lines are shown as a window around the range.
/// </summary>
public sealed class TextFormatter : IOutputFormatter
{
    /// <summary>How many characters of context to show either side of the range on long lines.</summary>
    private const int Context = 50;

    public string Name => "text";

    public string Description => "for people: each finding with its source line underlined, and a summary";

    public void Write(RunReport report, TextWriter output, OutputOptions options)
    {
        var paint = new Painter(options.Color);
        foreach (FileReport file in report.Files)
        {
            if (file.Error is not null)
            {
                output.WriteLine($"{file.DisplayPath}: {paint.Bold("skipped")}: {file.Error}");
                continue;
            }

            SourceText source = file.Result!.Document.Source;
            foreach (Diagnostic d in file.Diagnostics)
            {
                OneBasedRange range = OneBasedRange.From(source, d.Span);
                output.WriteLine($"{paint.Bold($"{file.DisplayPath}:{range.Line}:{range.Column}:")} {paint.Severity(d.Severity)} {paint.Dim(d.RuleId)} {d.Message}");
                WriteExcerpt(output, source, d.Span, paint, d.Severity);
            }
        }

        output.WriteLine(Summary(report));
    }

    public static string Summary(RunReport report)
    {
        int errors = report.Count(Severity.Error), warnings = report.Count(Severity.Warning);
        int infos = report.Count(Severity.Info), hints = report.Count(Severity.Hint);
        string files = Plural(report.Linted, "file");
        string skipped = report.Failed > 0 ? $" ({Plural(report.Failed, "file")} skipped)" : string.Empty;
        if (errors + warnings + infos + hints == 0)
        {
            return $"No problems found in {files}{skipped}.";
        }

        var parts = new List<string> { Plural(errors, "error"), Plural(warnings, "warning"), Plural(infos, "info") };
        if (hints > 0)
        {
            parts.Add(Plural(hints, "hint"));
        }

        return $"{string.Join(", ", parts)} in {files}{skipped}.";
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";

    private static void WriteExcerpt(TextWriter output, SourceText source, TextSpan span, Painter paint, Severity severity)
    {
        int line = source.GetLineIndex(span.Start);
        TextSpan lineSpan = source.GetLineSpan(line);
        int markStart = span.Start - lineSpan.Start;
        int markEnd = Math.Min(span.End, lineSpan.End) - lineSpan.Start;
        string text = source.GetLineText(line);

        int from = 0, to = text.Length;
        if (text.Length > 2 * Context + Math.Max(0, markEnd - markStart))
        {
            from = Math.Max(0, markStart - Context);
            to = Math.Min(text.Length, Math.Max(markEnd, markStart + 1) + Context);
        }

        string prefix = from > 0 ? "…" : string.Empty;
        string suffix = to < text.Length ? "…" : string.Empty;
        string gutter = $"{line + 1,5} | ";
        var shown = new StringBuilder();
        var underline = new StringBuilder();
        underline.Append(' ', gutter.Length - 2).Append("| ").Append(' ', prefix.Length);
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            bool marked = i >= markStart && i < Math.Max(markEnd, markStart + 1);
            if (c == '\t')
            {
                shown.Append("    ");
                underline.Append(marked ? '^' : ' ', 4);
                continue;
            }

            shown.Append(char.IsControl(c) ? ' ' : c);
            if (char.IsLowSurrogate(c))
            {
                continue; // a surrogate pair shows as one character
            }

            underline.Append(marked ? '^' : ' ');
        }

        output.WriteLine($"{paint.Dim(gutter)}{prefix}{shown}{suffix}");
        output.WriteLine(paint.Colour(severity, underline.ToString().TrimEnd()));
    }

    private sealed class Painter(bool enabled)
    {
        public string Bold(string s) => enabled ? $"\u001b[1m{s}\u001b[0m" : s;

        public string Dim(string s) => enabled ? $"\u001b[2m{s}\u001b[0m" : s;

        public string Severity(Severity severity) => Colour(severity, severity.ToName());

        public string Colour(Severity severity, string s)
        {
            if (!enabled)
            {
                return s;
            }

            string code = severity switch
            {
                Core.Diagnostics.Severity.Error => "31",
                Core.Diagnostics.Severity.Warning => "33",
                Core.Diagnostics.Severity.Info => "36",
                _ => "90",
            };
            return $"\u001b[{code}m{s}\u001b[0m";
        }
    }
}
