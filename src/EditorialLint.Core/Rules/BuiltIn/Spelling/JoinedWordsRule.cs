using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// Two words run together: "towardsa", "ofthe", "inthe", "wouldbe", "fundsused". The word must be unknown to the
/// dictionary, the vocabulary and the article (so "another", "today", "nonetheless" and a repeated brand name are
/// safe) and split into two common words (see <see cref="WordSplitter"/>; two content words only when one is
/// inflected or the article writes them apart elsewhere). The fix inserts the space; it is safe when one half is a
/// function word.
/// </summary>
public sealed class JoinedWordsRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.JoinedWords",
        "Words run together",
        Severity.Warning,
        "Two words are written as one, usually a missing space typed at speed. The fix inserts the space.",
        "\"a roadmap towardsa comprehensive agreement\" -> \"a roadmap towards a comprehensive agreement\"")
    {
        Locality = RuleLocality.Block(DocumentFact.EstablishedWords), // the block, and which of its words the article establishes
    };

    public void Analyze(AnalysisContext context)
    {
        var dictionary = EnglishDictionary.Shared;
        var vocabulary = context.Options.Vocabulary;
        var established = context.Get<EstablishedWords>();
        foreach (var (block, index) in context.Get<WordVerdicts>().UnknownWords(context.Blocks))
        {
            var token = block.Tokens[index];
            if (token.Length < 3)
            {
                continue; // too short to be two words (WordSplitter.TrySplit); known words never get here
            }

            var word = block.TextOf(token);
            if ((char.IsUpper(word[0]) && !WordContext.IsSentenceStart(block, index))
                || vocabulary.Accepts(word) || established.IsEstablished(word) || WordContext.IsInTechnicalRun(block, index)
                || !WordSplitter.TrySplit(word, dictionary, established.ContainsPair, out var first, out var second))
            {
                continue;
            }

            // A capitalised token is taken apart only into two function words ("Ofthe", "Inthe"), never a name
            // that happens to split ("Shearson", "Lagat").
            if (char.IsUpper(word[0]) && !(WordSplitter.IsFunctionWord(first) && WordSplitter.IsFunctionWord(second)))
            {
                continue;
            }

            var replacement = first + " " + second;
            var safe = WordSplitter.IsFunctionWord(first) || WordSplitter.IsFunctionWord(second);
            var fix = Fix.Replace($"Insert a space: '{replacement}'", block.Block, token.Span, replacement, safe);
            context.Report(Descriptor, block, token.Span, $"'{word}' looks like two words run together: '{replacement}'", fix);
        }
    }
}
