using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

/// <summary>
/// Random drafts made of slip-prone fragments, in plain text and Markdown: the Spelling rules never throw, every
/// range and every fix edit is inside the text, and every fix applies.
/// </summary>
public class SpellingRulesPropertyTests
{
    private static readonly string[] Fragments =
    [
        "the", "the", "a", "an", "hour", "towardsa", "goverment", "Goverment", "talks", ".", ",", "?", " ", " ", "  ",
        "\n", "\r\n", "U.S.", "3.5", "reuters.com", "'s", "’", "-", "pre", "`code`", "*", "_", "[link](http://x.y)",
        "july", "NNPC", "iPod", "café", "cafe", "…", "...", "(", ")", "\"", "“", "”", "Larijani", "ofthe", "8%", "A",
        "had", "nil", "é", "\uFFFC", "#", "> ", "| a | b |", "zyxwvut", "1,000", "dlrs", "e.g.", "x",
    ];

    private static readonly Linter Spelling = new(
        BuiltInRules.All.Where(r => r.Descriptor.Family == "Spelling"),
        new LintOptions { MinSeverity = Severity.Hint, Vocabulary = Vocabulary.FromLines(["Larijani"], ["(?i)alot", "nil"]) });

    [Fact]
    public void Ranges_are_in_bounds_and_fixes_apply()
    {
        PropertyRunner.Check(
            "spelling-rules.in-bounds",
            Gen.OneOf(Fragments).Array[0, 40].Select(string.Concat).Select(Gen.Bool, (text, markdown) => (text, markdown)),
            sample =>
            {
                var (text, markdown) = sample;
                var document = Document.Parse(markdown ? "t.md" : "t.txt", text);
                foreach (var d in Spelling.Lint(document).Diagnostics)
                {
                    Assert.True(d.Span.Start >= 0 && d.Span.End <= text.Length, $"{d.RuleId} out of range in \"{text}\"");
                    foreach (var fix in d.Fixes)
                    {
                        Assert.All(fix.Edits, e => Assert.True(e.Span.Start >= 0 && e.Span.End <= text.Length));
                        _ = FixApplier.Apply(text, fix.Edits);
                    }
                }
            },
            baseSeed: 9_500_000,
            iterations: 2000,
            print: s => $"{PropertyRunner.Literal(s.text)} markdown {s.markdown}");
    }

    [Fact]
    public void Suggestions_never_offer_the_word_itself_and_stay_within_two_edits()
    {
        PropertyRunner.Check("suggestions.within-two-edits", Gen.String[Gen.Char['a', 'z'], 2, 12], word =>
        {
            foreach (var s in EnglishDictionary.Shared.Suggestions.Suggest(word, 5))
            {
                Assert.NotEqual(word, s.Word, StringComparer.OrdinalIgnoreCase);
                Assert.InRange(s.Distance, 1, 2);
            }
        }, baseSeed: 9_600_000, iterations: 2000, print: w => w);
    }
}
