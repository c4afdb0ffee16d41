using EditorialLint.Core.Spelling;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Tests.Rules.Kinds;

/// <summary>Runs one rule file (given as YAML) over a text and returns what it flags, by source text.</summary>
internal static class KindAssert
{
    public static List<(string Flagged, string Message, Diagnostic Diagnostic)> Lint(string yaml, string text, DocumentFormat format = DocumentFormat.Markdown, Vocabulary? vocabulary = null)
    {
        var definition = RuleFileParser.Parse("Test/Rule.yml", yaml, "Test.Rule");
        var rule = RuleFileRule.Compile(definition, vocabulary ?? Vocabulary.Empty);
        var document = Document.Parse(format == DocumentFormat.Markdown ? "t.md" : "t.txt", text, format);
        return new Linter([rule], new LintOptions { MinSeverity = Severity.Hint }).Lint(document).Diagnostics
            .Select(d => (document.Source.Slice(d.Span), d.Message, d))
            .ToList();
    }

    public static List<string> Flagged(string yaml, string text, DocumentFormat format = DocumentFormat.Markdown, Vocabulary? vocabulary = null) =>
        Lint(yaml, text, format, vocabulary).Select(x => x.Flagged).ToList();
}
