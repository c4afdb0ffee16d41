using EditorialLint.Core.Spelling;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class ExistenceKindTests
{
    private const string Weasel = """
        extends: existence
        message: "'%s' is a weasel word"
        ignorecase: true
        tokens: [very, quite, extremely]
        """;

    [Fact]
    public void Flags_word_bounded_tokens_with_the_message_filled_in()
    {
        var hits = KindAssert.Lint(Weasel, "A Very good and quite everyday result.");
        Assert.Equal(["Very", "quite"], hits.Select(h => h.Flagged));
        Assert.Equal("'Very' is a weasel word", hits[0].Message);
    }

    private const string Passive = """
        extends: existence
        message: "Passive: '%s'"
        ignorecase: true
        raw:
          - \b(am|is|been)\b\s*
        tokens: [been, made, '[\w]+ed']
        """;

    [Fact]
    public void A_raw_prefix_rule_tried_where_its_needs_start_resumes_after_each_match()
    {
        var definition = RuleFileParser.Parse("Test/Passive.yml", Passive, "Test.Passive");
        Assert.True(CompiledRuleKind.Compile(definition, Vocabulary.Empty).NeedsStartMatches);

        // "been made" starts inside the match "is been": a scan resumes after that match and so never finds it.
        Assert.Equal(["is been", "Is walked"], KindAssert.Flagged(Passive, "It is been made. Is walked. Is fine. Am Bee made."));
    }

    [Fact]
    public void Stays_silent_inside_words_and_code()
    {
        Assert.Empty(KindAssert.Flagged(Weasel, "Everybody liked `very` much the quiet quitters."));
    }

    [Fact]
    public void Nonword_raw_append_and_exceptions_follow_Vale()
    {
        Assert.Equal(["e.A"], KindAssert.Flagged("extends: existence\nmessage: x\nnonword: true\ntokens: ['[a-z][.?!][A-Z]']\n", "One time.Another day."));
        Assert.Equal(["Note that"], KindAssert.Flagged("extends: existence\nmessage: x\nraw: ['Note', ' that']\n", "Note that we left."));
        Assert.Equal(["foobar"], KindAssert.Flagged("extends: existence\nmessage: x\nappend: true\nraw: [bar]\ntokens: [foo]\nnonword: true\n", "a foobar b foo"));
        Assert.Equal(["very"], KindAssert.Flagged(Weasel + "\nexceptions: [quite]\n", "very and quite"));
    }

    [Fact]
    public void Accepted_vocabulary_silences_word_rules()
    {
        var vocabulary = Vocabulary.FromLines(["very"], []);
        Assert.Equal(["quite"], KindAssert.Flagged(Weasel, "very and quite", vocabulary: vocabulary));
    }

    [Fact]
    public void Remove_action_offers_a_fix()
    {
        var hit = Assert.Single(KindAssert.Lint(Weasel + "\naction:\n  name: remove\n", "It was very good."));
        var fix = Assert.Single(hit.Diagnostic.Fixes);
        Assert.Equal("It was  good.", EditorialLint.Core.Diagnostics.FixApplier.Apply("It was very good.", fix.Edits));
    }

    [Fact]
    public void Limit_caps_the_findings_per_document()
    {
        Assert.Single(KindAssert.Flagged(Weasel + "\nlimit: 1\n", "very very quite"));
    }
}
