using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// <c>extends: metric</c>: evaluates <c>formula</c> over document counts (words, sentences, characters,
/// syllables, complex_words, long_words, polysyllabic_words, paragraphs, list, blockquote, pre, heading.h1–h6)
/// and reports once for the document when <c>condition</c> holds; <c>%s</c> is the value with two decimals.
/// </summary>
public sealed class MetricKind : CompiledRuleKind
{
    public static readonly string[] Variables =
    [
        "words", "sentences", "characters", "syllables", "complex_words", "long_words", "polysyllabic_words",
        "paragraphs", "list", "blockquote", "pre", "heading_h1", "heading_h2", "heading_h3", "heading_h4", "heading_h5", "heading_h6",
    ];

    public MetricKind(RuleDefinition definition)
        : base(definition)
    {
        Check("formula", definition.Formula!);
        Check("condition", "0 " + definition.Condition);
    }

    public override bool IsDocumentLevel => true;

    public override void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits)
    {
        if (units.Count == 0)
        {
            return;
        }

        var values = Values(units, counts);
        var result = FormulaEvaluator.Evaluate(Definition.Formula!, values);
        if (FormulaEvaluator.Evaluate(result.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " " + Definition.Condition, values) != 0)
        {
            hits.Add(new KindHit(units[0], units[0].Start, 0, Message(GoFormat.Number(result)), []) { IsDocumentLevel = true });
        }
    }

    internal static Dictionary<string, double> Values(IReadOnlyList<ScopeUnit> units, DocumentCounts counts)
    {
        var stats = TextStatistics.For(units);
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["words"] = stats.Words,
            ["sentences"] = stats.Sentences,
            ["characters"] = stats.Characters,
            ["syllables"] = stats.Syllables,
            ["complex_words"] = stats.ComplexWords,
            ["polysyllabic_words"] = stats.ComplexWords,
            ["long_words"] = stats.LongWords,
            ["paragraphs"] = counts.Paragraphs,
            ["list"] = counts.ListItems,
            ["blockquote"] = counts.BlockQuotes,
            ["pre"] = counts.CodeBlocks,
        };
        for (var level = 1; level <= 6; level++)
        {
            values["heading_h" + level] = level <= counts.HeadingsByLevel.Count ? counts.HeadingsByLevel[level - 1] : 0;
        }

        return values;
    }

    private void Check(string key, string expression)
    {
        try
        {
            FormulaEvaluator.Validate(expression, Variables);
        }
        catch (FormatException e)
        {
            var (line, column) = Definition.KeyPositions.TryGetValue(key, out var p) ? p : (1, 1);
            throw new ConfigurationException(Definition.SourceFile, line, column, $"invalid '{key}': {e.Message}",
                "use numbers, + - * / ( ), math.sqrt(...) and the variables " + string.Join(", ", Variables), e);
        }
    }
}
