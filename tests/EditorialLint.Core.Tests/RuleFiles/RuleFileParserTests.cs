using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Tests.RuleFiles;

public class RuleFileParserTests
{
    [Fact]
    public void Parses_an_existence_rule_with_its_common_keys()
    {
        var rule = RuleFileParser.Parse("House/Weasel.yml", """
            extends: existence
            message: "'%s' is a weasel word"
            level: error
            ignorecase: true
            scope: [heading, ~blockquote & paragraph]
            link: https://example.org
            tokens:
              - very
              - quite
            """, "House.Weasel");

        Assert.Equal(RuleKind.Existence, rule.Kind);
        Assert.Equal("House", rule.Style);
        Assert.Equal("Weasel", rule.Name);
        Assert.Equal(Severity.Error, rule.Level);
        Assert.True(rule.IgnoreCase);
        Assert.Equal(["very", "quite"], rule.Tokens);
        Assert.Equal("heading, ~blockquote & paragraph", rule.Scope.ToString());
        Assert.Equal((2, 1), rule.KeyPositions["message"]);
    }

    [Fact]
    public void Escaped_single_quotes_inside_double_quotes_load_as_in_Vale()
    {
        // Joblint's Hair.yml: "... you\'re only looking for male developers." Vale's YAML library accepts \'
        // there; the safety budget must read the text the same way as the loader (a regression at a merge).
        var rule = RuleFileParser.Parse("Joblint/Hair.yml", "extends: existence\nmessage: \"Avoid '%s'\"\ndescription: \"you\\'re only\"\ntokens: [brogrammer]\n", "Joblint.Hair");
        Assert.Equal(["brogrammer"], rule.Tokens);
    }

    [Fact]
    public void Default_level_is_suggestion_as_in_Vale()
    {
        var rule = RuleFileParser.Parse("S/R.yml", "extends: existence\nmessage: x\ntokens: [a]\n", "S.R");
        Assert.Equal(Severity.Info, rule.Level);
    }

    [Fact]
    public void Unknown_key_names_line_column_and_suggests_the_closest_key()
    {
        var e = Assert.Throws<ConfigurationException>(() =>
            RuleFileParser.Parse("S/R.yml", "extends: existence\nmessage: x\ntokenz:\n  - a\n", "S.R"));
        Assert.Equal(3, e.Line);
        Assert.Equal(1, e.Column);
        Assert.Contains("unknown key 'tokenz'", e.Message);
        Assert.Contains("did you mean 'tokens'", e.Message);
        Assert.StartsWith("S/R.yml:3:1:", e.Message);
    }

    [Fact]
    public void Invalid_yaml_reports_its_position()
    {
        var e = Assert.Throws<ConfigurationException>(() =>
            RuleFileParser.Parse("S/R.yml", "extends: existence\nmessage: \"unclosed\ntokens: [a]\n", "S.R"));
        Assert.Contains("invalid YAML", e.Message);
        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void Unknown_kind_and_bad_level_and_bad_scope_are_errors()
    {
        var kind = Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "extends: existance\ntokens: [a]\n", "S.R"));
        Assert.Contains("did you mean 'existence'", kind.Message);
        var level = Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "extends: existence\nlevel: fatal\ntokens: [a]\n", "S.R"));
        Assert.Equal((2, 8), (level.Line, level.Column));
        var scope = Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "extends: existence\nscope: footer\ntokens: [a]\n", "S.R"));
        Assert.Contains("unknown scope 'footer'", scope.Message);
    }

    [Fact]
    public void Missing_required_keys_are_errors()
    {
        var e = Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "extends: substitution\nmessage: x\n", "S.R"));
        Assert.Contains("needs 'swap'", e.Message);
        Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "message: x\ntokens: [a]\n", "S.R"));
        Assert.Throws<ConfigurationException>(() => RuleFileParser.Parse("f", "extends: existence\ntokens:\n  nested: map\n", "S.R"));
    }

    [Theory]
    [InlineData("spelling", "spell-checker")]
    [InlineData("sequence", "part-of-speech")]
    [InlineData("script", "never executes code")]
    public void Spelling_sequence_and_script_are_recognised_as_unsupported(string kind, string reason)
    {
        var rule = RuleFileParser.Parse("f", $"extends: {kind}\nmessage: x\nscript: whatever\ncustom: true\n", "S.R");
        Assert.Equal(RuleKind.Unsupported, rule.Kind);
        Assert.Equal(kind, rule.Extends);
        Assert.Contains(reason, rule.UnsupportedReason);
    }

    [Fact]
    public void Substitution_keeps_swap_order_and_action()
    {
        var rule = RuleFileParser.Parse("f", """
            extends: substitution
            message: Use '%s' instead of '%s'
            action:
              name: replace
            swap:
              utilize: use
              'in order to': to
            """, "S.R");
        Assert.Equal(["utilize", "in order to"], rule.Swap.Select(kv => kv.Key));
        Assert.Equal("replace", rule.Action!.Name);
    }

    [Fact]
    public void Embedded_tests_and_metadata_conditions_are_parsed()
    {
        var rule = RuleFileParser.Parse("f", """
            extends: existence
            message: x
            tokens: [TK]
            metadata:
              section: ^news$
            tests:
              - input: TK here
                expect: [TK]
              - input: nothing
                expect: []
                format: markdown
                published: 2026-02-04
            """, "S.R");
        Assert.Equal(2, rule.Tests.Count);
        Assert.Equal(["TK"], rule.Tests[0].Expect);
        Assert.Equal("markdown", rule.Tests[1].Format);
        Assert.Equal(new DateOnly(2026, 2, 4), rule.Tests[1].Published);
        Assert.Equal(new MetadataCondition("section", "^news$"), Assert.Single(rule.Metadata));
        var bad = Assert.Throws<ConfigurationException>(() =>
            RuleFileParser.Parse("f", "extends: existence\ntokens: [a]\ntests:\n  - inptu: x\n", "S.R"));
        Assert.Equal(4, bad.Line);
    }

    [Fact]
    public void Rule_id_comes_from_folder_and_file_name()
    {
        Assert.Equal("Microsoft.Adverbs", RuleFileParser.IdFromPath(Path.Combine("styles", "Microsoft", "Adverbs.yml")));
    }
}
