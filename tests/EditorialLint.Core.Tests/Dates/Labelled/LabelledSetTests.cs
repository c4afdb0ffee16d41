using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using Xunit.Abstractions;

namespace EditorialLint.Core.Tests.Dates.Labelled;

/// <summary>
/// The labelled set (Labelled/drafts.txt): short drafts with errors of every kind and traps, run through the real
/// pipeline (Document, Linter, every Dates rule, RelativeAmbiguity switched on). Recall of the errors must be at
/// least 95%, and no trap may raise a warning-or-above date diagnostic.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    private static readonly IRule[] DateRules = [.. BuiltInRules.All.Where(r => r.Descriptor.Family == "Dates")];

    [Fact]
    public void Has_at_least_60_drafts_with_errors_of_every_rule_and_traps()
    {
        var drafts = LabelledDrafts.Load();
        Assert.True(drafts.Count >= 60, $"only {drafts.Count} drafts");
        Assert.True(drafts.Count(d => d.IsTrap) >= 30, "fewer than 30 traps");
        foreach (var rule in DateRules)
        {
            Assert.Contains(drafts, d => d.Expected.Any(e => e.Rule == rule.Descriptor.Id));
        }
    }

    [Fact]
    public void Recall_is_at_least_95_percent_and_traps_stay_silent()
    {
        var drafts = LabelledDrafts.Load();
        int expected = 0, found = 0, trapAlarms = 0, extras = 0;
        var report = new List<string>();
        foreach (var draft in drafts)
        {
            var results = Lint(draft);
            foreach (var (rule, flagged) in draft.Expected)
            {
                expected++;
                if (results.Any(r => r.Rule == rule && r.Flagged == flagged))
                {
                    found++;
                }
                else
                {
                    report.Add($"MISSED {draft.Name}: {rule} \"{flagged}\"; got [{string.Join("; ", results.Select(r => $"{r.Rule} \"{r.Flagged}\""))}]");
                }
            }

            foreach (var r in results.Where(r => r.Severity >= Severity.Warning && !draft.Expected.Contains((r.Rule, r.Flagged))))
            {
                if (draft.IsTrap)
                {
                    trapAlarms++;
                    report.Add($"FALSE ALARM on trap {draft.Name}: {r.Rule} \"{r.Flagged}\": {r.Message}");
                }
                else
                {
                    extras++;
                    report.Add($"EXTRA in {draft.Name}: {r.Rule} \"{r.Flagged}\": {r.Message}");
                }
            }
        }

        var recall = (double)found / expected;
        output.WriteLine($"drafts {drafts.Count} ({drafts.Count(d => d.IsTrap)} traps), expected {expected}, found {found}, " +
                         $"recall {recall:P1}, warning-or-above alarms on traps {trapAlarms}, extras on error drafts {extras}");
        report.ForEach(output.WriteLine);
        Assert.True(recall >= 0.95, $"recall {recall:P1}\n{string.Join("\n", report)}");
        Assert.True(trapAlarms == 0, string.Join("\n", report));
    }

    private static List<(string Rule, string Flagged, Severity Severity, string Message)> Lint(LabelledDraft draft)
    {
        var options = new LintOptions
        {
            MinSeverity = Severity.Hint,
            PublishedOverride = draft.Published is null ? null : DateOnly.ParseExact(draft.Published, "yyyy-MM-dd"),
            EnabledRules = new HashSet<string>(DateRules.Select(r => r.Descriptor.Id), StringComparer.OrdinalIgnoreCase),
        };
        var document = Document.Parse(draft.Name + ".txt", draft.Body, DocumentFormat.PlainText);
        return [.. new Linter(DateRules, options).Lint(document).Diagnostics
            .Select(d => (d.RuleId, draft.Body.Substring(d.Span.Start, d.Span.Length), d.Severity, d.Message))];
    }
}
