using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// One person or place, written two ways in one article: spelled differently ("Araghchi" / "Araghchy"), joined
/// differently ("Al Thani" / "Al-Thani", "Time Warner" / "TimeWarner"), given two titles ("Foreign Minister" then
/// "Foreign Secretary" for the same name), or named by surname before the full name is introduced. The names come
/// from <see cref="NameAnalysis"/>; a spelling pair is reported only when the two can be the same person (no two
/// different given names) and one spelling is the odd one out.
/// </summary>
public sealed class NameVariantRule : IRule
{
    private const int MinLengthForSpelling = 5;

    /// <summary>Heads of offices that a person holds one of at a time ("Minister" or "Secretary" of the same department).</summary>
    private static readonly HashSet<string> OfficeHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Minister", "Secretary", "Chancellor", "Commissioner", "Director", "Governor", "Chairman", "Chairwoman", "Chair",
        "President", "Premier", "Spokesman", "Spokeswoman", "Spokesperson",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.NameVariant",
        "Name written two ways",
        Severity.Warning,
        "The same person or place appears in two forms: spelled differently, hyphenated in one place and not in "
        + "another, with a title that changes, or by surname before the full name has been given. Check the name "
        + "against the source and use one form; introduce people by full name before using the surname alone.",
        "\"Foreign Minister Abbas Araghchi ... Mr Araghchy said\" -> \"... Mr Araghchi said\"");

    public void Analyze(AnalysisContext context)
    {
        NameAnalysis names = context.Get<NameAnalysis>();
        var mentions = names.Mentions;
        if (mentions.IsEmpty)
        {
            return;
        }

        var reported = new HashSet<(int Block, int Start)>();
        ReportJoinerVariants(context, mentions, reported);
        ReportSpellingVariants(context, mentions, reported);
        ReportTitleChanges(context, mentions, reported);
        ReportSurnameFirst(context, names, reported);
    }

    /// <summary>"Al Thani" and "Al-Thani", "Time Warner" and "TimeWarner": the same letters, joined differently.</summary>
    private void ReportJoinerVariants(AnalysisContext context, IReadOnlyList<NameMention> mentions, HashSet<(int, int)> reported)
    {
        // Keys (the words run together, lower-cased) are first told apart by a 64-bit hash, so no string is made for
        // the many keys used once; on a hash collision between two different keys, the keys themselves are used.
        var groups = JoinerGroups(mentions, hashed: true) ?? JoinerGroups(mentions, hashed: false)!;
        foreach (var list in groups)
        {
            // One surface only (the common case): nothing to compare.
            if (list.TrueForAll(f => string.Equals(f.Surface, list[0].Surface, StringComparison.Ordinal)))
            {
                continue;
            }

            var bySurface = list.GroupBy(f => f.Surface, StringComparer.Ordinal).ToList();
            if (bySurface.Count < 2 || bySurface.Select(g => g.Key.ToLowerInvariant()).Distinct().Count() < 2)
            {
                continue;
            }

            var majority = bySurface.OrderByDescending(g => g.Count()).ThenBy(g => g.Min(f => Position(f.Mention, f.Span))).First();
            foreach (var minority in bySurface.Where(g => g != majority))
            {
                var first = minority.OrderBy(f => Position(f.Mention, f.Span)).First();
                Report(context, reported, first.Mention.Block, first.Span,
                    $"'{minority.Key}' is written '{majority.Key}' elsewhere in the article ({Times(majority.Count())}); use one form",
                    Fix.Replace($"Write '{majority.Key}'", first.Mention.Block.Block, first.Span, majority.Key));
            }
        }
    }

    /// <summary>
    /// The uses of every key used at least twice, in the order keys first occur, each use with its surface (the
    /// words with their joiners) and span. Keys are compared by a hash of the lower-cased letters when
    /// <paramref name="hashed"/> (null when two different keys share a hash), else by the lower-cased string.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<ulong, (int Head, int Tail, int Count)>? scratchByHash;

    [ThreadStatic]
    private static List<(NameMention Mention, int Start, int Length, int Next)>? scratchUses;

    internal static List<List<(string Surface, NameMention Mention, TextSpan Span)>>? JoinerGroups(IReadOnlyList<NameMention> mentions, bool hashed)
    {
        // Each use is chained to the previous use of its key. The hash table and the use list are this thread's,
        // emptied per document (a cleared Dictionary still enumerates in insertion order, which the groups keep).
        if (scratchUses is { Capacity: > 1 << 16 })
        {
            scratchUses = null; // do not keep the tables of a huge draft
            scratchByHash = null;
        }

        var byHash = scratchByHash ??= new Dictionary<ulong, (int Head, int Tail, int Count)>();
        var uses = scratchUses ??= new List<(NameMention Mention, int Start, int Length, int Next)>();
        byHash.Clear();
        uses.Clear();
        var byString = new Dictionary<string, (int Head, int Tail, int Count)>(StringComparer.Ordinal);
        var stringLookup = byString.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        foreach (NameMention m in mentions)
        {
            for (int start = 0; start < m.Name.Length; start++)
            {
                int letters = 0;
                for (int length = 1; length <= 3 && start + length <= m.Name.Length; length++)
                {
                    // Lower-casing keeps the length: too short a key is never made.
                    letters += m.Name[start + length - 1].Length;
                    if (letters < 6)
                    {
                        continue;
                    }

                    Span<char> key = letters <= buffer.Length ? buffer[..letters] : new char[letters];
                    LowerKey(m, start, length, key);
                    bool exists;
                    ref var entry = ref hashed
                        ? ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byHash, Hash(key), out exists)
                        : ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(stringLookup, key, out exists);
                    uses.Add((m, start, length, -1));
                    if (exists)
                    {
                        uses[entry.Tail] = uses[entry.Tail] with { Next = uses.Count - 1 };
                        entry = (entry.Head, uses.Count - 1, entry.Count + 1);
                    }
                    else
                    {
                        entry = (uses.Count - 1, uses.Count - 1, 1);
                    }
                }
            }
        }

        var groups = new List<List<(string Surface, NameMention Mention, TextSpan Span)>>();
        foreach (var chain in hashed ? (IEnumerable<(int Head, int Tail, int Count)>)byHash.Values : byString.Values)
        {
            if (chain.Count < 2 || SameWordsAndJoiners(uses, chain.Head))
            {
                continue; // used once, or always written alike: one surface, nothing to compare
            }

            var list = new List<(string Surface, NameMention Mention, TextSpan Span)>(chain.Count);
            string? firstKey = null;
            for (int u = chain.Head; u >= 0; u = uses[u].Next)
            {
                var (m, start, length, _) = uses[u];
                string surface = length switch
                {
                    1 => m.Name[start],
                    2 => string.Concat(m.Name[start], m.Joiners[start], m.Name[start + 1]),
                    _ => string.Concat(m.Name[start], m.Joiners[start], m.Name[start + 1], m.Joiners[start + 1], m.Name[start + 2]),
                };
                if (hashed)
                {
                    int letters = 0;
                    for (int k = start; k < start + length; k++)
                    {
                        letters += m.Name[k].Length;
                    }

                    char[] key = new char[letters];
                    LowerKey(m, start, length, key);
                    string real = new(key);
                    if (firstKey is not null && !string.Equals(firstKey, real, StringComparison.Ordinal))
                    {
                        return null; // two keys share a hash
                    }

                    firstKey = real;
                }

                list.Add((surface, m, TextSpan.FromBounds(m.WordSpans[start].Start, m.WordSpans[start + length - 1].End)));
            }

            groups.Add(list);
        }

        return groups;
    }

    /// <summary>
    /// True when every use of the chain has the first one's words and joiners, i.e. the same surface (name words
    /// hold no joiner character, so a surface spells out its words and joiners).
    /// </summary>
    private static bool SameWordsAndJoiners(List<(NameMention Mention, int Start, int Length, int Next)> uses, int head)
    {
        var (m0, s0, l0, _) = uses[head];
        for (int u = uses[head].Next; u >= 0; u = uses[u].Next)
        {
            var (m, start, length, _) = uses[u];
            if (length != l0)
            {
                return false;
            }

            for (int k = 0; k < length; k++)
            {
                if (!string.Equals(m.Name[start + k], m0.Name[s0 + k], StringComparison.Ordinal)
                    || (k > 0 && !string.Equals(m.Joiners[start + k - 1], m0.Joiners[s0 + k - 1], StringComparison.Ordinal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The words <paramref name="start"/>..+<paramref name="length"/> of the name run together and lower-cased (as ToLowerInvariant of their concatenation).</summary>
    private static void LowerKey(NameMention m, int start, int length, Span<char> key)
    {
        for (int k = start, at = 0; k < start + length; at += m.Name[k].Length, k++)
        {
            m.Name[k].AsSpan().ToLowerInvariant(key[at..]);
        }
    }

    private static ulong Hash(ReadOnlySpan<char> key)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in key)
        {
            hash = (hash ^ c) * 1099511628211;
        }

        return hash;
    }

    /// <summary>"Araghchi" and "Araghchy": two spellings one letter apart, one of them the odd one out, not two people.</summary>
    private void ReportSpellingVariants(AnalysisContext context, IReadOnlyList<NameMention> mentions, HashSet<(int, int)> reported)
    {
        // Words of names; a lone capitalised word opening a sentence counts only when it is a name elsewhere too.
        var words = new Dictionary<string, List<(NameMention Mention, int Index)>>(StringComparer.Ordinal);
        var sentenceInitial = new List<NameMention>();
        foreach (NameMention m in mentions)
        {
            if (m.SentenceInitial && m.Name.Length == 1)
            {
                sentenceInitial.Add(m);
                continue;
            }

            for (int k = 0; k < m.Name.Length; k++)
            {
                string w = m.Name[k];
                if (w.Length >= MinLengthForSpelling && !NameAnalysis.IsParticle(w) && !NameAnalysis.IsTitleWord(w))
                {
                    if (!words.TryGetValue(w, out var list))
                    {
                        words[w] = list = new();
                    }

                    list.Add((m, k));
                }
            }
        }

        foreach (NameMention m in sentenceInitial)
        {
            if (words.TryGetValue(m.Name[0], out var list))
            {
                list.Add((m, 0));
            }
        }

        // Sorted, so the words sharing a first letter (variants must) are neighbours.
        var keys = words.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        for (int a = 0; a < keys.Length; a++)
        {
            for (int b = a + 1; b < keys.Length && keys[b][0] == keys[a][0]; b++)
            {
                string x = keys[a], y = keys[b];
                if (Math.Abs(x.Length - y.Length) > 1 || x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)
                    || string.Equals(x, y, StringComparison.OrdinalIgnoreCase) || !OneEditApart(x, y))
                {
                    continue;
                }

                var xs = words[x];
                var ys = words[y];

                // The odd one out is used once, the usual spelling at least twice.
                (string odd, string usual, var oddUses, var usualUses) = xs.Count == 1 && ys.Count >= 2 ? (x, y, xs, ys)
                    : ys.Count == 1 && xs.Count >= 2 ? (y, x, ys, xs)
                    : (string.Empty, string.Empty, xs, ys);
                if (odd.Length == 0 || DemonymEnding(odd, usual) || SameName(oddUses, usualUses) || DifferentEntities(oddUses, usualUses))
                {
                    continue;
                }

                int usualCount = usualUses.Count;
                var (mention, index) = oddUses[0];
                TextSpan span = mention.WordSpans[index];
                Report(context, reported, mention.Block, span,
                    $"'{odd}' is spelled '{usual}' elsewhere in the article ({Times(usualCount)}); check the name and use one spelling",
                    Fix.Replace($"Write '{usual}'", mention.Block.Block, span, usual));
            }
        }
    }

    /// <summary>
    /// Two entities, not two spellings: the odd one comes with other name words that the usual one never has
    /// ("Donald Regan" beside "President Reagan"), or one is only ever a first name and the other only a last
    /// ("David Davis", "Annette Bening" beside "Being Julia").
    /// </summary>
    private static bool DifferentEntities(List<(NameMention Mention, int Index)> odd, List<(NameMention Mention, int Index)> usual)
    {
        static HashSet<string> Context(List<(NameMention Mention, int Index)> uses) =>
            uses.SelectMany(u => u.Mention.Name.Where((w, k) => k != u.Index && !NameAnalysis.IsParticle(w))).ToHashSet(StringComparer.Ordinal);

        var oddContext = Context(odd);
        if (oddContext.Count > 0 && !oddContext.Overlaps(Context(usual)))
        {
            return true;
        }

        // The usual spelling only ever inside longer names ("Banco do Brasil", "Trades Union Congress"), the odd one alone.
        if (oddContext.Count == 0 && usual.All(u => u.Mention.Name.Length > 1))
        {
            return true;
        }

        static int Role(List<(NameMention Mention, int Index)> uses) =>
            uses.All(u => u.Mention.Name.Length > 1 && u.Index == 0) ? 1 : uses.All(u => u.Mention.Name.Length > 1 && u.Index == u.Mention.Name.Length - 1) ? 2 : 0;

        int oddRole = Role(odd), usualRole = Role(usual);
        return oddRole != 0 && usualRole != 0 && oddRole != usualRole;
    }

    /// <summary>Two words of one name ("Chiang Ching-kuo") are not variants of each other.</summary>
    private static bool SameName(List<(NameMention Mention, int Index)> odd, List<(NameMention Mention, int Index)> usual) =>
        odd.Any(o => usual.Any(u => ReferenceEquals(u.Mention, o.Mention)));

    /// <summary>"Argentina" / "Argentine", "Germany" / "Germans", "France" / "Franco": a country and its adjective.</summary>
    private static bool DemonymEnding(string a, string b)
    {
        if (a.Length != b.Length || !a.AsSpan(0, a.Length - 1).SequenceEqual(b.AsSpan(0, b.Length - 1)))
        {
            return false;
        }

        char x = a[^1], y = b[^1];
        return ("aeo".Contains(x) && "aeo".Contains(y)) || (x is 'y' or 's' && y is 'y' or 's');
    }

    /// <summary>"Foreign Minister X" then "Foreign Secretary X": the same department, a different office, one person.</summary>
    private void ReportTitleChanges(AnalysisContext context, IReadOnlyList<NameMention> mentions, HashSet<(int, int)> reported)
    {
        var bySurname = mentions.Where(m => m.HasTitle && OfficeHeads.Contains(m.Title[^1]))
            .GroupBy(m => m.Surname, StringComparer.Ordinal);
        foreach (var group in bySurname)
        {
            NameMention? first = null;
            foreach (NameMention m in group)
            {
                if (first is null)
                {
                    first = m;
                    continue;
                }

                string[] firstModifiers = Modifiers(first);
                string[] modifiers = Modifiers(m);
                if (firstModifiers.Length > 0 && firstModifiers.SequenceEqual(modifiers, StringComparer.OrdinalIgnoreCase)
                    && !string.Equals(first.Title[^1], m.Title[^1], StringComparison.OrdinalIgnoreCase))
                {
                    string was = string.Join(' ', firstModifiers.Append(first.Title[^1]));
                    string now = string.Join(' ', modifiers.Append(m.Title[^1]));
                    Report(context, reported, m.Block, m.TitleSpan, $"{m.Surname} is '{now}' here but '{was}' earlier; check the title and use one", null);
                }
            }
        }
    }

    /// <summary>The words of a title that qualify its head and are title vocabulary ("Iranian Foreign Minister" -> "Foreign").</summary>
    private static string[] Modifiers(NameMention m) => m.Title.Take(m.Title.Length - 1).Where(NameAnalysis.IsTitleWord).ToArray();

    /// <summary>"Mr Larijani said ..." in the body before "Ali Larijani" is introduced.</summary>
    private void ReportSurnameFirst(AnalysisContext context, NameAnalysis names, HashSet<(int, int)> reported)
    {
        var mentions = names.Mentions;
        var people = new Dictionary<string, NameMention>(StringComparer.Ordinal);
        foreach (NameMention m in mentions)
        {
            if (IsFullName(m) && !people.ContainsKey(m.Surname))
            {
                people[m.Surname] = m;
            }
        }

        // Mentions by their text, in document order: each surname looks only at its own (was a scan of every
        // mention per person, quadratic on long drafts).
        // Only mentions whose text is some person's surname are looked at. A surname has at most one joiner (a
        // particle and a name), and name words hold no space or hyphen, so a mention of three words or more is none.
        // A two-word mention's text is written into a buffer and looked up as a span: no string per mention.
        var byText = new Dictionary<string, List<NameMention>>(StringComparer.Ordinal);
        if (people.Count > 0)
        {
            var peopleBySpan = people.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> buffer = stackalloc char[128];
            foreach (NameMention m in mentions)
            {
                string? text = null;
                if (m.Name.Length == 1)
                {
                    text = people.ContainsKey(m.Name[0]) ? m.Name[0] : null;
                }
                else if (m.Name.Length == 2)
                {
                    int length = m.Name[0].Length + m.Joiners[0].Length + m.Name[1].Length;
                    Span<char> chars = length <= buffer.Length ? buffer[..length] : new char[length];
                    m.WriteText(chars);
                    text = peopleBySpan.TryGetValue(chars, out string? key, out _) ? key : null;
                }

                if (text is not null)
                {
                    if (!byText.TryGetValue(text, out var list))
                    {
                        byText[text] = list = new List<NameMention>();
                    }

                    list.Add(m);
                }
            }
        }

        foreach (var (surname, full) in people)
        {
            // The early mention must be a person: an honorific or title before it ("Mr Kennedy"), or speech right after it.
            NameMention? early = (byText.TryGetValue(surname, out var sameText) ? sameText : [])
                .Where(m => names.IsBody(m.Block) && Position(m, default) < Position(full, default) && (m.HasTitle || m.FollowedBySpeech))
                .FirstOrDefault();
            if (early is null)
            {
                continue;
            }

            int line = context.Document.Source.GetLinePosition(full.Block.ToSource(full.NameSpan).Start).Line + 1;
            Report(context, reported, early.Block, early.NameSpan,
                $"'{surname}' is used before the full name '{full.Text}' is introduced (line {line}); give the full name at first mention", null);
        }
    }

    /// <summary>
    /// A given name and a surname, two or three words joined by spaces ("Ali Larijani", "Charles Kennedy"); at the
    /// start of a sentence only when introduced ("Ali Larijani, the head of ...", "Ali Larijani said").
    /// </summary>
    private static bool IsFullName(NameMention m) =>
        m.Name.Length is 2 or 3 && m.Joiners.All(j => j == " ") && !NameAnalysis.IsParticle(m.Name[0]) && !NameAnalysis.IsTitleWord(m.Name[0])
        && (!m.SentenceInitial || m.HasTitle || m.FollowedByApposition || m.FollowedBySpeech) && !IsCalendarWord(m.Name[0]) && !NameAnalysis.IsOrganisationWord(m.Name[^1]) && !NameAnalysis.IsNotGivenName(m.Name[0])
        && SurnameCoversPartOfName(m);

    /// <summary>
    /// <see cref="NameMention.Surname"/> differs from <see cref="NameMention.Text"/>, told without building either: the
    /// surname is the last word, or a particle and the last word, and name words and joiners are never empty, so
    /// the two are equal exactly when the surname takes every word.
    /// </summary>
    private static bool SurnameCoversPartOfName(NameMention m) =>
        (m.Name.Length > 1 && NameAnalysis.IsParticle(m.Name[^2]) ? 2 : 1) < m.Name.Length;

    private static bool IsCalendarWord(string word) =>
        EditorialLint.Core.Dates.DateLexicon.TryMonth(word, out _, out _) || DayNames.Contains(word, StringComparer.Ordinal);

    /// <summary>"Sunday" to "Saturday" (DateTimeFormatInfo.DayNames copies its array on every call).</summary>
    private static readonly string[] DayNames = System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames;

    private void Report(AnalysisContext context, HashSet<(int, int)> reported, BlockAnalysis block, TextSpan span, string message, Fix? fix)
    {
        if (reported.Add((block.Block.Index, span.Start)))
        {
            context.Report(Descriptor, block, span, message, fix is null ? [] : [fix]);
        }
    }

    private static long Position(NameMention m, TextSpan span) => ((long)m.Block.Block.Index << 32) + (span.Length > 0 ? span.Start : m.Span.Start);

    private static string Times(int n) => n == 1 ? "once" : $"{n} times";

    /// <summary>One substitution, insertion, deletion or swap of neighbouring letters apart.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a.Length == b.Length)
        {
            int first = -1, count = 0;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    first = count == 0 ? i : first;
                    count++;
                }
            }

            return count == 1 || (count == 2 && first + 1 < a.Length && a[first] == b[first + 1] && a[first + 1] == b[first]);
        }

        string shorter = a.Length < b.Length ? a : b, longer = a.Length < b.Length ? b : a;
        int skip = 0;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j])
            {
                i++;
            }
            else if (++skip > 1)
            {
                return false;
            }
        }

        return true;
    }
}
