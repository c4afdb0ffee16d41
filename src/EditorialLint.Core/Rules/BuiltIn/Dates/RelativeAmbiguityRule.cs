using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>
/// Dates.RelativeAmbiguity: "yesterday", "today", "tomorrow", "tonight" in copy that may be read on another day;
/// suggests the weekday, as wire styles do. Quotes keep the speaker's words and are left alone.
/// </summary>
public sealed class RelativeAmbiguityRule
{
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
