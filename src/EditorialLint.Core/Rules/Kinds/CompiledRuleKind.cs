using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.Configuration;
using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The executable form of one rule file, built once when the rules are loaded. <see cref="Run"/> receives every
/// unit of the rule's scope in document order, so kinds that compare across the document (consistency,
/// conditional) keep their per-document state in locals and stay thread-safe.
/// </summary>
public abstract class CompiledRuleKind
{
    protected CompiledRuleKind(RuleDefinition definition) => Definition = definition;

    public RuleDefinition Definition { get; }

    /// <summary>
    /// Rules whose kinds have the same non-null key match token lists under the same options (case, word
    /// boundaries), so their alternations can be merged into one pattern run once per scope unit.
    /// </summary>
    public virtual string? TokenGroupKey => null;

    /// <summary>
    /// When set, every match of the kind contains one of these literals (<see cref="PatternNeeds"/>), and
    /// <see cref="Run"/> handles each unit on its own, so the caller may pass only the units that hold one
    /// (<see cref="CombinedLiterals"/>: one automaton pass per text for all rules instead of one regex scan per rule and unit).
    /// </summary>
    public virtual IReadOnlyList<LiteralNeed>? Needs => null;

    /// <summary>
    /// True when every match starts with one of its <see cref="Needs"/>: the caller then passes, with each unit, the
    /// offsets where the needs occur (<see cref="TokenCandidates.Starts"/>), and the kind tries its pattern there only.
    /// </summary>
    public virtual bool NeedsStartMatches => false;

    /// <summary>
    /// Runs on the units its <see cref="Needs"/> keep, each with the tokens that may match there; kinds that can
    /// restrict their pattern to those tokens do so, the others run on the units.
    /// </summary>
    public virtual void Run(IReadOnlyList<TokenCandidates> candidates, DocumentCounts counts, List<KindHit> hits) =>
        Run(candidates.Select(c => c.Unit).ToList(), counts, hits);

    /// <summary>Whether the kind needs document counts (metric, readability) rather than matches per unit.</summary>
    public virtual bool IsDocumentLevel => false;

    public abstract void Run(IReadOnlyList<ScopeUnit> units, DocumentCounts counts, List<KindHit> hits);

    /// <summary>Builds the executable form of a definition; throws <see cref="ConfigurationException"/> for a bad pattern.</summary>
    public static CompiledRuleKind Compile(RuleDefinition definition, Vocabulary vocabulary) => definition.Kind switch
    {
        RuleKind.Existence => new ExistenceKind(definition, vocabulary),
        RuleKind.Substitution => new SubstitutionKind(definition, vocabulary),
        RuleKind.Occurrence => new OccurrenceKind(definition),
        RuleKind.Repetition => new RepetitionKind(definition),
        RuleKind.Consistency => new ConsistencyKind(definition),
        RuleKind.Conditional => new ConditionalKind(definition, vocabulary),
        RuleKind.Capitalization => new CapitalizationKind(definition, vocabulary),
        RuleKind.Metric => new MetricKind(definition),
        RuleKind.Readability => new ReadabilityKind(definition),
        _ => throw new ConfigurationException(definition.SourceFile, 1, 1,
            $"rules with 'extends: {definition.Extends}' are not supported: {definition.UnsupportedReason}",
            $"disable {definition.Id} in the configuration ('{definition.Id} = NO' or '{definition.Id}: off')"),
    };

    /// <summary>Compiles a Vale pattern; a bad one stops with the file, the key's position and .NET's reason.</summary>
    /// <remarks>
    /// <paramref name="spansOnly"/>: the caller reads only each match's index and length, so the pattern may run on
    /// the linear engine (<see cref="ValeRegex.CompileForSpans"/>).
    /// </remarks>
    protected Regex Pattern(string key, string pattern, bool ignoreCase = false, bool spansOnly = false)
    {
        try
        {
            return spansOnly ? ValeRegex.CompileForSpans(pattern, ignoreCase) : ValeRegex.Compile(pattern, ignoreCase);
        }
        catch (ArgumentException e)
        {
            var (line, column) = Definition.KeyPositions.TryGetValue(key, out var position) ? position : (1, 1);
            throw new ConfigurationException(Definition.SourceFile, line, column,
                $"invalid regular expression in '{key}': {e.Message}",
                "correct the pattern (.NET regex syntax; escape literal characters such as '(' and '.' with '\\')", e);
        }
    }

    /// <summary>
    /// Vale's exception matcher: the rule's <c>exceptions</c> plus, when <paramref name="useVocab"/>, the accepted
    /// vocabulary, longest first, as one word-bounded alternation; null when there are none.
    /// </summary>
    protected Regex? Exceptions(Vocabulary vocabulary, bool useVocab)
    {
        var terms = Definition.Exceptions.Concat(useVocab ? vocabulary.AcceptedTerms : []).Where(t => t.Length > 0).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        terms.Sort((a, b) => b.Length.CompareTo(a.Length));
        return Pattern("exceptions", ValeRegex.TokenList(terms, nonword: false));
    }

    /// <summary>True when an exception occurs in <paramref name="text"/> (Vale's <c>isMatch</c>: a search, not a full match).</summary>
    protected static bool IsException(Regex? exceptions, string text) => exceptions is not null && exceptions.IsMatch(text);

    protected string Message(params string[] args) => GoFormat.Format(Definition.Message, args);

    /// <summary>Runs a regex over one unit, yielding matches inside it (anchors and lookarounds stay within the unit).</summary>
    protected static IEnumerable<Match> Matches(Regex regex, ScopeUnit unit)
    {
        for (var m = regex.Match(unit.Text, unit.Start, unit.Length); m.Success; m = m.NextMatch())
        {
            yield return m;
        }
    }
}
