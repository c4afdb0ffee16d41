using EditorialLint.Core.Configuration;
namespace EditorialLint.Core.Tests.Rules.Kinds;

public class SubstitutionKindTests
{
    [Fact]
    public void Suggests_the_replacement_and_offers_it_as_a_fix()
    {
        const string rule = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nignorecase: true\nswap:\n  utilize: use\n  in order to: to\n";
        var hits = KindAssert.Lint(rule, "We utilize tools in order to win.");
        Assert.Equal(["utilize", "in order to"], hits.Select(h => h.Flagged));
        Assert.Equal("Use 'use' instead of 'utilize'", hits[0].Message);
        Assert.Equal("We use tools in order to win.", EditorialLint.Core.Diagnostics.FixApplier.Apply("We utilize tools in order to win.", hits[0].Diagnostic.Fixes[0].Edits));
    }

    [Fact]
    public void Text_equal_to_its_replacement_is_not_flagged_and_longer_keys_win()
    {
        const string rule = "extends: substitution\nmessage: \"Use '%s' instead of '%s'\"\nignorecase: true\nswap:\n  MPL: MPL\n  'MPL[ -]?2(?:\\.0)?': MPL 2.0\n  javascript: JavaScript\n";
        var hits = KindAssert.Lint(rule, "mpl 2.0 and MPL 2.0 and JavaScript and Javascript.");
        Assert.Equal(["mpl 2.0", "Javascript"], hits.Select(h => h.Flagged));
        Assert.Equal("Use 'MPL 2.0' instead of 'mpl 2.0'", hits[0].Message);
    }

    [Fact]
    public void Replace_action_quotes_alternatives_and_capitalize_keeps_sentence_case()
    {
        const string rule = "extends: substitution\nmessage: \"Use %s rather than '%s'.\"\nignorecase: true\ncapitalize: true\naction:\n  name: replace\nswap:\n  mankind: humankind|humanity\n  'change in(?: )?to the (.*) directory': change to the $1 directory\n";
        var hits = KindAssert.Lint(rule, "Mankind won. Change into the home directory.");
        Assert.Equal("Use 'Humankind' or 'Humanity' rather than 'Mankind'.", hits[0].Message);
        Assert.Equal("Use 'Change to the home directory' rather than 'Change into the home directory'.", hits[1].Message);
        Assert.Equal(2, hits[0].Diagnostic.Fixes.Length);
    }

    [Fact]
    public void Stays_silent_without_a_match()
    {
        Assert.Empty(KindAssert.Flagged("extends: substitution\nmessage: x\nswap:\n  utilize: use\n", "We use tools."));
    }

    [Fact]
    public void A_bad_swap_key_is_reported_on_its_own()
    {
        var e = Assert.Throws<ConfigurationException>(() =>
            KindAssert.Flagged("extends: substitution\nmessage: \"Use '%s'\"\nswap:\n  good: fine\n  'bad(': worse\n", "good text"));
        Assert.Contains("^(?:bad()$", e.Message);
    }
}
