using EditorialLint.Core.Spelling;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Tests.RuleFiles;

public class StyleLibraryTests
{
    [Fact]
    public void Loads_style_folders_and_single_rules()
    {
        using var temp = new TempFolder();
        temp.Write("styles/House/Weasel.yml", "extends: existence\nmessage: x\ntokens: [very]\n");
        temp.Write("styles/House/Terms.yml", "extends: substitution\nmessage: x\nswap:\n  a: b\n");
        var library = new StyleLibrary([Path.Combine(temp.Path, "styles")], includeBuiltIns: false);
        Assert.True(library.HasStyle("House"));
        Assert.False(library.HasStyle("Other"));
        Assert.Equal(["House.Terms", "House.Weasel"], library.GetStyle("House").Select(r => r.Id));
        Assert.Equal("House.Weasel", library.GetRule("House.Weasel")!.Id);
        Assert.Null(library.GetRule("House.Nope"));
        Assert.Equal(["House"], library.StyleNames);
    }

    [Fact]
    public void A_bad_rule_file_stops_loading_with_its_position()
    {
        using var temp = new TempFolder();
        var file = temp.Write("styles/House/Bad.yml", "extends: existence\nmessage: x\ntokens: [a]\nlevle: error\n");
        var library = new StyleLibrary([Path.Combine(temp.Path, "styles")], includeBuiltIns: false);
        var e = Assert.Throws<ConfigurationException>(() => library.GetStyle("House"));
        Assert.Equal(file, e.File);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Built_in_styles_are_embedded()
    {
        var library = new StyleLibrary([]);
        Assert.Contains("EditorialLint", StyleLibrary.BuiltInStyleNames);
        var rule = library.GetRule("EditorialLint.Placeholders");
        Assert.NotNull(rule);
        Assert.NotEmpty(rule.Tests);
        Assert.False(new StyleLibrary([], includeBuiltIns: false).HasStyle("EditorialLint"));
    }

    [Fact]
    public void Vocabularies_load_from_both_layouts_and_a_missing_one_is_an_error()
    {
        using var temp = new TempFolder();
        temp.Write("styles/config/vocabularies/Cap/accept.txt", "very\n# comment\n\nHTTPied\n");
        temp.Write("styles/config/vocabularies/Cap/reject.txt", "foo\n");
        temp.Write("styles/Vocab/Old/accept.txt", "bar\n");
        var paths = new[] { Path.Combine(temp.Path, "styles") };
        var vocab = VocabularyLoader.Load(["Cap", "Old"], paths, "c.ini");
        Assert.Equal(["very", "HTTPied", "bar"], vocab.AcceptedTerms);
        Assert.Equal(["foo"], vocab.RejectedTerms);
        Assert.Throws<ConfigurationException>(() => VocabularyLoader.Load(["Nope"], paths, "c.ini"));
    }

    [Fact]
    public void Every_official_Vale_style_rule_loads_or_is_reported_unsupported()
    {
        var folder = SharedData.Folder("vale-styles");
        if (folder is null)
        {
            return;
        }

        var library = new StyleLibrary([folder], includeBuiltIns: false);
        var styles = library.StyleNames.ToList();
        Assert.Equal(["Google", "Joblint", "Microsoft", "Readability", "alex", "proselint", "write-good"], styles);
        var total = 0;
        foreach (var style in styles)
        {
            foreach (var rule in library.GetStyle(style))
            {
                total++;
                if (rule.Kind == RuleKind.Unsupported)
                {
                    Assert.False(string.IsNullOrWhiteSpace(rule.UnsupportedReason));
                }
                else
                {
                    Assert.Equal(rule.Id, RuleFileRule.Compile(rule, Vocabulary.Empty).Descriptor.Id);
                }
            }
        }

        Assert.Equal(148, total);
    }
}
