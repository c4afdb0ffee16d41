using System.Globalization;
using System.Xml;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// Checkstyle XML (version 4.3), read by Jenkins' Warnings plugin, reviewdog, Danger and most CI dashboards: one
/// <c>file</c> element per input, one <c>error</c> per finding with its severity and <c>source</c> = rule id.
/// </summary>
public sealed class CheckstyleFormatter : IOutputFormatter
{
    public string Name => "checkstyle";

    public string Description => "Checkstyle XML, for CI dashboards and review bots";

    public void Write(RunReport report, TextWriter output, OutputOptions options) => XmlReport.Write(output, xml =>
    {
        xml.WriteStartElement("checkstyle");
        xml.WriteAttributeString("version", "4.3");
        foreach (FileReport file in report.Files)
        {
            xml.WriteStartElement("file");
            xml.WriteAttributeString("name", XmlReport.Clean(file.DisplayPath));
            if (file.Error is not null)
            {
                WriteError(xml, 1, 1, "error", $"file skipped: {file.Error}", "EditorialLint.Skipped");
            }
            else
            {
                foreach (Diagnostic d in file.Diagnostics)
                {
                    OneBasedRange range = OneBasedRange.From(file.Result!.Document.Source, d.Span);
                    WriteError(xml, range.Line, range.Column, SeverityName(d.Severity), d.Message, d.RuleId);
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>Checkstyle knows error, warning, info and ignore.</summary>
    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    private static void WriteError(XmlWriter xml, int line, int column, string severity, string message, string source)
    {
        xml.WriteStartElement("error");
        xml.WriteAttributeString("line", line.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("column", column.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("severity", severity);
        xml.WriteAttributeString("message", XmlReport.Clean(message));
        xml.WriteAttributeString("source", source);
        xml.WriteEndElement();
    }
}
