using EditorialLint.Core.Tests.Properties;
using System.Text.RegularExpressions;
using CsCheck;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class TokenPrefilterTests
{
    [Theory]
    [InlineData("in order to", "in order to")]
    [InlineData("(?:previous|prior) to", "previous to|prior to")]
    [InlineData("a (?:large)? majority of", "a large majority of|a  majority of")]
    [InlineData("colou?r", "colour|color")]
    [InlineData("all of (?!a sudden|these)", "all of ")]
    [InlineData(@"e\-mail", "e-mail")]
    public void Expands_small_patterns_into_their_strings(string pattern, string expected) =>
        Assert.Equal(expected.Split('|').Order(), LiteralExpansion.Expand(pattern)!.Order());

    [Theory]
    [InlineData(@"\w+ly")]
    [InlineData("[Aa]ctually")]
    [InlineData("very+")]
    [InlineData("(?i)utilize")]
    [InlineData("(?<name>x)")]
    [InlineData("unbalanced)")]
    public void Gives_up_on_anything_else(string pattern) => Assert.Null(LiteralExpansion.Expand(pattern));

    [Fact]
    public void No_prefilter_for_patterns_or_nonword_lists()
    {
        Assert.Null(TokenPrefilter.For(["utilize", @"\w+ize"], nonword: false));
        Assert.Null(TokenPrefilter.For(["utilize"], nonword: true));
        Assert.Null(TokenPrefilter.For(["caf\u00E9"], nonword: false)); // the text's word would be longer than "caf"
        Assert.NotNull(TokenPrefilter.For(["utilize", "(?:in order|so as) to"], nonword: false));
    }

    [Theory]
    [InlineData("They will utilize it.", true)]
    [InlineData("UTILIZE now", true)]
    [InlineData("Officials met so as to agree.", true)]
    [InlineData("They utilized it, or not.", false)]
    [InlineData("reutilize", false)]
    [InlineData("In the order of things", false)] // "in order to" needs all three words
    [InlineData("to order in", true)]
    public void Rules_out_texts_without_a_first_word(string text, bool mayMatch)
    {
        var prefilter = TokenPrefilter.For(["utilize", "(?:in order|so as) to"], nonword: false)!;
        Assert.Equal(mayMatch, prefilter.MayMatch(WordSet.Collect(text, 0, text.Length)));
    }

    [Theory]
    [InlineData("in order to", "in order to")]
    [InlineData("all of ", "all of")]
    [InlineData("don\u2019t go", "go")] // next to a non-ASCII character: not relied on
    [InlineData("caf\u00E9 society", "society")]
    [InlineData("e_mail-box", "e_mail box")]
    public void Whole_words_of_a_literal(string literal, string expected) =>
        Assert.Equal(expected.Split(' '), TokenPrefilter.WholeWords(literal));

    [Fact]
    public void Kelvin_sign_keeps_every_rule()
    {
        var prefilter = TokenPrefilter.For(["kilo"], nonword: false)!;
        const string text = "\u212Ailo";
        Assert.Matches(new Regex(@"(?i)\b(?:kilo)\b", RegexOptions.CultureInvariant), text);
        Assert.True(prefilter.MayMatch(WordSet.Collect(text, 0, text.Length)));
    }

    private static readonly string[] Fragments =
        ["in", "order", "to", "the", "colour", "color", "e", "mail", "all", "of", "a", "sudden", "ß", "é", "_", "1"];

    private static readonly string[] Separators = [" ", "-", "'", "\u2019", ".", "", "\n", "\u00A0", "\u200D"];

    [Fact]
    public void Never_rules_out_a_text_the_regex_matches()
    {
        var word = Gen.OneOf(Fragments);
        var text = Gen.Select(word, Gen.OneOf(Separators)).Array[1, 12]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        var patterns = Gen.OneOf<string>("in order to", "caf\u00E9", "e_", "colou?r", "(?:e-mail|email)", "all of (?!a sudden)", "a", "to", "é");
        PropertyRunner.Check("prefilter.never-rules-out", Gen.Select(text, patterns.Array[1, 3], Gen.Bool), sample =>
        {
            var (t, tokens, ignoreCase) = sample;
            var regex = ValeRegex.Compile((ignoreCase ? "(?i)" : string.Empty) + ValeRegex.TokenList(tokens, nonword: false));
            var prefilter = TokenPrefilter.For(tokens, nonword: false);
            if (prefilter is not null && regex.IsMatch(t))
            {
                Assert.True(prefilter.MayMatch(WordSet.Collect(t, 0, t.Length)), $"'{t}' matches {regex}");
            }
        }, baseSeed: 9_300_000, iterations: 1000, print: s => $"{PropertyRunner.Literal(s.Item1)} tokens [{string.Join(" | ", s.Item2)}] ignoreCase {s.Item3}");
    }
}
