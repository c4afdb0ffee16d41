using System.Globalization;
using System.Xml;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure Pipelines): one test suite per file, one
/// failed test case per finding (type = severity), a passing case for a clean file, an errored one for a skipped file.
/// </summary>
public sealed class JunitFormatter : IOutputFormatter
{
    private const string CleanCase = "no editorial problems";

    public string Name => "junit";

    public string Description => "JUnit XML test report, one suite per file and one failed case per finding";

    public void Write(RunReport report, TextWriter output, OutputOptions options) => XmlReport.Write(output, xml =>
    {
        int failures = report.Files.Sum(f => f.Diagnostics.Count);
        int errors = report.Failed;
        int tests = report.Files.Sum(CaseCount);
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "editorial-lint");
        WriteCounts(xml, tests, failures, errors);
        foreach (FileReport file in report.Files)
        {
            string name = XmlReport.Clean(file.DisplayPath);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", name);
            WriteCounts(xml, CaseCount(file), file.Diagnostics.Count, file.Error is null ? 0 : 1);
            if (file.Error is not null)
            {
                StartCase(xml, name, "read the file");
                xml.WriteStartElement("error");
                xml.WriteAttributeString("message", XmlReport.Clean(file.Error));
                xml.WriteAttributeString("type", "skipped");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            else if (file.Diagnostics.Count == 0)
            {
                StartCase(xml, name, CleanCase);
                xml.WriteEndElement();
            }

            foreach (Diagnostic d in file.Diagnostics)
            {
                OneBasedRange range = OneBasedRange.From(file.Result!.Document.Source, d.Span);
                StartCase(xml, name, $"{d.RuleId} at {range.Line}:{range.Column}");
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("message", XmlReport.Clean(d.Message));
                xml.WriteAttributeString("type", d.Severity.ToName());
                xml.WriteString(XmlReport.Clean($"{file.DisplayPath}:{range.Line}:{range.Column}: {d.Severity.ToName()} {d.RuleId} {d.Message}\n{d.Rule.Title}: {d.Rule.HelpUri}"));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static int CaseCount(FileReport file) => Math.Max(1, file.Diagnostics.Count + (file.Error is null ? 0 : 1));

    private static void WriteCounts(XmlWriter xml, int tests, int failures, int errors)
    {
        xml.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", errors.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", "0");
    }

    private static void StartCase(XmlWriter xml, string classname, string name)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", classname);
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("time", "0");
    }
}
