using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Fixing;

/// <summary>
/// Applies the safe fixes of a document's diagnostics (used by <c>--fix</c> and an editor's "fix all"). A fix that
/// overlaps another safe fix is never applied, nor is the other one: which should win is not ours to guess. Inserted
/// line breaks take the text's own line ending.
/// </summary>
public static class SafeFixer
{
    /// <summary>How many lint-and-fix passes <see cref="FixAll"/> makes at most before it stops.</summary>
    public const int MaxPasses = 10;

    /// <summary>One pass: the safe fixes of <paramref name="diagnostics"/> that can be applied together to <paramref name="source"/>.</summary>
    public static FixPlan Plan(SourceText source, IEnumerable<Diagnostic> diagnostics)
    {
        string lineEnding = source.DetectLineEnding();
        var candidates = new List<(Diagnostic Diagnostic, TextEdit[] Edits)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.RuleId, StringComparer.Ordinal))
        {
            if (diagnostic.Fixes.FirstOrDefault(f => f.IsSafe) is not { } fix || fix.Edits.IsDefaultOrEmpty)
            {
                continue;
            }

            TextEdit[] edits = fix.Edits
                .Select(e => e with { NewText = NormalizeLineEndings(e.NewText, lineEnding) })
                .OrderBy(e => e.Span.Start)
                .ToArray();
            if (edits.Any(e => e.Span.Start < 0 || e.Span.End > source.Length))
            {
                continue;
            }

            // Two rules proposing the very same edits is one fix, not a clash.
            if (seen.Add(string.Join('\u0001', edits.Select(e => $"{e.Span.Start}:{e.Span.Length}:{e.NewText}"))))
            {
                candidates.Add((diagnostic, edits));
            }
        }

        bool[] clashing = FindClashes(candidates.Select(c => c.Edits).ToList());
        var chosen = new List<TextEdit>();
        var fixedDiagnostics = new List<Diagnostic>();
        var overlapping = new List<Diagnostic>();
        for (int i = 0; i < candidates.Count; i++)
        {
            if (clashing[i])
            {
                overlapping.Add(candidates[i].Diagnostic);
            }
            else
            {
                chosen.AddRange(candidates[i].Edits);
                fixedDiagnostics.Add(candidates[i].Diagnostic);
            }
        }

        return new FixPlan(chosen, fixedDiagnostics, overlapping);
    }

    /// <summary>
    /// Applies safe fixes to the linted document, re-linting after each pass, until no applicable safe fix is left
    /// (at most <see cref="MaxPasses"/> passes). Running it again on the result changes nothing.
    /// </summary>
    /// <param name="reparse">
    /// Builds the document for a fixed text the way the original was built (same path, format, parser); by default
    /// the original's path and format.
    /// </param>
    public static FixOutcome FixAll(LintResult result, Linter linter, Func<string, Document>? reparse = null, CancellationToken cancellationToken = default)
    {
        Document original = result.Document;
        reparse ??= text => Document.Build(original.Path, text, original.Format, original.HasBom, []);
        LintResult current = result;
        int applied = 0, passes = 0;
        FixPlan plan = Plan(current.Document.Source, current.Diagnostics);
        while (!plan.IsEmpty && passes < MaxPasses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            passes++;
            applied += plan.Fixed.Count;
            current = linter.Lint(reparse(plan.ApplyTo(current.Document.Source.Text)), cancellationToken);
            plan = Plan(current.Document.Source, current.Diagnostics);
        }

        return new FixOutcome(result, current, applied, plan.Overlapping, passes);
    }

    /// <summary>
    /// Which fixes clash with another fix (or with themselves): edits that overlap, that start at the same point
    /// (two insertions there, or an insertion where a replacement starts), or an insertion strictly inside a
    /// replaced span. One sweep over the edits sorted by start, O(n log n): an edit that begins before the furthest
    /// end seen so far overlaps the edit that reaches that end, and both fixes are marked; this marks every
    /// overlapping pair (a file with 100,000 findings must not take quadratic time).
    /// </summary>
    internal static bool[] FindClashes(IReadOnlyList<TextEdit[]> fixes)
    {
        var edits = new List<(TextSpan Span, int Fix)>();
        for (int f = 0; f < fixes.Count; f++)
        {
            foreach (TextEdit edit in fixes[f])
            {
                edits.Add((edit.Span, f));
            }
        }

        edits.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.End.CompareTo(b.Span.End));
        var clashing = new bool[fixes.Count];
        int furthestEnd = -1, furthestFix = -1, previousStart = -1, previousFix = -1;
        foreach (var (span, fix) in edits)
        {
            if (span.Start == previousStart)
            {
                clashing[fix] = clashing[previousFix] = true;
            }

            if (span.Start < furthestEnd)
            {
                clashing[fix] = clashing[furthestFix] = true;
            }

            if (span.End > furthestEnd)
            {
                furthestEnd = span.End;
                furthestFix = fix;
            }

            previousStart = span.Start;
            previousFix = fix;
        }

        return clashing;
    }

    private static string NormalizeLineEndings(string text, string lineEnding)
    {
        if (text.IndexOfAny(['\r', '\n']) < 0)
        {
            return text;
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\n", lineEnding, StringComparison.Ordinal);
    }
}
