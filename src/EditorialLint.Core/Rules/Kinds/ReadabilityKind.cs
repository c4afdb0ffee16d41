using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: readability</c>: averages the grade levels of the listed <c>metrics</c> (Gunning Fog,
/// Coleman-Liau, Flesch-Kincaid, SMOG, Automated Readability) over the document and reports once when the
/// average is above <c>grade</c>; <c>%s</c> is the average with two decimals.
/// </summary>
public sealed class ReadabilityKind : CompiledRuleKind
{
    private static readonly Dictionary<string, Func<IReadOnlyDictionary<string, double>, double>> Formulas = new(StringComparer.Ordinal)
    {
        ["Gunning Fog"] = v => 0.4 * ((v["words"] / v["sentences"]) + (100 * (v["complex_words"] / v["words"]))),
        ["Coleman-Liau"] = v => (0.0588 * (v["characters"] / v["words"]) * 100) - (0.296 * (v["sentences"] / v["words"]) * 100) - 15.8,
        ["Flesch-Kincaid"] = v => (0.39 * (v["words"] / v["sentences"])) + (11.8 * (v["syllables"] / v["words"])) - 15.59,
        ["SMOG"] = v => (1.0430 * Math.Sqrt(v["polysyllabic_words"] * 30.0 / v["sentences"])) + 3.1291,
        ["Automated Readability"] = v => (4.71 * (v["characters"] / v["words"])) + (0.5 * (v["words"] / v["sentences"])) - 21.43,
    };

    public ReadabilityKind(RuleDefinition definition)
        : base(definition)
    {
        foreach (var metric in definition.Metrics)
        {
            if (!Formulas.ContainsKey(metric))
            {
                var (line, column) = definition.KeyPositions.TryGetValue("metrics", out var p) ? p : (1, 1);
                throw new ConfigurationException(definition.SourceFile, line, column, $"unknown readability metric '{metric}'",
                    "use " + string.Join(", ", Formulas.Keys));
            }
        }
    }

    public override bool IsDocumentLevel => true;

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        var values = MetricKind.Values(units, counts);
        if (values["words"] == 0 || values["sentences"] == 0)
        {
            return;
        }

        var grade = Definition.Metrics.Average(m => Formulas[m](values));
        if (grade > Definition.Grade)
        {
            hits.Add(new KindHit(units[0], units[0].Start, 0, Message(GoFormat.Number(grade)), []) { IsDocumentLevel = true });
        }
    }
}
