using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

public class DateLexiconTests
{
    [Fact]
    public void Every_short_ascii_word_gets_the_keyword_the_table_gives_it()
    {
        // Keyword answers words of up to three ASCII letters without the table: it must agree with it exactly.
        var table = new Dictionary<string, DateKeyword>(DateLexicon.KeywordTable, StringComparer.OrdinalIgnoreCase);
        var letters = "abcdefghijklmnopqrstuvwxyzAEIOUTHN";
        var checkedWords = 0;
        foreach (var a in letters)
        {
            Check(a.ToString());
            foreach (var b in letters)
            {
                Check($"{a}{b}");
                foreach (var c in letters)
                {
                    Check($"{a}{b}{c}");
                }
            }
        }

        Assert.True(checkedWords > 30_000);

        void Check(string word)
        {
            var expected = table.TryGetValue(word, out var k) ? k : DateKeyword.None;
            Assert.Equal(expected, DateLexicon.Keyword(word));
            checkedWords++;
        }
    }

    [Theory]
    [InlineData("The", "The")]
    [InlineData("AN", "A")]
    [InlineData("Ago", "Ago")]
    [InlineData("days", "Day")]
    [InlineData("Weekend", "Weekend")]
    [InlineData("thé", "None")]
    [InlineData("tha", "None")]
    public void Keywords_ignore_case(string word, string expected) =>
        Assert.Equal(Enum.Parse<DateKeyword>(expected), DateLexicon.Keyword(word));
}
