using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>
/// Dates.RelativeAmbiguity: "yesterday", "today", "tomorrow", "tonight" in copy that may be read on another day;
/// suggests the weekday, as wire styles do. Quotes keep the speaker's words and are left alone.
/// </summary>
public sealed class RelativeAmbiguityRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Dates.RelativeAmbiguity",
        "Relative day may be read on another day",
        Severity.Info,
        "\"Yesterday\", \"today\" and \"tomorrow\" change meaning when copy is read on another day or syndicated; "
        + "wire styles name the weekday instead. Quotations are left as spoken. Off by default; the news preset turns it on.",
        "Published Wednesday 4 Feb 2026: \"said today\" -> \"said Wednesday\"",
        enabledByDefault: false);

    public void Analyze(AnalysisContext context) => DateAnalysis.Run(context, Descriptor, Find);

    public static IEnumerable<DateFinding> Find(DateModel model)
    {
        if (model.Reference is not { } pub)
        {
            yield break;
        }

        foreach (var m in model.Mentions)
        {
            var e = m.Expression;
            if (e.Kind != TemporalKind.RelativeDay || e.Modifier != RelativeModifier.None || m.InQuote || m.Gloss is not null ||
                e.Length > 9 || e.Offset is < -1 or > 1)
            {
                continue;
            }

            var day = pub.AddDays(e.Offset);
            var weekday = day.DayOfWeek.ToString();
            var replacement = m.Text.Equals("tonight", StringComparison.OrdinalIgnoreCase) ? weekday + " night" : weekday;
            yield return DateFinding.For(m,
                $"\"{m.Text}\" depends on the day the copy is read; name the day ({replacement}, {DateDescriber.Short(day)})",
                new DateFix($"Replace with {replacement}", m.BlockIndex, m.Start, m.Length, replacement));
        }
    }
}
