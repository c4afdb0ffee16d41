using System.Collections.Frozen;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// The attribution vocabulary (rules/attribution/speech.yaml): speech verbs, nouns for unnamed speakers, the
/// determiners that introduce them, and the phrases that explain why a source is unnamed. Shared by the
/// Attribution rules; loaded once.
/// </summary>
public sealed class SpeechWords
{
    public const string DataFile = "attribution/speech.yaml";

    private static readonly Lazy<SpeechWords> BuiltIn = new(() => new SpeechWords(PhraseLists.LoadEmbedded(DataFile)));

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> determiners;
    private readonly FirstWordFilter determinerStarts = new();

    public SpeechWords(PhraseLists lists)
    {
        Verbs = Set(lists["verbs"]);
        verbs = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        Speakers = Set(lists["speakers"]);
        Determiners = Set(lists["determiners"]);
        determiners = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string determiner in Determiners)
        {
            determinerStarts.Add(determiner);
        }
        Anonymity = lists.Matcher("anonymity");
        Reasons = lists.Matcher("reasons");
        Connectives = lists.Matcher("connectives");
    }

    public static SpeechWords Shared => BuiltIn.Value;

    /// <summary>"said", "told", "according", "added", ...</summary>
    public FrozenSet<string> Verbs { get; }

    /// <summary>"official", "diplomat", "source", ...</summary>
    public FrozenSet<string> Speakers { get; }

    /// <summary>"a", "an", "one", "two", "several", ...</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>True when the word is one of <see cref="Determiners"/> (a first-letter and length test turns most words away).</summary>
    public bool IsDeterminer(ReadOnlySpan<char> word) => determinerStarts.MayContain(word) && determiners.Contains(word);

    /// <summary>"spoke on condition of anonymity", "asked not to be named".</summary>
    public PhraseMatcher Anonymity { get; }

    /// <summary>"not authorised to speak", "for fear of": a reason for anonymity on its own.</summary>
    public PhraseMatcher Reasons { get; }

    /// <summary>"because", "since", "to discuss": a reason when it shares a sentence with an anonymity phrase.</summary>
    public PhraseMatcher Connectives { get; }

    /// <summary>True when the block explains why a source is unnamed (a reason, or anonymity with a connective in one sentence).</summary>
    public bool ExplainsAnonymity(BlockAnalysis block)
    {
        if (Reasons.Any(block))
        {
            return true;
        }

        // Anonymity phrases are rare: look for connectives only in a block that has one.
        var anonymity = Anonymity.Matches(block);
        if (!anonymity.Any())
        {
            return false;
        }

        var connectives = Connectives.Matches(block).Select(m => block.SentenceIndexAt(m.Span.Start)).ToHashSet();
        return anonymity.Any(m => connectives.Contains(block.SentenceIndexAt(m.Span.Start)));
    }

    /// <summary>True when the token is a speech verb.</summary>
    public bool IsVerb(BlockAnalysis block, Token token) => token.IsWord && verbs.Contains(block.Span(token));

    /// <summary>True when a speech verb lies in the prose range of the block, outside <paramref name="except"/>.</summary>
    public bool HasVerb(BlockAnalysis block, Text.TextSpan range, Text.TextSpan except = default)
    {
        foreach (int i in block.WordTokenIndices)
        {
            Token t = block.Tokens[i];
            if (t.Start >= range.Start && t.End <= range.End && !(except.Length > 0 && except.Contains(t.Start)) && IsVerb(block, t))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
