using System.Text.RegularExpressions;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class HelpersTests
{
    [Theory]
    [InlineData("'%s' left", new[] { "TODO" }, "'TODO' left")]
    [InlineData("Use '%s' not '%s'", new[] { "a", "b" }, "Use 'a' not 'b'")]
    [InlineData("%[2]s before %[1]s", new[] { "a", "b" }, "b before a")]
    [InlineData("Grade %.1f and 100%%", new[] { "8.256" }, "Grade 8.3 and 100%")]
    [InlineData("%q twice %s", new[] { "x" }, "\"x\" twice x")]
    [InlineData("No verbs", new[] { "x" }, "No verbs")]
    [InlineData("'%s'", new[] { "a\nb" }, "'a b'")]
    public void GoFormat_fills_verbs(string template, string[] args, string expected)
    {
        Assert.Equal(expected, GoFormat.Format(template, args));
    }

    [Theory]
    [InlineData("(4.71 * (characters / words)) + 1", 5.71)]
    [InlineData("math.sqrt(words * 4) - -1", 5)]
    [InlineData("heading.h2 + 2 * 3", 9)]
    [InlineData("words > 3", 1)]
    [InlineData("words / 0", 0)]
    public void Formulas_evaluate(string formula, double expected)
    {
        var vars = new Dictionary<string, double> { ["characters"] = 4, ["words"] = 4, ["heading_h2"] = 3 };
        Assert.Equal(expected, FormulaEvaluator.Evaluate(formula, vars), 6);
    }

    [Theory]
    [InlineData("words +")]
    [InlineData("os.exec(1)")]
    [InlineData("(words")]
    public void Bad_formulas_are_rejected(string formula)
    {
        Assert.Throws<FormatException>(() => FormulaEvaluator.Evaluate(formula, new Dictionary<string, double> { ["words"] = 1 }));
    }

    [Theory]
    [InlineData("the rise and fall of the empire", TitleCase.Style.Chicago, "The Rise and Fall of the Empire")]
    [InlineData("what to look for", TitleCase.Style.Chicago, "What to Look For")]
    [InlineData("a walk through the park", TitleCase.Style.AP, "A Walk Through the Park")]
    [InlineData("a walk through the park", TitleCase.Style.Chicago, "A Walk through the Park")]
    [InlineData("using the iPhone with NASA", TitleCase.Style.AP, "Using the iPhone With NASA")]
    public void Title_case_styles(string input, TitleCase.Style style, string expected)
    {
        Assert.Equal(expected, TitleCase.Convert(input, style));
    }

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("table", 2)]
    [InlineData("organization", 5)]
    [InlineData("make", 1)]
    public void Syllables_are_estimated(string word, int expected)
    {
        Assert.Equal(expected, TextStatistics.SyllableCount(word));
    }

    /// <summary>
    /// The statistics read words and sentence ends without a regex; they must count what the patterns Vale's metrics
    /// are defined by count (checked on random text from a fixed seed).
    /// </summary>
    [Fact]
    public void Statistics_count_what_the_word_and_sentence_patterns_match()
    {
        var word = new Regex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*", RegexOptions.CultureInvariant);
        var sentenceEnd = new Regex(@"[.!?]+(?=\s|$)", RegexOptions.CultureInvariant);
        string[] pieces = ["the", "Table", "x", "2024", "\u00BD", "\u2167", "caf\u00E9", "'", "\u2019", "s", ".", "!", "?", " ", "\n",
            "\u00A0", "-", "_", "organization", "\u02B0", "\u0301", "\uD83D\uDE00", "ses", "ed", "le"];
        var random = new Random(7);
        for (var n = 0; n < 5_000; n++)
        {
            var texts = Enumerable.Range(0, random.Next(1, 4))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, 20)).Select(_ => pieces[random.Next(pieces.Length)])))
                .ToList();
            double words = 0, sentences = 0, characters = 0, syllables = 0, complex = 0, longWords = 0;
            foreach (var text in texts)
            {
                var matches = word.Matches(text);
                foreach (Match m in matches)
                {
                    var letters = m.Value.Count(char.IsLetterOrDigit);
                    var s = TextStatistics.SyllableCount(m.Value);
                    (characters, syllables) = (characters + letters, syllables + s);
                    complex += s >= 3 ? 1 : 0;
                    longWords += letters > 6 ? 1 : 0;
                }

                words += matches.Count;
                sentences += matches.Count > 0 ? Math.Max(1, sentenceEnd.Matches(text).Count) : 0;
            }

            Assert.Equal(new TextStatistics(words, sentences, characters, syllables, complex, longWords), TextStatistics.Of(texts));
        }
    }
}
