using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Matches phrases word by word over a block's tokens, case-insensitively, allowing only white space and line
/// breaks between the words. A phrase is written as words separated by spaces; a word may list alternatives with
/// '|' ("sources say|said"), and a word ending in '?' is optional ("according to multiple? sources").
/// </summary>
public sealed class PhraseMatcher
{
    private readonly ImmutableArray<Phrase> phrases;
    private readonly Dictionary<string, List<int>> byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> optionalStart = new();
    private readonly FirstWordFilter firstWords = new();

    // A phrase with a required first word either ends at that word (its other slots optional: "reportedly") or goes
    // on to the next word token, which one of its slots that can come second accepts. A word whose next word no such
    // slot can accept starts a match only when it is also a one-word first word; most "in", "is", "the" are turned
    // away here before their first word is hashed.
    private readonly FirstWordFilter singleWords = new();
    private readonly FirstWordFilter secondWords = new();

    public PhraseMatcher(IEnumerable<string> patterns)
    {
        phrases = patterns.Select(Phrase.Parse).ToImmutableArray();
        for (int i = 0; i < phrases.Length; i++)
        {
            Slot first = phrases[i].Slots[0];
            if (first.Optional)
            {
                optionalStart.Add(i);
                continue;
            }

            ImmutableArray<Slot> slots = phrases[i].Slots;
            bool single = true;
            for (int k = 1; k < slots.Length && single; k++)
            {
                foreach (string word in slots[k].Words)
                {
                    secondWords.Add(word);
                }

                single = slots[k].Optional;
            }

            foreach (string word in first.Words)
            {
                if (!byFirstWord.TryGetValue(word, out List<int>? list))
                {
                    byFirstWord[word] = list = new List<int>();
                    firstWords.Add(word);
                }

                if (single)
                {
                    singleWords.Add(word);
                }

                list.Add(i);
            }
        }
    }

    /// <summary>Every match in the block (the longest at each start, no overlaps), in prose coordinates.</summary>
    public IEnumerable<(TextSpan Span, string Pattern)> Matches(BlockAnalysis block) =>
        (IEnumerable<(TextSpan, string)>?)Find(block, firstOnly: false) ?? [];

    /// <summary>True when <see cref="Matches"/> would find at least one match in the block (it stops at the first).</summary>
    public bool Any(BlockAnalysis block) => Find(block, firstOnly: true) is not null;

    private List<(TextSpan, string)>? Find(BlockAnalysis block, bool firstOnly)
    {
        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<int> words = block.WordTokenIndices;
        ReadOnlySpan<ushort> keys = block.WordKeys;
        ReadOnlySpan<Token> tokens = block.Tokens.AsSpan();
        string text = block.Text;
        bool anyOptionalStart = optionalStart.Count > 0;
        List<(TextSpan, string)>? found = null;
        int blockedUntil = -1;
        for (int w = 0; w < words.Length; w++)
        {
            // Most words start no phrase: a bit table of first letters and lengths turns them away before hashing.
            bool mayStart = firstWords.MayContain(keys[w])
                && (singleWords.MayContain(keys[w]) || (w + 1 < keys.Length && secondWords.MayContain(keys[w + 1])));
            if (!mayStart && !anyOptionalStart)
            {
                continue;
            }

            int tokenIndex = words[w];
            Token token = tokens[tokenIndex];
            if (token.Start < blockedUntil)
            {
                continue;
            }

            (int End, int Phrase) best = (-1, -1);
            ReadOnlySpan<char> first = text.AsSpan(token.Start, token.Length);
            if (mayStart)
            {
                if (first.Contains('\u2019'))
                {
                    first = first.ToString().Replace('\u2019', '\'');
                }

                if (lookup.TryGetValue(first, out List<int>? candidates))
                {
                    foreach (int p in candidates)
                    {
                        int end = phrases[p].MatchAt(block, tokenIndex);
                        if (end > best.End)
                        {
                            best = (end, p);
                        }
                    }
                }
            }

            foreach (int p in optionalStart)
            {
                int end = phrases[p].MatchAt(block, tokenIndex);
                if (end > best.End)
                {
                    best = (end, p);
                }
            }

            if (best.End > 0)
            {
                found ??= new List<(TextSpan, string)>();
                found.Add((TextSpan.FromBounds(token.Start, best.End), phrases[best.Phrase].Pattern));
                if (firstOnly)
                {
                    return found;
                }

                blockedUntil = best.End;
            }
        }

        return found;
    }

    private readonly record struct Slot(ImmutableArray<string> Words, bool Optional, FirstWordFilter Filter)
    {
        public static Slot Of(ImmutableArray<string> words, bool optional)
        {
            var filter = new FirstWordFilter();
            foreach (string w in words)
            {
                filter.Add(w);
            }

            return new Slot(words, optional, filter);
        }

        public bool Accepts(ReadOnlySpan<char> word)
        {
            if (!Filter.MayContain(word))
            {
                return false;
            }

            foreach (string w in Words)
            {
                if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                // Typographic and straight apostrophes are the same letter here.
                if (word.Length == w.Length && word.Contains('\u2019') && word.ToString().Replace('\u2019', '\'').Equals(w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed record Phrase(string Pattern, ImmutableArray<Slot> Slots)
    {
        public static Phrase Parse(string pattern)
        {
            var slots = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.EndsWith('?')
                    ? Slot.Of(part[..^1].Split('|').ToImmutableArray(), true)
                    : Slot.Of(part.Split('|').ToImmutableArray(), false))
                .ToImmutableArray();
            if (slots.IsEmpty || slots.All(s => s.Optional))
            {
                throw new ArgumentException($"phrase '{pattern}' needs at least one required word", nameof(pattern));
            }

            return new Phrase(pattern, slots);
        }

        /// <summary>The prose end of a match starting at the word token, or -1.</summary>
        public int MatchAt(BlockAnalysis block, int tokenIndex) => Match(block, tokenIndex, 0, -1);

        private int Match(BlockAnalysis block, int tokenIndex, int slot, int endSoFar)
        {
            if (slot == Slots.Length)
            {
                return endSoFar;
            }

            int best = -1;
            if (Slots[slot].Optional)
            {
                best = Match(block, tokenIndex, slot + 1, endSoFar);
            }

            if (tokenIndex >= 0 && tokenIndex < block.Tokens.Length && block.Tokens[tokenIndex].Kind == TokenKind.Word && Slots[slot].Accepts(block.Span(block.Tokens[tokenIndex])))
            {
                int end = block.Tokens[tokenIndex].End;
                int next = NextWordAcrossSpace(block, tokenIndex);
                int result = slot + 1 == Slots.Length ? end : next < 0 ? -1 : Match(block, next, slot + 1, end);
                if (slot + 1 < Slots.Length && next < 0 && Slots.Skip(slot + 1).All(s => s.Optional))
                {
                    result = end;
                }

                best = Math.Max(best, result);
            }

            return best;
        }

        private static int NextWordAcrossSpace(BlockAnalysis block, int tokenIndex)
        {
            for (int i = tokenIndex + 1; i < block.Tokens.Length; i++)
            {
                TokenKind kind = block.Tokens[i].Kind;
                if (kind == TokenKind.Word)
                {
                    return i;
                }

                if (kind is not (TokenKind.Whitespace or TokenKind.LineBreak))
                {
                    return -1;
                }
            }

            return -1;
        }
    }
}
