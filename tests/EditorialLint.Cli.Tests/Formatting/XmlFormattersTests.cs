using System.Xml.Linq;
using EditorialLint.Cli.Formatting;

namespace EditorialLint.Cli.Tests.Formatting;

public class XmlFormattersTests
{
    [Theory]
    [InlineData("checkstyle")]
    [InlineData("junit")]
    public void Control_characters_from_the_draft_do_not_break_the_xml(string format)
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A roadmap\u0007 towardsa\u000B deal.");
        var outcome = CliRunner.Run(dir, null, "check", "a.txt", "--format", format);
        Assert.Equal(string.Empty, outcome.Stderr);
        XDocument.Parse(outcome.Stdout);
    }

    [Fact]
    public void Junit_counts_failures_errors_and_clean_files()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A roadmap towardsa deal inthe end.");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Clean.");
        File.WriteAllBytes(Path.Combine(dir, "c.txt"), [0x00]);
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "junit");
        XElement root = XDocument.Parse(outcome.Stdout).Root!;
        Assert.Equal(("4", "2", "1"), ((string)root.Attribute("tests")!, (string)root.Attribute("failures")!, (string)root.Attribute("errors")!));
        XElement[] suites = root.Elements("testsuite").ToArray();
        Assert.Equal(["a.txt", "b.txt", "c.txt"], suites.Select(s => (string)s.Attribute("name")!));
        Assert.Equal(2, suites[0].Descendants("failure").Count());
        Assert.Single(suites[1].Elements("testcase"));
        Assert.Empty(suites[1].Descendants("failure"));
        Assert.Equal("skipped", (string)suites[2].Descendants("error").Single().Attribute("type")!);
    }

    [Fact]
    public void Checkstyle_lists_every_file_with_its_errors()
    {
        string dir = CliRunner.TempFolder();
        File.WriteAllText(Path.Combine(dir, "a.txt"), "A roadmap towardsa deal.");
        File.WriteAllText(Path.Combine(dir, "b.txt"), "Clean.");
        var outcome = CliRunner.Run(dir, null, "check", ".", "--format", "checkstyle");
        XElement root = XDocument.Parse(outcome.Stdout).Root!;
        Assert.Equal("4.3", (string)root.Attribute("version")!);
        XElement error = root.Elements("file").First().Elements("error").Single();
        Assert.Equal(("1", "11", "warning", "Spelling.JoinedWords"), ((string)error.Attribute("line")!, (string)error.Attribute("column")!, (string)error.Attribute("severity")!, (string)error.Attribute("source")!));
        Assert.Empty(root.Elements("file").Last().Elements());
    }

    [Fact]
    public void Clean_replaces_only_characters_xml_cannot_hold()
    {
        Assert.Equal("a\uFFFDb 😀 \t\n", XmlReport.Clean("a\u0001b 😀 \t\n"));
        Assert.Equal("x\uFFFD", XmlReport.Clean("x\uD800"));
    }
}
