using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// Words the dictionary does not know, with ranked suggestions as fixes. A warning only for a likely slip (a
/// lowercase word one typist's edit from a common word); an unknown word with nothing close is an info; names,
/// acronyms, the project vocabulary (accept.txt) and words the article repeats are never reported. See
/// <see cref="SpellingJudge"/>.
/// </summary>
public sealed class MisspelledRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.Misspelled",
        "Possible misspelling",
        Severity.Warning,
        "A word that is in neither the English dictionary (SCOWL, American and British spellings), the project "
            + "vocabulary (accept.txt) nor the rest of the article, and is one slip away from a common word. Words "
            + "with nothing close (names, foreign or new words) are reported as information only; a capitalised "
            + "word inside a sentence is taken as a name, and a word the article uses twice as its own term.",
        "\"the goverment said\" -> \"the government said\"")
    {
        Locality = RuleLocality.Block(DocumentFact.EstablishedWords), // the block, and which of its words the article establishes
    };

    public void Analyze(AnalysisContext context)
    {
        var judge = new SpellingJudge(EnglishDictionary.Shared, context.Options.Vocabulary);
        var established = context.Get<EstablishedWords>();
        foreach (var (block, index) in context.Get<WordVerdicts>().UnknownWords(context.Blocks))
        {
            context.CancellationToken.ThrowIfCancellationRequested(); // dictionary words are correct (SpellingJudge.IsCorrect) and never get here
            var token = block.Tokens[index];
            var word = block.TextOf(token);
            if (judge.IsCorrect(word) || WordContext.IsInTechnicalRun(block, index))
            {
                continue;
            }

            var compound = WordContext.IsHyphenated(block, index, out var whole) ? whole : null;
            var verdict = judge.Judge(word, WordContext.IsSentenceStart(block, index), established.IsEstablished(word), compound);
            if (verdict is null)
            {
                continue;
            }

            var fixes = verdict.Suggestions
                .Select(s => Fix.Replace($"Replace with '{s.Word}'", block.Block, token.Span, s.Word))
                .ToArray();
            var (severity, message) = verdict.Confidence switch
            {
                MisspellingConfidence.Likely => (Severity.Warning, $"'{word}' may be misspelled: did you mean '{verdict.Suggestions[0].Word}'?"),
                MisspellingConfidence.Lowercased => (Severity.Info, $"'{word}' is a name: write '{verdict.Suggestions[0].Word}'"),
                _ => (Severity.Info, verdict.Suggestions.Count > 0
                    ? $"'{word}' is not in the dictionary (closest: '{verdict.Suggestions[0].Word}')"
                    : $"'{word}' is not in the dictionary"),
            };
            context.Report(new Diagnostic(Descriptor, block.ToSource(token.Span), message, severity, [.. fixes]));
        }
    }
}
