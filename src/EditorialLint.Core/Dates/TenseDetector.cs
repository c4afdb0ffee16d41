using System.Collections.Frozen;

namespace EditorialLint.Core.Dates;

/// <summary>The tense that governs an expression, and the word that decided it.</summary>
public readonly record struct TenseReading(Tense Tense, int MarkerStart, int MarkerLength, bool Reporting, bool Pluperfect = false)
{
    public static readonly TenseReading None = new(Tense.Unknown, -1, 0, false);
}

/// <summary>
/// Reads the tense around an expression from the nearest tense-bearing word of its clause, looking back and
/// ahead: past forms ("travelled", "was signed", "held"), future markers ("will", "is due to", "scheduled for",
/// "opens"), and modals ("would", "could") that leave it unknown. Reporting verbs ("said") count for less, because
/// the date after them often belongs to the reported clause.
/// </summary>
internal static class TenseDetector
{
    private const int MaxWords = 6;

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
    [
        "was", "were", "had", "did", "held", "met", "went", "came", "took", "made", "gave", "won", "lost", "rose", "fell",
        "began", "spoke", "left", "saw", "sent", "became", "brought", "found", "led", "paid", "ran", "sold", "struck",
        "stood", "thought", "bought", "flew", "grew", "knew", "kept", "fought", "broke", "chose", "drew", "drove",
        "heard", "meant", "sat", "spent", "taught", "tore", "understood", "woke", "wore", "got", "shot", "sank", "threw",
        "withdrew", "overtook", "undertook", "arose", "forgot", "hung", "laid", "lit", "rang", "sang", "shook", "slid",
        "stole", "stuck", "swept", "swung", "felt", "dealt", "fled", "sought", "caught", "built", "lent", "bent",
        "ago", "wrote", "told", "said", "signed", "ate", "oversaw", "reopened", "underwent", "beat", "bore",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Reporting = FrozenSet.ToFrozenSet(
    [
        "said", "told", "announced", "added", "reported", "stated", "noted", "warned", "confirmed", "disclosed",
        "revealed", "explained", "insisted", "argued", "claimed", "wrote", "declared", "indicated", "predicted",
        "estimated", "forecast", "suggested", "acknowledged", "denied", "admitted", "stressed", "emphasised",
        "emphasized", "commented", "replied", "asserted", "urged", "agreed", "decided", "voted", "approved", "asked",
        "proposed", "recommended", "ruled", "ordered", "called",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Future = FrozenSet.ToFrozenSet(
    [
        "will", "shall", "upcoming", "due", "scheduled", "slated", "planned", "expected", "plans", "plan", "intends",
        "aims", "hopes", "poised", "opens", "begins", "starts", "meets", "closes", "expires", "resumes", "arrives",
        "visits", "travels", "returns", "launches", "takes", "kicks", "convenes", "reconvenes", "goes", "heads",
        "opening", "tomorrow", "scheduling", "leaves", "departs", "flies", "hosts", "faces", "plays", "holds",
        "unveils", "debuts", "premieres",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
    [
        "would", "could", "might", "may", "should", "must", "can", "cannot", "ought", "if", "unless",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> EdNotVerbs = FrozenSet.ToFrozenSet(
    [
        "need", "feed", "seed", "speed", "bleed", "breed", "greed", "creed", "deed", "weed", "reed", "shed", "bed",
        "red", "hundred", "based", "related", "limited", "united", "detailed", "advanced", "called", "named", "listed",
        "rated", "dated", "titled", "entitled", "skilled", "qualified", "interested", "concerned", "involved",
        "supposed", "used", "indeed", "embed", "biased", "aged", "armed", "blessed", "beloved", "wicked", "naked",
        "sacred", "rugged", "crooked", "ragged", "learned", "alleged", "registered", "unprecedented", "proceed",
        "exceed", "succeed", "owned", "controlled", "backed", "led", "compared", "combined", "adjusted", "unchanged",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
    [
        "that", "which", "who", "when", "after", "before", "because", "while", "and", "but", "as", "although",
        "though", "if", "whereas", "where", "until", "since", "or",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BePresent = FrozenSet.ToFrozenSet(
        ["is", "are", "am", "be", "being", "to"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "newly", "recently"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The tense for the expression covering tokens [<paramref name="first"/>, <paramref name="last"/>] within the
    /// clause tokens [<paramref name="clauseStart"/>, <paramref name="clauseEnd"/>).
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BePresentLookup = BePresent.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWordsLookup = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminersLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EdNotVerbsLookup = EdNotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = Future.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastLookup = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalsLookup = Modals.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingLookup = Reporting.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TenseReading Detect(string text, ReadOnlySpan<DateToken> tokens, int first, int last, int clauseStart, int clauseEnd)
    {
        var back = Scan(text, tokens, first - 1, clauseStart, -1);

        // Looking ahead crosses a comma only for a date that opens its clause ("On June 30, the minister travelled").
        var aheadEnd = clauseEnd - 1;
        if (HasWordBetween(tokens, clauseStart, OpeningPreposition(text, tokens, first) ? first - 1 : first))
        {
            for (var k = last + 1; k < clauseEnd; k++)
            {
                if ((tokens[k].Kind == DateTokenKind.Punctuation && text[tokens[k].Start] is ',' or '(' or '—' or '–') ||
                    (tokens[k].Kind == DateTokenKind.Word && ClauseWordsLookup.Contains(text.AsSpan(tokens[k].Start, tokens[k].Length))))
                {
                    aheadEnd = k - 1;
                    break;
                }
            }
        }

        var ahead = Scan(text, tokens, last + 1, aheadEnd, +1);
        if (back.Reading.Tense == Tense.Unknown && back.Distance == int.MaxValue)
        {
            return Subject(text, ahead);
        }

        if (ahead.Distance == int.MaxValue)
        {
            return back.Reading;
        }

        return ahead.Distance < back.Distance ? Subject(text, ahead) : back.Reading;
    }

    private static bool OpeningPreposition(string text, ReadOnlySpan<DateToken> tokens, int first)
    {
        if (first == 0 || tokens[first - 1].Kind != DateTokenKind.Word)
        {
            return false;
        }

        var w = text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length);
        return w.Equals("on", StringComparison.OrdinalIgnoreCase) || w.Equals("in", StringComparison.OrdinalIgnoreCase) ||
               w.Equals("by", StringComparison.OrdinalIgnoreCase) || w.Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasWordBetween(ReadOnlySpan<DateToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == DateTokenKind.Word)
            {
                return true;
            }
        }

        return false;
    }

    private static TenseReading Subject(string text, (TenseReading Reading, int Distance) ahead)
    {
        // "March 31 was the deadline": the date is the subject of a copula, not the time of an event.
        var r = ahead.Reading;
        if (ahead.Distance == 1 && r.MarkerStart >= 0)
        {
            var w = text.AsSpan(r.MarkerStart, r.MarkerLength);
            if (w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase))
            {
                return TenseReading.None;
            }
        }

        return r;
    }

    private static (TenseReading Reading, int Distance) Scan(string text, ReadOnlySpan<DateToken> tokens, int from, int limit, int step)
    {
        var words = 0;
        var scanned = 0;
        for (var i = from; (step < 0 ? i >= limit : i <= limit) && scanned++ < 4 * MaxWords; i += step)
        {
            var t = tokens[i];
            if (t.Kind != DateTokenKind.Word)
            {
                continue;
            }

            words++;
            if (words > MaxWords)
            {
                break;
            }

            var w = text.AsSpan(t.Start, t.Length);
            var tense = Classify(text, tokens, i, w, step < 0, out var reporting);
            if (tense is null)
            {
                continue;
            }

            var distance = words + (reporting ? 3 : 0);
            var pluperfect = tense == Tense.Past && (w.Equals("had", StringComparison.OrdinalIgnoreCase) ||
                PreviousWord(text, tokens, i).Equals("had", StringComparison.OrdinalIgnoreCase) ||
                (PreviousWord(text, tokens, i).Equals("been", StringComparison.OrdinalIgnoreCase) && i > 1 &&
                 PreviousWord(text, tokens, i - 1).Equals("had", StringComparison.OrdinalIgnoreCase)));
            return (new TenseReading(tense.Value, t.Start, t.Length, reporting, pluperfect), distance);
        }

        return (TenseReading.None, int.MaxValue);
    }

    /// <summary>The tense a word marks, Unknown for a modal (which stops the search), null for no marker.</summary>
    private static Tense? Classify(string text, ReadOnlySpan<DateToken> tokens, int i, ReadOnlySpan<char> w, bool backward, out bool reporting)
    {
        reporting = false;
        if (char.IsUpper(w[0]) && i > 0 && !tokens[i].LineBreakBefore && !(tokens[i - 1].Kind == DateTokenKind.Punctuation))
        {
            return null; // a capitalised word inside a sentence is a name
        }

        if (w.Equals("ll", StringComparison.Ordinal) && i > 0 && IsApostrophe(text, tokens[i - 1]))
        {
            return Tense.Future;
        }

        if (w.Equals("won", StringComparison.OrdinalIgnoreCase) && i + 2 < tokens.Length && IsApostrophe(text, tokens[i + 1]) &&
            text.AsSpan(tokens[i + 2].Start, tokens[i + 2].Length).Equals("t", StringComparison.Ordinal))
        {
            return Tense.Future;
        }

        if (w.Equals("going", StringComparison.OrdinalIgnoreCase) && NextWordIs(text, tokens, i, "to"))
        {
            return Tense.Future;
        }

        if (w.Equals("set", StringComparison.OrdinalIgnoreCase) && (NextWordIs(text, tokens, i, "to") || NextWordIs(text, tokens, i, "for")))
        {
            return Tense.Future;
        }

        if ((w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)) &&
            NextWordIs(text, tokens, i, "to"))
        {
            return Tense.Future;
        }

        if (FutureLookup.Contains(w))
        {
            var prevWord = PreviousWord(text, tokens, i);
            if (IsPlanWord(w) && IsPastBe(prevWord) && !w.Equals("due", StringComparison.OrdinalIgnoreCase))
            {
                return Tense.Unknown; // "had planned a vote", "was expected": a plan told from the past
            }

            if (IsPlanWord(w))
            {
                // "is due to", "plans to": future; "due to the strike", "the plan": not a tense.
                var intent = w.Equals("due", StringComparison.OrdinalIgnoreCase)
                    ? BePresentLookup.Contains(prevWord) || IsPastBe(prevWord)
                    : NextWordIs(text, tokens, i, "to") || NextWordIs(text, tokens, i, "for") || NextWordIs(text, tokens, i, "on");
                if (!intent)
                {
                    return null;
                }

                // "had been scheduled to", "was due to": a plan told from the past, not a future.
                return IsPastBe(prevWord) ? Tense.Unknown : Tense.Future;
            }

            return Tense.Future;
        }

        // "to hold", "to expire": an infinitive takes its tense from what governs it ("is due to", "plans to"),
        // and has none of its own otherwise.
        if (backward && w.Equals("to", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length && tokens[i + 1].Kind == DateTokenKind.Word)
        {
            var next = text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length);
            if (char.IsLower(next[0]) && !DeterminersLookup.Contains(next))
            {
                var governor = PreviousWord(text, tokens, i);
                if (governor.IsEmpty)
                {
                    return Tense.Unknown;
                }

                if (IsPlanWord(governor) || FutureLookup.Contains(governor) ||
                    governor.Equals("going", StringComparison.OrdinalIgnoreCase) || governor.Equals("set", StringComparison.OrdinalIgnoreCase) ||
                    governor.Equals("is", StringComparison.OrdinalIgnoreCase) || governor.Equals("are", StringComparison.OrdinalIgnoreCase) ||
                    governor.Equals("wants", StringComparison.OrdinalIgnoreCase) || governor.Equals("seeks", StringComparison.OrdinalIgnoreCase))
                {
                    var before = i > 1 ? PreviousWord(text, tokens, i - 1) : [];
                    return IsPastBe(before) || governor.Equals("was", StringComparison.OrdinalIgnoreCase) ? Tense.Unknown : Tense.Future;
                }

                return Tense.Unknown;
            }
        }

        if (ModalsLookup.Contains(w))
        {
            return Tense.Unknown;
        }

        var past = IrregularPastLookup.Contains(w) ||
                   (w.Length >= 4 && w.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(w[0]) &&
                    !EdNotVerbsLookup.Contains(w));
        if (!past)
        {
            return null;
        }

        var prev = PreviousWord(text, tokens, i);
        if (prev.Equals("have", StringComparison.OrdinalIgnoreCase) && i > 1 &&
            PreviousWord(text, tokens, i - 1).Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Unknown; // "was to have left": a plan that may not have happened
        }

        if (!prev.IsEmpty)
        {
            if (BePresentLookup.Contains(prev) && !w.Equals("was", StringComparison.OrdinalIgnoreCase) &&
                !w.Equals("were", StringComparison.OrdinalIgnoreCase))
            {
                return null; // "will be held", "is expected": passive present or future, decided further out
            }

            if (DeterminersLookup.Contains(prev) && w.EndsWith("ed", StringComparison.Ordinal))
            {
                return null; // "the proposed deadline": an adjective
            }
        }

        reporting = ReportingLookup.Contains(w);
        return Tense.Past;
    }

    /// <summary>Reporting verbs ("said", "told", "announced"): what follows may be an earlier event.</summary>
    public static bool IsReporting(ReadOnlySpan<char> w) => ReportingLookup.Contains(w) ||
        w.Equals("say", StringComparison.OrdinalIgnoreCase) || w.Equals("says", StringComparison.OrdinalIgnoreCase);

    /// <summary>Modals, "will", "shall" and "if": words that put a whole sentence out of the plain past.</summary>
    public static bool IsIrrealis(ReadOnlySpan<char> w) =>
        ModalsLookup.Contains(w) || w.Equals("will", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("shall", StringComparison.OrdinalIgnoreCase);

    private static bool IsPlanWord(ReadOnlySpan<char> w) =>
        w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("slated", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("plans", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("plan", StringComparison.OrdinalIgnoreCase) || w.Equals("intends", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("aims", StringComparison.OrdinalIgnoreCase) || w.Equals("hopes", StringComparison.OrdinalIgnoreCase);

    private static bool IsPastBe(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase) ||
        w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("had", StringComparison.OrdinalIgnoreCase);

    private static bool IsApostrophe(string text, DateToken t) =>
        t.Kind == DateTokenKind.Punctuation && text[t.Start] is '\'' or '’';

    private static bool NextWordIs(string text, ReadOnlySpan<DateToken> tokens, int i, string word) =>
        i + 1 < tokens.Length && tokens[i + 1].Kind == DateTokenKind.Word &&
        text.AsSpan(tokens[i + 1].Start, tokens[i + 1].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> PreviousWord(string text, ReadOnlySpan<DateToken> tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == DateTokenKind.Word ? text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length) : [];
}
