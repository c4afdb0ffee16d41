using System.Text;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules.BuiltIn.Hygiene;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Hygiene;

public class EncodingRuleTests
{
    [Fact]
    public void Reports_invalid_utf8_once_at_the_first_bad_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("caf"), 0xE9, .. Encoding.UTF8.GetBytes(" and na"), 0xEF, .. Encoding.UTF8.GetBytes("ve.")];
        var document = DocumentLoader.FromBytes("a.txt", bytes);
        var result = new Linter([new EncodingRule()]).Lint(document);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(3, d.Span.Start);
        Assert.Contains("not valid UTF-8", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_front_matter_that_is_not_yaml()
    {
        var document = Document.Parse("a.md", "---\ntitle: \"unclosed\n---\n\nText.\n");
        Assert.Single(new Linter([new EncodingRule()]).Lint(document).Diagnostics);
    }

    [Fact]
    public void Silent_on_clean_files() => RuleAssert.None<EncodingRule>("Clean text, café, 😀.");
}
