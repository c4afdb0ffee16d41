using CsCheck;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Tests.Properties;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Documents;

/// <summary>The front matter read without a YAML parser gives what YamlDotNet's event stream gives, or declines.</summary>
public class FrontMatterFastPathTests
{
    private static void AssertSameAsYamlDotNet(string raw)
    {
        var fast = new Dictionary<string, (string, TextSpan)>(StringComparer.OrdinalIgnoreCase);
        if (!FrontMatter.TryReadSimple(raw, 7, raw.Length + 100, fast))
        {
            Assert.Empty(fast);
            return;
        }

        var slow = new Dictionary<string, (string, TextSpan)>(StringComparer.OrdinalIgnoreCase);
        Assert.Null(FrontMatter.ReadTopLevelScalars(raw, 7, raw.Length + 100, slow));
        Assert.Equal(slow.OrderBy(p => p.Key, StringComparer.Ordinal), fast.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("title: \"Ad sales boost Time Warner profit\"\nsource: BBC News, via: nothing\n")]
    [InlineData("date: 2026-02-04\ntitle: 'It''s here'\n")]
    [InlineData("a:  plain value with spaces   \n\nb: \"quoted\"   \nc: x:y\n")]
    [InlineData("title: Ends with colon:\n")]
    [InlineData("key: \"unclosed\nmore\"\n")]
    [InlineData("list:\n  - a\n  - b\n")]
    [InlineData("key: value # comment\n")]
    [InlineData("k: \"a\" trailing\n")]
    [InlineData("k: 'single \"inner\" quotes'\nk2: \"double 'inner' quotes\"\nK: last wins\n")]
    public void Agrees_with_yamldotnet_or_declines(string raw) => AssertSameAsYamlDotNet(raw);

    [Fact]
    public void Reads_the_simple_shape()
    {
        var values = new Dictionary<string, (string, TextSpan)>(StringComparer.OrdinalIgnoreCase);
        Assert.True(FrontMatter.TryReadSimple("title: \"A b\"\ndate: 2026-02-04\n", 0, 100, values));
        Assert.Equal(("A b", new TextSpan(7, 5)), values["title"]);
        Assert.Equal(("2026-02-04", new TextSpan(19, 10)), values["date"]);
        Assert.False(FrontMatter.TryReadSimple("title: a # b\n", 0, 100, values));
    }

    [Fact]
    public void Random_lines_agree_with_yamldotnet()
    {
        string[] keys = ["title", "date", "Date", "published_at", "x-y", "-k", "k k", "2026", ""];
        string[] seps = [": ", ":", ":  ", " : ", ":\t"];
        string[] values = ["plain", "\"quoted\"", "'single'", "a: b", "a:b", "x:", "\"open", "'it''s'", "\"a\\\"b\"", "  ", "2026-02-04", "é £ “x”", "[a, b]", "{a: 1}", "- x", "? x", "&a v", "*a", "|", ">", "~", "\"\"", "''", "v  ", "\"q\" x", "", "a & b", "a #b", "a#b", "\"a # b\"", "!tag", "%x", "@x", "`x", "a | b", "\"a\" # c"];
        string[] ends = ["\n", "\n\n", "\r\n", "", "\n  nested: 1\n"];
        var line = Gen.Select(Gen.OneOf(keys), Gen.OneOf(seps), Gen.OneOf(values), Gen.OneOf(ends)).Select(t => t.Item1 + t.Item2 + t.Item3 + t.Item4);
        PropertyRunner.Check(
            "front-matter.fast-path-agrees",
            line.Array[1, 5].Select(string.Concat),
            AssertSameAsYamlDotNet,
            baseSeed: 9_970_000,
            iterations: 3000,
            print: t => PropertyRunner.Literal(t));
    }

    [Fact]
    public void Every_corpus_front_matter_agrees_with_yamldotnet()
    {
        var folder = SharedData.Folder("corpus");
        if (folder is null)
        {
            return;
        }

        int fast = 0;
        foreach (string path in Directory.EnumerateFiles(folder, "*.md"))
        {
            string text = File.ReadAllText(path);
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || text.IndexOf("\n---", 3, StringComparison.Ordinal) is var close && close < 0)
            {
                continue;
            }

            string raw = text[4..(close + 1)];
            AssertSameAsYamlDotNet(raw);
            fast += FrontMatter.TryReadSimple(raw, 0, text.Length, new Dictionary<string, (string, TextSpan)>()) ? 1 : 0;
        }

        Assert.True(fast > 1000, $"only {fast} corpus front matters took the fast path");
    }
}
