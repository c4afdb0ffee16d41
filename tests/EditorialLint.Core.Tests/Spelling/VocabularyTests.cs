using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Spelling;

public class VocabularyTests
{
    private static readonly Vocabulary Sample = Vocabulary.FromLines(
        ["# newsroom terms", "", "downblending", "(?i)Araghchi", "[Ll]arijani", "Abdulrahman bin Jassim"],
        ["mac OS X", "(?i)alot"]);

    [Theory]
    [InlineData("downblending")]
    [InlineData("Araghchi")]
    [InlineData("ARAGHCHI")]
    [InlineData("larijani")]
    [InlineData("Larijani")]
    [InlineData("Abdulrahman")]
    [InlineData("Jassim")]
    public void Accepts_plain_terms_and_patterns(string word) => Assert.True(Sample.Accepts(word));

    [Theory]
    [InlineData("Downblending")]  // plain terms are case-sensitive, as in Vale
    [InlineData("LARIJANI")]
    [InlineData("xLarijani")]      // patterns match the whole word
    [InlineData("# newsroom terms")]
    public void Rejects_other_words(string word) => Assert.False(Sample.Accepts(word));

    [Fact]
    public void Empty_vocabulary_accepts_and_rejects_nothing()
    {
        Assert.False(Vocabulary.Empty.Accepts("anything"));
        Assert.Empty(Vocabulary.Empty.RejectedTerms);
    }

    [Fact]
    public void Reads_vale_vocabulary_folder()
    {
        var folder = Directory.CreateTempSubdirectory("vocab").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "accept.txt"), ["Larijani"]);

            var vocabulary = Vocabulary.FromFolder(folder);

            Assert.True(vocabulary.Accepts("Larijani"));
            Assert.Empty(vocabulary.RejectedTerms);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Combines_vocabularies()
    {
        var combined = Vocabulary.Combine([Sample, Vocabulary.FromLines(["Tehran"], ["irregardless"])]);

        Assert.True(combined.Accepts("Tehran"));
        Assert.True(combined.Accepts("downblending"));
        Assert.Equal(["mac OS X", "(?i)alot", "irregardless"], combined.RejectedTerms);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Invalid_pattern_is_reported_with_the_entry(bool inAccept)
    {
        var error = Assert.Throws<FormatException>(() => inAccept ? Vocabulary.FromLines(["[unclosed"], []) : Vocabulary.FromLines([], ["[unclosed"]));

        Assert.Contains("[unclosed", error.Message);
    }
}
