using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests.Rules.BuiltIn;

/// <summary>
/// Random prose made of the fragments the Attribution, Consistency and Hygiene rules read (names, titles, quotes,
/// dashes, numbers, furniture): the rules never throw, report inside the document, and their fixes apply.
/// </summary>
public class ArticleRulesPropertyTests
{
    private static readonly string[] Fragments =
    [
        " ", " ", " ", "\n", "\n\n", ".", ",", ":", "-", "–", "—", "--", "“", "”", "\"", "'", "’", "|", "[link]", "TK", "XX",
        "Mr", "Ali", "Larijani", "Larijany", "Al", "Thani", "Al-Thani", "bin", "Foreign", "Minister", "Secretary", "The",
        "said", "told", "an", "An", "official", "Iranian", "one", "source", "sources", "according", "to", "multiple",
        "it", "is", "understood", "because", "anonymity", "colour", "color", "stabilise", "stabilize", "organize",
        "3", "hours", "ago", "4", "fifteen", "twenty-five", "ministers", "June", "30", "Feb", "2026", "2026-02-04",
        "Read", "Entire", "Article", "Click", "here", "subscribe", "Published", "On", "We", "will", "not", "negotiate",
        "\uFFFC", "#", "*", ">", "Corp", "Reagan", "Regan", "Donald",
    ];

    private static readonly string[] Families = ["Attribution", "Consistency", "Hygiene"];

    [Fact]
    public void Rules_never_throw_report_in_bounds_and_their_fixes_apply()
    {
        IRule[] rules = BuiltInRules.All.Where(r => Families.Contains(r.Descriptor.Family)).ToArray();
        var linter = new Linter(rules, new LintOptions { MinSeverity = Severity.Hint, PublishedOverride = new DateOnly(2026, 2, 4) });
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        PropertyRunner.Check(
            "article-rules.in-bounds",
            Gen.OneOf(Fragments).Array[0, 60].Select(string.Concat).Select(Gen.Bool, (text, markdown) => (text, markdown)),
            sample =>
            {
                var (text, markdown) = sample;
                var document = Document.Parse(markdown ? "a.md" : "a.txt", text, markdown ? DocumentFormat.Markdown : DocumentFormat.PlainText);
                foreach (Diagnostic d in linter.Lint(document).Diagnostics)
                {
                    Assert.True(d.Span.Start >= 0 && d.Span.End <= text.Length, $"{d.RuleId} out of range in \"{text}\"");
                    seen.AddOrUpdate(d.RuleId, 1, (_, n) => n + 1);
                    foreach (Fix fix in d.Fixes)
                    {
                        FixApplier.Apply(text, fix.Edits);
                    }
                }
            },
            baseSeed: 9_400_000,
            iterations: 2000,
            print: s => $"{PropertyRunner.Literal(s.text)} markdown {s.markdown}");

        // The fragments are rich enough that most rules fire somewhere: the property is not vacuous.
        Assert.True(seen.Count >= 6, $"only {string.Join(", ", seen.Keys)} fired");
    }
}
