using EditorialLint.Core.Spelling;
using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Vale's built-in <c>Vale</c> style: <c>Vale.Repetition</c> (a repeated word), <c>Vale.Terms</c> (accepted
/// vocabulary written with the wrong case), <c>Vale.Avoid</c> (rejected vocabulary) and <c>Vale.Spelling</c>
/// (Hunspell spelling, recognised but not supported).
/// </summary>
public static class ValeBuiltIns
{
    public const string StyleName = "Vale";
    private const string Source = "<built-in Vale style>";
    private static readonly Regex PlainTerm = new(@"^[\p{L}\p{N}][\p{L}\p{N} .'\u2019&+-]*$", RegexOptions.CultureInvariant);

    public static IReadOnlyList<RuleDefinition> Rules(Vocabulary vocabulary)
    {
        var rules = new List<RuleDefinition>
        {
            new()
            {
                Id = "Vale.Repetition", SourceFile = Source, Kind = RuleKind.Repetition, Extends = "repetition",
                Message = "'%s' is repeated!", Level = Severity.Error, Alpha = true, Tokens = [@"[^\s]+"],
                Description = "A word written twice in a row (\"the the\").",
            },
            new()
            {
                Id = "Vale.Spelling", SourceFile = Source, Kind = RuleKind.Unsupported, Extends = "spelling",
                Message = "Did you really mean '%s'?", Level = Severity.Error,
                UnsupportedReason = "Vale's Hunspell spell-checker is not part of EditorialLint; spelling is checked by the built-in Spelling rules",
            },
        };

        var terms = vocabulary.AcceptedTerms.Where(t => PlainTerm.IsMatch(t)).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count > 0)
        {
            rules.Add(new RuleDefinition
            {
                Id = "Vale.Terms", SourceFile = Source, Kind = RuleKind.Substitution, Extends = "substitution",
                Message = "Use '%s' instead of '%s'.", Level = Severity.Error, IgnoreCase = true, Vocab = false,
                Swap = terms.Select(t => new KeyValuePair<string, string>(Regex.Escape(t).Replace("\\ ", " "), t)).ToList(),
                Description = "An accepted vocabulary term written with different capitalization.",
            });
        }

        if (vocabulary.RejectedTerms.Count > 0)
        {
            rules.Add(new RuleDefinition
            {
                Id = "Vale.Avoid", SourceFile = Source, Kind = RuleKind.Existence, Extends = "existence",
                Message = "Avoid using '%s'.", Level = Severity.Error, Tokens = vocabulary.RejectedTerms.ToList(), Vocab = false,
                Description = "A term the project's vocabulary rejects.",
            });
        }

        return rules;
    }
}
