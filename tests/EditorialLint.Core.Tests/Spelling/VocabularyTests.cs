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
    public void Finds_rejected_terms_as_whole_words()
    {
        var text = "Alot of users run mac OS X, not mac OS Xe, and alot more.";

        var found = Sample.FindRejected(text).Select(m => text.Substring(m.Start, m.Length)).ToList();

        Assert.Equal(["Alot", "mac OS X", "alot"], found);
    }

    [Fact]
    public void Empty_vocabulary_accepts_and_rejects_nothing()
    {
        Assert.False(Vocabulary.Empty.Accepts("anything"));
        Assert.Empty(Vocabulary.Empty.FindRejected("alot"));
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
        Assert.Equal(2, combined.FindRejected("alot irregardless").Count());
    }

    [Fact]
    public void Invalid_pattern_is_reported_with_the_entry()
    {
        var error = Assert.Throws<FormatException>(() => Vocabulary.FromLines(["[unclosed"], []));

        Assert.Contains("[unclosed", error.Message);
    }
}
