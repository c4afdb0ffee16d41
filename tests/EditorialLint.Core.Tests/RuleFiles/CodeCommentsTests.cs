using System.Text.RegularExpressions;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Tests.RuleFiles;

public class CodeCommentsTests
{
    [Fact]
    public void Keeps_comment_text_at_its_offsets_and_blanks_code()
    {
        var masked = CodeComments.Mask("x = \"// no\" // yes\n/* a\nb */ y", ".cs")!;
        Assert.Equal("               yes\n   a\nb     ", masked);
        Assert.Null(CodeComments.Mask("text", ".md"));
    }

    [Fact]
    public void Python_docstrings_are_prose_other_strings_are_not()
    {
        var masked = CodeComments.Mask("def f():\n    \"\"\"Doc.\"\"\"\n    x = \"\"\"Not.\"\"\"\n", "py")!;
        Assert.Contains("Doc.", masked);
        Assert.DoesNotContain("Not.", masked);
    }

    [Fact]
    public void Json_strings_are_prose()
    {
        Assert.Equal("  key    value  ", CodeComments.Mask("{\"key\": \"value\"}", "json"));
    }

    [Fact]
    public void Org_keeps_prose_and_drops_markup_blocks_and_verbatim()
    {
        var org = "#+title: T\n* TODO Heading\nSee [[file:x.org][the guide]] and =TODO= here.\n#+begin_src sh\nTODO\n#+end_src\n";
        var masked = CodeComments.Mask(org, "org")!;
        Assert.Equal(org.Length, masked.Length);
        Assert.Equal(["TODO", "Heading", "See", "the", "guide", "and", "here."], masked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Html_keeps_text_and_decodes_character_references_in_place()
    {
        var html = "<html><body><h1>Caf&eacute; TODO</h1><script>TODO()</script><!-- TODO --></body></html>";
        var masked = CodeComments.Mask(html, ".html")!;
        Assert.Equal(html.Length, masked.Length);
        Assert.Equal(["Caf\u00e9", "TODO"], masked.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(html.IndexOf("TODO", StringComparison.Ordinal), masked.IndexOf("TODO", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("c")]
    [InlineData("clojure")]
    [InlineData("css")]
    [InlineData("haskell")]
    [InlineData("json")]
    [InlineData("jsx")]
    [InlineData("julia")]
    [InlineData("lua")]
    [InlineData("php")]
    [InlineData("powershell")]
    [InlineData("proto")]
    [InlineData("python")]
    [InlineData("ruby")]
    [InlineData("rust")]
    [InlineData("typescript")]
    [InlineData("yaml")]
    [InlineData("r")]
    public void Annotation_positions_match_Vale_fixtures(string language)
    {
        var cases = SharedData.Folder("vale/cases");
        if (cases is null)
        {
            return;
        }

        var caseDir = Directory.GetDirectories(cases, $"vale__lint__lint-a*-{language}-file").Single();
        var expected = File.ReadAllLines(Path.Combine(caseDir, "expected.txt"));
        var file = expected[0].Split(':')[0];
        var text = File.ReadAllText(Path.Combine(caseDir, "work", "fixtures", "formats", file));
        var masked = CodeComments.Mask(text, Path.GetExtension(file))!;
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var actual = Regex.Matches(masked, @"\b(?:XXX|FIXME|TODO|NOTE)\b").Select(m =>
        {
            var line = lineStarts.FindLastIndex(s => s <= m.Index);
            return $"{file}:{line + 1}:{m.Index - lineStarts[line] + 1}:vale.Annotations:'{m.Value}' left in text";
        });
        Assert.Equal(expected, actual);
    }
}
