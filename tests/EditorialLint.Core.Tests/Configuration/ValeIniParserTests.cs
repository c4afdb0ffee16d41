using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Tests.Configuration;

public class ValeIniParserTests
{
    private const string Ini = """
        StylesPath = ../styles
        MinAlertLevel = suggestion
        Vocab = Cap, Brand

        [formats]
        mdx = md

        # global section
        [*]
        BasedOnStyles = vale
        vale.Spelling = NO

        [*.{md,py}]
        write-good.Weasel = error

        [*.py]
        BasedOnStyles = write-good
        write-good.E-Prime = NO
        """;

    [Fact]
    public void Reads_core_keys_formats_and_sections()
    {
        var config = ValeIniParser.Parse("/repo/docs/.vale.ini", Ini);
        Assert.Equal(ConfigFileFormat.ValeIni, config.Format);
        Assert.Equal([Path.GetFullPath("/repo/styles")], config.StylesPaths);
        Assert.Equal(Severity.Info, config.MinSeverity);
        Assert.Equal(["Cap", "Brand"], config.Vocabularies);
        Assert.Equal("md", config.MapExtension(".mdx"));
        Assert.Equal(3, config.Sections.Count);
        Assert.False(config.BuiltInsByDefault);
    }

    [Fact]
    public void Later_sections_replace_based_on_styles_and_override_rule_settings()
    {
        var config = ValeIniParser.Parse("/repo/docs/.vale.ini", Ini);
        var md = config.ForFile("test.md");
        Assert.Equal(["vale"], md.Styles);
        Assert.False(md.IsEnabled("vale.Spelling", "vale", true));
        Assert.True(md.IsEnabled("vale.Editorializing", "vale", true));
        Assert.Equal(new RuleSetting(true, Severity.Error), md.Setting("write-good.Weasel"));
        Assert.False(md.IncludeBuiltIns);

        var py = config.ForFile("sub/test.py");
        Assert.Equal(["write-good"], py.Styles);
        Assert.False(py.IsEnabled("write-good.E-Prime", "write-good", true));
        Assert.True(py.IsEnabled("write-good.Weasel", "write-good", true));
        Assert.False(py.IsEnabled("vale.Editorializing", "vale", true));
        Assert.Equal(Severity.Info, py.MinSeverity);
        Assert.Equal(Severity.Error, config.ForFile("a.md", Severity.Error).MinSeverity);
    }

    [Fact]
    public void Min_alert_level_defaults_to_warning()
    {
        var config = ValeIniParser.Parse("/r/.vale.ini", "[*]\nBasedOnStyles = X\n");
        Assert.Equal(Severity.Warning, config.ForFile("a.md").MinSeverity);
    }

    [Fact]
    public void Errors_name_line_and_column()
    {
        var badSetting = Assert.Throws<ConfigurationException>(() => ValeIniParser.Parse("c.ini", "[*]\nvale.Spelling = MAYBE\n"));
        Assert.Equal((2, 17), (badSetting.Line, badSetting.Column));
        Assert.Contains("use YES, NO", badSetting.Message);
        var unknown = Assert.Throws<ConfigurationException>(() => ValeIniParser.Parse("c.ini", "StylPath = x\n"));
        Assert.Contains("did you mean 'StylesPath'", unknown.Message);
        var level = Assert.Throws<ConfigurationException>(() => ValeIniParser.Parse("c.ini", "MinAlertLevel = loud\n"));
        Assert.Equal(1, level.Line);
        Assert.Throws<ConfigurationException>(() => ValeIniParser.Parse("c.ini", "[*.md\n"));
    }

    [Fact]
    public void Token_and_block_ignores_apply_per_section_and_bad_ones_are_located()
    {
        var config = ValeIniParser.Parse("/r/.vale.ini", "[*.md]\nTokenIgnores = (\\$+[^\\n$]+\\$+), (\\{%.*?%\\})\nBlockIgnores = (?s) *(<svg.*?</svg>)\n");
        Assert.Equal(3, config.ForFile("a.md").IgnorePatterns.Count);
        Assert.Empty(config.ForFile("a.txt").IgnorePatterns);
        var e = Assert.Throws<ConfigurationException>(() => ValeIniParser.Parse("c.ini", "[*]\nTokenIgnores = (open\n"));
        Assert.Equal((2, 16), (e.Line, e.Column));
    }

    [Fact]
    public void Inert_Vale_keys_are_noted_not_dropped()
    {
        var notes = new List<string>();
        ValeIniParser.Parse("c.ini", "Packages = Google\n[*]\nIgnoredScopes = code\n", notes);
        Assert.Equal(2, notes.Count);
        Assert.Contains("Packages", notes[0]);
    }
}
