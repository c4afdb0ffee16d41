using EditorialLint.Core.Spelling;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.Core.RuleFiles;

/// <summary>The outcome of one embedded rule test.</summary>
public sealed record RuleTestResult(string RuleId, string SourceFile, int Line, string Input, IReadOnlyList<string> Expected, IReadOnlyList<string> Actual)
{
    public bool Passed => Expected.SequenceEqual(Actual, StringComparer.Ordinal);
}

/// <summary>
/// Runs the <c>tests:</c> embedded in rule files: each input is linted with only that rule (every severity
/// reported, inline control comments honoured) and the source text of each finding, in order, must equal
/// <c>expect</c>.
/// </summary>
public static class RuleTestRunner
{
    /// <summary>Rule files under <paramref name="path"/>: a .yml file, a style folder, or a folder of style folders.</summary>
    public static IReadOnlyList<RuleDefinition> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return [RuleFileParser.ParseFile(full)];
        }

        if (!Directory.Exists(full))
        {
            throw new ConfigurationException(path, 0, 0, "no such rule file or folder", "give a Rule.yml file, a style folder, or a folder of styles");
        }

        var files = Directory.EnumerateFiles(full, "*.yml").ToList();
        if (files.Count == 0)
        {
            files = Directory.EnumerateDirectories(full).SelectMany(d => Directory.EnumerateFiles(d, "*.yml")).ToList();
        }

        return files.Order(StringComparer.Ordinal).Select(f => RuleFileParser.ParseFile(f)).ToList();
    }

    public static IReadOnlyList<RuleTestResult> Run(RuleDefinition definition, Vocabulary? vocabulary = null)
    {
        if (definition.Kind == RuleKind.Unsupported || definition.Tests.Count == 0)
        {
            return [];
        }

        var rule = RuleFileRule.Compile(definition, vocabulary ?? Vocabulary.Empty);
        var results = new List<RuleTestResult>();
        foreach (var test in definition.Tests)
        {
            var options = new LintOptions { MinSeverity = Severity.Hint, PublishedOverride = test.Published };
            var linter = new Linter([rule], options);
            var format = test.Format == "markdown" ? DocumentFormat.Markdown : DocumentFormat.PlainText;
            var document = Document.Parse(format == DocumentFormat.Markdown ? "test.md" : "test.txt", test.Input, format);
            var actual = linter.Lint(document).Diagnostics
                .Where(d => d.RuleId == definition.Id)
                .Select(d => document.Source.Slice(d.Span))
                .ToList();
            results.Add(new RuleTestResult(definition.Id, definition.SourceFile, test.Line, test.Input, test.Expect, actual));
        }

        return results;
    }
}
