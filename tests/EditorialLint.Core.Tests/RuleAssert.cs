using System.Collections.Immutable;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;

namespace EditorialLint.Core.Tests;

/// <summary>Shared assertions for rule tests: lint a snippet with one rule and check what it flags, exactly.</summary>
public static class RuleAssert
{
    /// <summary>Lints <paramref name="text"/> with only <typeparamref name="TRule"/> (enabled even if off by default).</summary>
    public static ImmutableArray<Diagnostic> Lint<TRule>(string text, string? published = "2026-02-04", DocumentFormat format = DocumentFormat.PlainText, LintOptions? options = null)
        where TRule : IRule, new()
    {
        var rule = new TRule();
        LintOptions baseOptions = options ?? new LintOptions { MinSeverity = Severity.Hint };
        LintOptions effective = baseOptions.With(b =>
        {
            b.PublishedOverride = published is null ? baseOptions.PublishedOverride : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
            b.EnabledRules.Add(rule.Descriptor.Id);
        });
        string path = format == DocumentFormat.Markdown ? "test.md" : "test.txt";
        var document = Document.Parse(path, text, format);
        return new Linter([rule], effective).Lint(document).Diagnostics;
    }

    /// <summary>The source text each diagnostic covers.</summary>
    public static string[] Flagged<TRule>(string text, string? published = "2026-02-04", DocumentFormat format = DocumentFormat.PlainText)
        where TRule : IRule, new() =>
        Lint<TRule>(text, published, format).Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToArray();

    /// <summary>Asserts exactly one diagnostic, covering exactly <paramref name="expectedFlaggedText"/>, and returns it.</summary>
    public static Diagnostic Single<TRule>(string text, string expectedFlaggedText, string? published = "2026-02-04", DocumentFormat format = DocumentFormat.PlainText)
        where TRule : IRule, new()
    {
        var diagnostics = Lint<TRule>(text, published, format);
        Assert.True(diagnostics.Length == 1, $"expected one diagnostic, got {diagnostics.Length}: {string.Join(" | ", diagnostics.Select(d => $"'{text.Substring(d.Span.Start, d.Span.Length)}' {d.Message}"))}");
        Assert.Equal(expectedFlaggedText, text.Substring(diagnostics[0].Span.Start, diagnostics[0].Span.Length));
        return diagnostics[0];
    }

    public static void None<TRule>(string text, string? published = "2026-02-04", DocumentFormat format = DocumentFormat.PlainText)
        where TRule : IRule, new()
    {
        var diagnostics = Lint<TRule>(text, published, format);
        Assert.True(diagnostics.IsEmpty, $"expected no diagnostic, got: {string.Join(" | ", diagnostics.Select(d => $"'{text.Substring(d.Span.Start, d.Span.Length)}' {d.Message}"))}");
    }

    /// <summary>Applies the first fix of the only diagnostic and returns the resulting text.</summary>
    public static string FixResult<TRule>(string text, string? published = "2026-02-04", DocumentFormat format = DocumentFormat.PlainText)
        where TRule : IRule, new()
    {
        var diagnostics = Lint<TRule>(text, published, format);
        Assert.Single(diagnostics);
        Assert.NotEmpty(diagnostics[0].Fixes);
        return FixApplier.Apply(text, diagnostics[0].Fixes[0].Edits);
    }

    /// <summary>The seed draft shipped in the repository.</summary>
    public static string SeedPath => Path.Combine(RepoRoot, "seeds", "000_ba0252e7096ca9a6.txt");

    public static string RepoRoot
    {
        get
        {
            string? dir = AppContext.BaseDirectory;
            while (dir is not null && !File.Exists(Path.Combine(dir, "EditorialLint.sln")))
            {
                dir = Path.GetDirectoryName(dir);
            }

            return dir ?? throw new InvalidOperationException("cannot find the repository root (EditorialLint.sln) above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared data folder next to the repository, or null (tests then skip loudly).</summary>
    public static string? SharedRoot
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
