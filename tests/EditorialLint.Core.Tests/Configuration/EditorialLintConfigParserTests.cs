using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Tests.Configuration;

public class EditorialLintConfigParserTests
{
    private const string Yaml = """
        styles-path: styles
        styles: [House]
        preset: news
        min-severity: warning
        published: 2026-02-04
        vocabularies: [Newsroom]
        rules:
          House.Passive: off
          Dates.PublicationConflict: error
          Attribution.*: info
        formats:
          mdx: md
        files:
          - glob: "opinion/**"
            styles: [House, Opinion]
            rules:
              House.Passive: on
        ignore: ["drafts/**"]
        """;

    [Fact]
    public void Reads_every_key()
    {
        var config = EditorialLintConfigParser.Parse("/repo/.editoriallint.yaml", Yaml);
        Assert.Equal([Path.GetFullPath("/repo/styles")], config.StylesPaths);
        Assert.Equal(Severity.Warning, config.MinSeverity);
        Assert.Equal(new DateOnly(2026, 2, 4), config.Published);
        Assert.Equal("news", config.Preset);
        Assert.Equal(["Newsroom"], config.Vocabularies);
        Assert.Equal("md", config.MapExtension("mdx"));
        Assert.True(config.IsIgnored("/repo/drafts/a.md"));
        Assert.False(config.IsIgnored("/repo/news/a.md"));
    }

    [Fact]
    public void Glob_overrides_apply_to_matching_files_and_builtins_stay_on()
    {
        var config = EditorialLintConfigParser.Parse("/repo/.editoriallint.yaml", Yaml);
        var news = config.ForFile("/repo/news/a.md");
        Assert.True(news.IncludeBuiltIns);
        Assert.Contains("House", news.Styles);
        Assert.False(news.IsEnabled("House.Passive", "House", true));
        Assert.Equal(Severity.Error, news.Setting("Dates.PublicationConflict")!.Value.Level);
        Assert.Equal(Severity.Info, news.Setting("Attribution.Vague")!.Value.Level);
        Assert.Equal(RuleSetting.On, news.Setting("Names.Consistency"));

        var opinion = config.ForFile("/repo/opinion/2026/b.md");
        Assert.Contains("Opinion", opinion.Styles);
        Assert.True(opinion.IsEnabled("House.Passive", "House", true));
        Assert.True(opinion.IncludeBuiltIns);
    }

    [Fact]
    public void Technical_preset_turns_attribution_off_unless_set_explicitly()
    {
        var config = EditorialLintConfigParser.Parse("/r/.editoriallint.yaml", "preset: technical\n");
        Assert.False(config.ForFile("a.md").IsEnabled("Attribution.Vague", "Attribution", true));
        var explicitOn = EditorialLintConfigParser.Parse("/r/.editoriallint.yaml", "preset: technical\nrules:\n  Attribution.*: on\n");
        Assert.True(explicitOn.ForFile("a.md").IsEnabled("Attribution.Vague", "Attribution", true));
    }

    [Fact]
    public void Errors_name_line_column_and_fix()
    {
        var unknown = Assert.Throws<ConfigurationException>(() => EditorialLintConfigParser.Parse("c.yaml", "min-severty: info\n"));
        Assert.Equal((1, 1), (unknown.Line, unknown.Column));
        Assert.Contains("did you mean 'min-severity'", unknown.Message);
        var date = Assert.Throws<ConfigurationException>(() => EditorialLintConfigParser.Parse("c.yaml", "published: 4 Feb\n"));
        Assert.Equal((1, 12), (date.Line, date.Column));
        var preset = Assert.Throws<ConfigurationException>(() => EditorialLintConfigParser.Parse("c.yaml", "preset: sports\n"));
        Assert.Contains("news, technical", preset.Message);
        var setting = Assert.Throws<ConfigurationException>(() => EditorialLintConfigParser.Parse("c.yaml", "rules:\n  A.B: loud\n"));
        Assert.Equal(2, setting.Line);
        Assert.Throws<ConfigurationException>(() => EditorialLintConfigParser.Parse("c.yaml", "files:\n  - styles: [A]\n"));
    }

    [Fact]
    public void Builtin_rules_can_be_switched_off()
    {
        var config = EditorialLintConfigParser.Parse("/r/.editoriallint.yaml", "builtin-rules: false\nstyles: [House]\n");
        Assert.False(config.ForFile("a.md").IncludeBuiltIns);
    }
}
