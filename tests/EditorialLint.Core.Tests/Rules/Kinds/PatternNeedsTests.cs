using System.Text.RegularExpressions;
using CsCheck;
using EditorialLint.Core.Tests.Properties;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules.Kinds;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class PatternNeedsTests
{
    [Theory]
    [InlineData("in order to", "<in order to>")]
    [InlineData("(?:previous|prior) to", "<previous to>|<prior to>")]
    [InlineData("a (?:large)? majority of", "<a large majority of>|<a  majority of>")]
    [InlineData("colou?r", "<colour>|<color>")]
    [InlineData("all of (?!a sudden|these)", "<all of ")]
    [InlineData(@"e\-mail", "<e-mail>")]
    [InlineData("air(?:m[ae]n|wom[ae]n)", "<airman>|<airmen>|<airwoman>|<airwomen>")] // small classes are spelled out
    [InlineData(@"[\.]+apk", ".apk>")]
    [InlineData(@"gr[a-z]+y", "<gr")] // a range matches anything
    [InlineData(@"\w+ly|actual(?:ly)?", "ly>|actual>|actually>")] // the start of "\w+" is unknown, so is that of the group
    [InlineData("very+", "<very")]
    [InlineData(@"\w+ize", "ize>")]
    [InlineData("caf\u00E9", "<caf")] // non-ASCII letters are not looked for (case)
    [InlineData("Utilize", "<utilize>")] // the rule ignores case: compared lowercased
    [InlineData("[\u2014\u2013]", "\u2014|\u2013")] // dashes have no case: looked for as they are
    public void Needs_of_a_token(string token, string? expected)
    {
        var needs = PatternNeeds.OfTokens([token], nonword: false, ignoreCase: true);
        var shown = needs?.Select(n => (n.BoundedStart ? "<" : string.Empty) + n.Text + (n.BoundedEnd ? ">" : string.Empty));
        Assert.Equal(expected?.Split('|').Order(), shown?.Order());
    }

    [Theory]
    [InlineData(@"\w+")]
    [InlineData(@"(?x) a b")]
    [InlineData(@"(\w)\1")]
    [InlineData("[a-z]+")]
    [InlineData("unbalanced)")]
    [InlineData(".*")]
    public void No_needs_for_patterns_without_a_literal(string token) =>
        Assert.Null(PatternNeeds.OfTokens([token], nonword: false, ignoreCase: false));

    [Fact]
    public void White_space_is_one_space_that_matches_any()
    {
        var needs = PatternNeeds.OfTokens([@"(?:^|\s)I\s"], nonword: true, ignoreCase: true)!;
        Assert.Equal([" i ", "i "], needs.Select(n => n.Text).Order());
        Assert.True(new LiteralAutomaton([needs]).Scan("So I\u00A0went").MayMatch(0, 0, 11, ignoreCase: true)); // any white space
    }

    [Fact]
    public void A_positive_lookahead_adds_the_text_it_reads()
    {
        var needs = PatternNeeds.OfTokens([@"(?:^|\s)I(?=,\s)"], nonword: true, ignoreCase: true)!;
        Assert.Equal([" i, ", "i, "], needs.Select(n => n.Text).Order());
        Assert.All(needs, n => Assert.StartsWith("i,", n.Text.TrimStart()));
        Assert.Null(PatternNeeds.OfTokens([@"(?:^|\s)I(?!x)"], nonword: true, ignoreCase: true)); // a negative one reads nothing
    }

    [Fact]
    public void An_inline_ignore_case_in_one_token_reads_all_tokens_without_case()
    {
        var needs = PatternNeeds.OfTokens(["(?i)Foo", "Bar"], nonword: false, ignoreCase: false)!;
        Assert.All(needs, n => Assert.True(n.IgnoreCase));
        Assert.Contains(needs, n => n.Text == "bar");
    }

    [Theory]
    [InlineData("They will utilize it.", true)]
    [InlineData("UTILIZE now", true)]
    [InlineData("Officials met so as to agree.", true)]
    [InlineData("They utilized it, or not.", false)]
    [InlineData("reutilize", false)]
    [InlineData("In the order of things, to", false)]
    [InlineData("in order toward", false)]
    public void Rules_out_texts_without_a_literal(string text, bool mayMatch)
    {
        var needs = PatternNeeds.OfTokens(["utilize", "(?:in order|so as) to"], nonword: false, ignoreCase: true)!;
        Assert.Equal(mayMatch, new LiteralAutomaton([needs]).Scan(text).MayMatch(0, 0, text.Length, ignoreCase: true));
    }

    [Fact]
    public void A_case_sensitive_rule_checks_the_case_of_each_hit()
    {
        var needs = PatternNeeds.OfTokens(["Ajax"], nonword: false, ignoreCase: false)!;
        var automaton = new LiteralAutomaton([needs]);
        Assert.False(automaton.Scan("ajax and AJAX").MayMatch(0, 0, 13, ignoreCase: false));
        Assert.True(automaton.Scan("use Ajax here").MayMatch(0, 0, 13, ignoreCase: false));
    }

    [Fact]
    public void A_unit_end_counts_as_a_word_boundary()
    {
        var needs = PatternNeeds.OfTokens(["kilo"], nonword: false, ignoreCase: false)!;
        var hits = new LiteralAutomaton([needs]).Scan("xkilox");
        Assert.False(hits.MayMatch(0, 0, 6, ignoreCase: false));
        Assert.True(hits.MayMatch(0, 1, 5, ignoreCase: false));
        Assert.Matches(ValeRegex.Compile(ValeRegex.TokenList(["kilo"], nonword: false)), "xkilox".Substring(1, 4));
    }

    [Fact]
    public void Kelvin_sign_keeps_every_case_insensitive_rule()
    {
        var needs = PatternNeeds.OfTokens(["kilo"], nonword: false, ignoreCase: true)!;
        const string text = "\u212Ailo";
        Assert.Matches(new Regex(@"(?i)\b(?:kilo)\b", RegexOptions.CultureInvariant), text);
        Assert.True(new LiteralAutomaton([needs]).Scan(text).MayMatch(0, 0, text.Length, ignoreCase: true));
    }

    private static readonly string[] Fragments =
        ["in", "order", "to", "the", "colour", "color", "e", "mail", "all", "of", "a", "sudden", "ß", "é", "_", "1",
         "air", "man", "women", "apk", "K", "\u212A", "ilo", "Ajax", "ly", "fire", "men", "ſ", "I", "ı", "\u2014", "\u2013", "\u2019"];

    private static readonly string[] Separators = [" ", "-", "'", "\u2019", ".", "", "\n", "\u00A0", "\u200D", "..."];

    private static readonly string[] Tokens =
        ["in order to", "caf\u00E9", "e_", "colou?r", "(?:e-mail|email)", "all of (?!a sudden)", "a", "to", "é",
         "air(?:m[ae]n|wom[ae]n)", @"[\.]+apk", "fire(?:m[ae]n)?", @"\w+ly", "kilo", "Ajax", "(?i)ajax", @"\.\.\.",
         "(?<!all )of", "(?:the|a) (?:colou?r|mail)s?", @"\bto\b the", "sudden(?=ly)", @"(?:^|\s)I(?=\s)", @"it(?=\.)\b", "\\s[\u2014\u2013]\\s|[\u2014\u2013]\\s", "e\u2019s"];

    [Fact]
    public void Never_rules_out_a_unit_the_regex_matches()
    {
        var text = Gen.Select(Gen.OneOf(Fragments), Gen.OneOf(Separators)).Array[1, 14]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));
        var cases = Gen.Select(text, Gen.OneOf(Tokens).Array[1, 3], Gen.Int[0, 3], Gen.Int[0, 100], Gen.Int[0, 100]);
        PropertyRunner.Check("literal-needs.never-rule-out", cases, sample =>
        {
            var (t, tokens, flags, a, b) = sample;
            var (ignoreCase, nonword) = ((flags & 1) != 0, (flags & 2) != 0);
            var start = Math.Min(a, b) * t.Length / 100;
            var end = Math.Max(a, b) * t.Length / 100;
            if (PatternNeeds.OfTokens(tokens, nonword, ignoreCase) is not { } needs)
            {
                return;
            }

            var regex = ValeRegex.Compile((ignoreCase ? "(?i)" : string.Empty) + ValeRegex.TokenList(tokens, nonword));
            if (regex.Match(t, start, end - start).Success)
            {
                var hits = new LiteralAutomaton([needs]).Scan(t);
                Assert.True(hits.MayMatch(0, start, end, needs.Any(x => x.IgnoreCase)), $"'{t}'[{start}..{end}] matches {regex}");
            }
        }, baseSeed: 9_300_000, iterations: 20_000,
            print: s => $"{PropertyRunner.Literal(s.Item1)}[{s.Item4}%..{s.Item5}%] tokens [{string.Join(" | ", s.Item2)}] flags {s.Item3}");
    }
}
