using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests.Configuration;

public class LinterFactoryTests
{
    private static TempFolder ValeRepo()
    {
        var temp = new TempFolder();
        temp.Write("styles/House/Weasel.yml", "extends: existence\nmessage: \"'%s' is weasel\"\nlevel: warning\nignorecase: true\ntokens: [very]\n");
        temp.Write("styles/House/Note.yml", "extends: existence\nmessage: \"'%s' left\"\nlevel: suggestion\ntokens: [TODO]\n");
        temp.Write("styles/House/Spell.yml", "extends: spelling\nmessage: x\n");
        temp.Write("styles/config/vocabularies/Brand/accept.txt", "JavaScript\n");
        temp.Write("styles/config/vocabularies/Brand/reject.txt", "utilize\n");
        temp.Write(".vale.ini", "StylesPath = styles\nMinAlertLevel = suggestion\nVocab = Brand\n\n[*.md]\nBasedOnStyles = House, Vale\nHouse.Spell = NO\n\n[*.py]\nHouse.Note = YES\nHouse.Weasel = error\n");
        return temp;
    }

    private static List<string> Lint(LinterFactory factory, string path, string text) =>
        factory.LinterFor(path).Lint(factory.LoadDocument(path, text)).Diagnostics.Select(d => $"{d.RuleId}:{d.Severity.ToName()}:{d.Message}").ToList();

    [Fact]
    public void Vale_config_runs_its_styles_only_with_levels_vocabulary_and_builtin_Vale_rules()
    {
        using var temp = ValeRepo();
        var factory = new LinterFactory();
        var md = Path.Combine(temp.Path, "a.md");
        Assert.Equal(
            ["House.Weasel:warning:'very' is weasel", "House.Note:info:'TODO' left", "Vale.Terms:error:Use 'JavaScript' instead of 'javascript'.", "Vale.Avoid:error:Avoid using 'utilize'.", "Vale.Repetition:error:'the' is repeated!"],
            Lint(factory, md, "A very good TODO: javascript, utilize the the tools towardsa."));
        Assert.DoesNotContain(factory.LinterFor(md).Rules, r => BuiltInRules.All.Contains(r));
        Assert.Equal(["JavaScript"], factory.LinterFor(md).Options.Vocabulary.AcceptedTerms);
    }

    [Fact]
    public void Styles_given_as_overrides_run_on_top_of_the_configuration()
    {
        using var temp = ValeRepo();
        temp.Write("styles/Extra/Soon.yml", "extends: existence\nmessage: \"'%s' is vague\"\nlevel: warning\ntokens: [soon]\n");
        var md = Path.Combine(temp.Path, "a.md");
        Assert.DoesNotContain(new LinterFactory().LinterFor(md).Rules, r => r.Descriptor.Id == "Extra.Soon");
        var factory = new LinterFactory(new LintOverrides(Styles: ["Extra"]));
        Assert.Contains(factory.LinterFor(md).Rules, r => r.Descriptor.Id == "House.Weasel");
        Assert.Contains("Extra.Soon:warning:'soon' is vague", Lint(factory, md, "Talks resume soon."));
    }

    [Fact]
    public void Code_files_are_linted_in_their_comments_with_section_overrides()
    {
        using var temp = ValeRepo();
        var factory = new LinterFactory();
        var py = Path.Combine(temp.Path, "x.py");
        var document = factory.LoadDocument(py, "very = 1  # very TODO\n");
        var diagnostics = factory.LinterFor(py).Lint(document).Diagnostics;
        Assert.Equal(["House.Weasel:Error:12", "House.Note:Info:17"], diagnostics.Select(d => $"{d.RuleId}:{d.Severity}:{d.Span.Start}"));
        Assert.True(factory.IsLintable(py));
        Assert.False(factory.IsLintable(Path.Combine(temp.Path, "x.bin")));
    }

    [Fact]
    public void Unsupported_rules_in_enabled_styles_are_noted()
    {
        using var temp = ValeRepo();
        temp.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n");
        var factory = new LinterFactory();
        factory.LinterFor(Path.Combine(temp.Path, "a.md"));
        var note = Assert.Single(factory.Notes);
        Assert.Contains("House.Spell", note);
        Assert.Contains("not supported", note);
    }

    [Fact]
    public void A_missing_style_stops_with_the_config_file_and_a_fix()
    {
        using var temp = ValeRepo();
        temp.Write(".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = Nope\n");
        var e = Assert.Throws<ConfigurationException>(() => new LinterFactory().LinterFor(Path.Combine(temp.Path, "a.md")));
        Assert.Contains("style 'Nope' was not found", e.Message);
        Assert.Contains(".vale.ini", e.File);
        Assert.Equal((3, 17), (e.Line, e.Column));
        Assert.Contains("StylesPath", e.Fix);
    }

    [Fact]
    public void A_bad_regex_stops_with_the_rule_file_position()
    {
        using var temp = ValeRepo();
        temp.Write("styles/House/Bad.yml", "extends: existence\nmessage: x\ntokens:\n  - '(unclosed'\n");
        var e = Assert.Throws<ConfigurationException>(() => new LinterFactory().LinterFor(Path.Combine(temp.Path, "a.md")));
        Assert.EndsWith("Bad.yml", e.File);
        Assert.Equal(3, e.Line);
        Assert.Contains("invalid regular expression", e.Message);
    }

    [Fact]
    public void EditorialLint_yaml_keeps_builtins_and_applies_settings_and_published_date()
    {
        using var temp = ValeRepo();
        temp.Write(".editoriallint.yaml", "styles-path: styles\nstyles: [House]\npublished: 2026-02-04\nmin-severity: warning\nrules:\n  House.Spell: off\n  Spelling.JoinedWords: error\n");
        var factory = new LinterFactory();
        var md = Path.Combine(temp.Path, "a.md");
        var linter = factory.LinterFor(md);
        Assert.Equal(new DateOnly(2026, 2, 4), linter.Options.PublishedOverride);
        Assert.Equal(["House.Weasel:warning", "EditorialLint.Placeholders:warning", "Spelling.JoinedWords:error"],
            Lint(factory, md, "A very good TODO: towardsa.").Select(l => string.Join(':', l.Split(':').Take(2))));
        Assert.Empty(factory.Notes);
    }

    [Fact]
    public void Cli_overrides_win_and_ignore_syntax_reads_markup_as_text()
    {
        using var temp = ValeRepo();
        var md = Path.Combine(temp.Path, "a.md");
        var factory = new LinterFactory(new LintOverrides(MinSeverity: Severity.Warning, IgnoreSyntax: true));
        Assert.Equal(["House.Weasel:warning:'very' is weasel"], Lint(factory, md, "`very` TODO"));
    }

    [Fact]
    public void Ignore_patterns_suppress_findings_inside_their_matches()
    {
        using var temp = ValeRepo();
        temp.Write(".editoriallint.yaml", "styles-path: styles\nstyles: [House]\nbuiltin-rules: false\nignore-patterns: ['\\{\\{[^}]*\\}\\}']\n");
        var factory = new LinterFactory();
        var md = Path.Combine(temp.Path, "a.md");
        Assert.Equal(["House.Weasel:warning:'very' is weasel"], Lint(factory, md, "Keep {{ very TODO }} but very."));
    }

    [Fact]
    public void News_preset_turns_on_optional_date_checks_and_technical_relevels_without_enabling()
    {
        using var temp = new TempFolder();
        temp.Write("news/.editoriallint.yaml", "preset: news\n");
        temp.Write("docs/.editoriallint.yaml", "preset: technical\n");
        var factory = new LinterFactory();
        Assert.Contains(factory.LinterFor(Path.Combine(temp.Path, "news", "a.md")).Rules, r => r.Descriptor.Id == "Dates.RelativeAmbiguity");
        var technical = factory.LinterFor(Path.Combine(temp.Path, "docs", "a.md"));
        Assert.DoesNotContain(technical.Rules, r => r.Descriptor.Id == "Dates.RelativeAmbiguity");
        Assert.DoesNotContain(technical.Rules, r => r.Descriptor.Family == "Attribution");
        Assert.Equal(Severity.Info, technical.Options.SeverityOf(BuiltInRules.Find("Dates.PublicationConflict")!.Descriptor, Severity.Error));
        Assert.DoesNotContain(LinterFactory.ForFile(Path.Combine(temp.Path, "x.md")).Rules, r => r.Descriptor.Id == "Dates.RelativeAmbiguity");
    }

    [Fact]
    public void Without_any_config_the_defaults_apply()
    {
        using var temp = new TempFolder();
        var linter = LinterFactory.ForFile(Path.Combine(temp.Path, "draft.md"));
        Assert.Contains(linter.Rules, r => r.Descriptor.Id == "EditorialLint.Placeholders");
        Assert.Contains(linter.Rules, r => r.Descriptor.Id == "Dates.PublicationConflict");
        Assert.Equal(Severity.Info, linter.Options.MinSeverity);
    }

    [Fact]
    public void Every_built_in_style_rule_passes_its_embedded_tests()
    {
        var library = new EditorialLint.Core.RuleFiles.StyleLibrary([]);
        foreach (var style in EditorialLint.Core.RuleFiles.StyleLibrary.BuiltInStyleNames)
        {
            foreach (var rule in library.GetStyle(style))
            {
                var results = EditorialLint.Core.RuleFiles.RuleTestRunner.Run(rule);
                Assert.NotEmpty(results);
                Assert.All(results, r => Assert.True(r.Passed, $"{r.RuleId} line {r.Line}: expected [{string.Join(", ", r.Expected)}], flagged [{string.Join(", ", r.Actual)}]"));
            }
        }
    }
}
