using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class SpellingJudgeTests
{
    private static readonly SpellingJudge Judge = new(EnglishDictionary.Shared, Vocabulary.FromLines(["Tehranbound"], []));

    [Theory]
    [InlineData("goverment", "government")]
    [InlineData("particulary", "particularly")]
    [InlineData("wre", "were")]
    [InlineData("effiency", "efficiency")]
    public void Lowercase_word_one_slip_from_a_common_word_is_a_likely_misspelling(string word, string intended)
    {
        var verdict = Judge.Judge(word, sentenceStart: false, established: false);

        Assert.NotNull(verdict);
        Assert.Equal(MisspellingConfidence.Likely, verdict.Confidence);
        Assert.Contains(intended, verdict.Suggestions.Select(s => s.Word));
    }

    [Theory]
    [InlineData("government", false, false)]  // known
    [InlineData("Larijani", false, false)]    // a name inside a sentence
    [InlineData("Larijani", true, true)]      // a name the article repeats
    [InlineData("goverment", false, true)]    // repeated letter for letter: the article's own spelling
    [InlineData("NNPC", true, false)]         // an acronym
    [InlineData("Tehranbound", true, false)]  // accepted vocabulary
    [InlineData("towardsa", false, false)]    // two words run together: JoinedWords reports it
    [InlineData("downblending", false, false)] // built from words
    [InlineData("persue", false, false)]       // rare but real (SCOWL 80)
    public void Nothing_to_report(string word, bool sentenceStart, bool established) =>
        Assert.Null(Judge.Judge(word, sentenceStart, established));

    [Fact]
    public void Word_with_nothing_close_is_unknown()
    {
        var verdict = Judge.Judge("zyxwvut", sentenceStart: false, established: false);

        Assert.Equal(MisspellingConfidence.Unknown, verdict?.Confidence);
    }

    [Theory]
    [InlineData("july", "July")]
    [InlineData("gdp", "GDP")]
    public void Lowercased_name_or_abbreviation(string word, string cased)
    {
        var verdict = Judge.Judge(word, sentenceStart: false, established: false);

        Assert.Equal(MisspellingConfidence.Lowercased, verdict?.Confidence);
        Assert.Equal(cased, verdict?.Suggestions[0].Word);
    }

    [Fact]
    public void Hyphenated_prefix_is_accepted() =>
        Assert.Null(Judge.Judge("pre", sentenceStart: false, established: false, hyphenatedCompound: "pre-tax"));

    [Theory]
    [InlineData("corporates")]
    [InlineData("reschedulings")]
    [InlineData("unblighted")]
    [InlineData("destocking")]
    [InlineData("downblending")]
    public void Derived_words_are_recognised(string word) => Assert.True(Judge.IsDerived(word));

    [Theory]
    [InlineData("goverment")]
    [InlineData("deails")]
    [InlineData("edomestic")]
    public void Slips_are_not_derived_words(string word) => Assert.False(Judge.IsDerived(word));
}
