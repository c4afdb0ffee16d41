using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Tests.Analysis;

public class PhraseMatcherTests
{
    private static string[] Match(string pattern, string text)
    {
        var doc = Document.Parse("a.txt", text);
        var context = new AnalysisContext(doc, Core.Engine.LintOptions.Default);
        return context.Blocks.SelectMany(b => new PhraseMatcher([pattern]).Matches(b).Select(m => b.TextOf(m.Span))).ToArray();
    }

    [Fact]
    public void Matches_alternatives_optional_words_and_line_breaks()
    {
        Assert.Equal(["according to multiple sources"], Match("according to multiple|several? sources", "Yes, according to multiple sources."));
        Assert.Equal(["According to\nsources"], Match("according to multiple|several? sources", "According to\nsources, no."));
        Assert.Equal(["Iran’s talks"], Match("Iran's talks", "Iran’s talks began."));
    }

    [Fact]
    public void Punctuation_breaks_a_phrase()
    {
        Assert.Empty(Match("sources say", "Sources, say, nothing."));
        Assert.Empty(Match("sources say", "Resources say."));
    }

    [Theory]
    [InlineData("Sources say so.", true)]
    [InlineData("SOURCES\nsaid no.", true)]
    [InlineData("Resources say.", false)]
    [InlineData("The sources, say, nothing.", false)]
    public void Any_agrees_with_matches(string text, bool expected)
    {
        var doc = Document.Parse("a.txt", text);
        var context = new AnalysisContext(doc, Core.Engine.LintOptions.Default);
        var matcher = new PhraseMatcher(["sources say|said", "according to multiple? sources"]);
        Assert.All(context.Blocks, b => Assert.Equal(matcher.Matches(b).Any(), matcher.Any(b)));
        Assert.Equal(expected, context.Blocks.Any(matcher.Any));
    }
}
