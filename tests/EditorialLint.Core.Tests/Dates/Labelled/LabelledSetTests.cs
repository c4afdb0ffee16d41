using Xunit.Abstractions;

namespace EditorialLint.Core.Tests.Dates.Labelled;

/// <summary>
/// The labelled set: at least 60 short drafts with errors of every kind and traps. Recall of the errors must be
/// at least 95%, and no trap may raise a warning-or-above date diagnostic.
/// </summary>
public class LabelledSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Recall_is_at_least_95_percent_and_traps_stay_silent()
    {
        var drafts = LabelledDrafts.Load();
        Assert.True(drafts.Count >= 60, $"only {drafts.Count} drafts");

        int expected = 0, found = 0, trapAlarms = 0, extras = 0;
        var report = new List<string>();
        foreach (var draft in drafts)
        {
            var results = DateTestKit.Run(draft.Body, draft.Published);
            foreach (var (rule, flagged) in draft.Expected)
            {
                expected++;
                if (results.Any(r => r.Rule == rule && r.Flagged == flagged))
                {
                    found++;
                }
                else
                {
                    report.Add($"MISSED {draft.Name}: {rule} \"{flagged}\"; got {Describe(results)}");
                }
            }

            foreach (var r in results.Where(r => LabelledDrafts.WarningOrAboveRules.Contains(r.Rule) &&
                                                 !draft.Expected.Contains((r.Rule, r.Flagged))))
            {
                if (draft.IsTrap)
                {
                    trapAlarms++;
                    report.Add($"FALSE ALARM on trap {draft.Name}: {r.Rule} \"{r.Flagged}\": {r.Finding.Message}");
                }
                else
                {
                    extras++;
                    report.Add($"EXTRA in {draft.Name}: {r.Rule} \"{r.Flagged}\": {r.Finding.Message}");
                }
            }
        }

        var recall = expected == 0 ? 1.0 : (double)found / expected;
        output.WriteLine($"drafts {drafts.Count} ({drafts.Count(d => d.IsTrap)} traps), expected {expected}, found {found}, " +
                         $"recall {recall:P1}, trap alarms {trapAlarms}, extras on error drafts {extras}");
        foreach (var line in report)
        {
            output.WriteLine(line);
        }

        Assert.True(recall >= 0.95, $"recall {recall:P1}\n{string.Join("\n", report)}");
        Assert.True(trapAlarms == 0, string.Join("\n", report));
    }

    private static string Describe(IEnumerable<(string Rule, string Flagged, EditorialLint.Core.Dates.DateFinding Finding)> results) =>
        "[" + string.Join("; ", results.Select(r => $"{r.Rule} \"{r.Flagged}\"")) + "]";
}
