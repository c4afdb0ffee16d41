using System.Collections.Immutable;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Spelling;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// British and American spellings mixed in one article ("stabilise" and "stabilize", "colour" and "color"). The
/// pairs are SCOWL's American/British variants (<see cref="SpellingVariants"/>, from the Spelling family). Two
/// votes are held: -ise against -ize (Oxford spelling writes "organize" with "colour", so -ize is not American on
/// its own), and every other pair. The majority wins (on a tie, the spelling used first); each minority spelling is
/// reported once, at its first use, with a fix that converts every use of it. Capitalised words inside a sentence
/// or before another capitalised word are names ("Labor Party", "World Trade Center") and are left alone.
/// </summary>
public sealed class SpellingRule : IRule
{
    private enum Axis
    {
        IseIze,
        Other,
    }

    /// <summary>
    /// Every spelling of a variant pair and of <see cref="SenseDependent"/> (lower case, as in <see cref="SpellingVariants"/>),
    /// and the longest one: a word whose lower-cased form is not here marks no variety, so the rule asks
    /// <see cref="SpellingVariants.VarietyOf"/> only about these, and makes no string for any other word.
    /// </summary>
    private sealed class VariantSet
    {
        private const int BloomBits = 1 << 17;

        // One bit per hash of each word (16 KB, about 6% false positives): most words are turned away here, before
        // the set's own hash and comparison.
        private readonly ulong[] bloom = new ulong[BloomBits / 64];

        public VariantSet(IEnumerable<string> words)
        {
            Words = new HashSet<string>(words, StringComparer.Ordinal);
            Longest = Words.Count == 0 ? 0 : Words.Max(w => w.Length);
            foreach (string word in Words)
            {
                uint bit = Fold(Hash(word));
                bloom[bit >> 6] |= 1UL << (int)(bit & 63);
            }
        }

        public HashSet<string> Words { get; }

        public int Longest { get; }

        /// <summary>
        /// Writes the word lower-cased (as <see cref="string.ToLowerInvariant()"/> would) into <paramref name="lowered"/>
        /// and returns false only when that is not in <see cref="Words"/>.
        /// </summary>
        public bool LowerAndTest(ReadOnlySpan<char> word, Span<char> lowered)
        {
            if (!System.Text.Ascii.IsValid(word))
            {
                word.ToLowerInvariant(lowered);
                return Test(Hash(lowered));
            }

            // ASCII: the hash ignores case itself, so the word is lowered only when it may be in the set.
            if (!Test(Hash(word)))
            {
                return false;
            }

            word.ToLowerInvariant(lowered);
            return true;
        }

        private bool Test(uint hash)
        {
            uint bit = Fold(hash);
            return (bloom[bit >> 6] & (1UL << (int)(bit & 63))) != 0;
        }

        private static uint Fold(uint hash) => (hash ^ (hash >> 15)) & (BloomBits - 1);

        /// <summary>
        /// A hash of the length, the first four and the last four characters, each with bit 0x20 set, so that an ASCII
        /// word and its lower-case form hash alike (it folds some symbols together too, which only costs the filter
        /// a little precision).
        /// </summary>
        private static uint Hash(ReadOnlySpan<char> word)
        {
            const ulong CaseBits = 0x0020_0020_0020_0020;
            ulong head, tail;
            if (word.Length >= 4)
            {
                var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(word);
                head = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes) | CaseBits;
                tail = System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(bytes[((word.Length - 4) * 2)..]) | CaseBits;
            }
            else
            {
                head = 0;
                foreach (char c in word)
                {
                    head = (head << 16) | c | 0x20u;
                }

                tail = head;
            }

            ulong h = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length;
            return (uint)(h ^ (h >> 32));
        }
    }

    private readonly record struct Use(BlockAnalysis Block, TextSpan Span, string Word, string Lower);

    /// <summary>
    /// Pairs SCOWL leaves out because one side is right in both varieties for another sense: British writes
    /// "programme" for a plan or a broadcast but "program" for software. "programme" is always British; "program"
    /// counts as American only in an article that also writes "programme", and not in a sentence about computing.
    /// </summary>
    private static readonly Dictionary<string, (EnglishVariety Variety, string Other)> SenseDependent = new(StringComparer.Ordinal)
    {
        ["programme"] = (EnglishVariety.British, "program"),
        ["programmes"] = (EnglishVariety.British, "programs"),
        ["program"] = (EnglishVariety.American, "programme"),
        ["programs"] = (EnglishVariety.American, "programmes"),
    };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SpellingVariants, VariantSet> VariantWordsBySource = new();

    private static readonly HashSet<string> ComputingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "computer", "computers", "software", "app", "apps", "code", "coding", "coded", "install", "installed",
        "download", "downloaded", "malware", "virus", "hacker", "hackers", "algorithm", "programmer", "programmers",
        "net", "internet", "online", "web", "browser", "pc", "pcs", "file-sharing", "sharing", "digital", "users",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.Spelling",
        "British and American spellings mixed",
        Severity.Warning,
        "The article mixes British and American spellings (\"stabilise\" and \"stabilize\", \"programme\" and "
        + "\"program\"), usually because copy from two desks was merged. Use the house variety throughout; the fix "
        + "converts the minority spelling to the one the article uses most. -ise and -ize are weighed on their own, "
        + "since Oxford spelling is British with -ize.",
        "\"Iran wants talks to stabilise ... to stabilize the region\" -> \"... to stabilise the region\"");

    public void Analyze(AnalysisContext context)
    {
        SpellingVariants variants = EnglishDictionary.Shared.Variants;
        var votes = new Dictionary<Axis, StyleVote<EnglishVariety>> { [Axis.IseIze] = new(), [Axis.Other] = new() };
        var uses = new List<(Axis Axis, EnglishVariety Variety, Use Use)>();
        bool? writesProgramme = null;
        VariantSet variantWords = VariantWords(variants);
        var marked = variantWords.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var senseDependent = SenseDependent.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = variantWords.Longest <= 128 ? stackalloc char[128] : new char[variantWords.Longest];
        foreach (BlockAnalysis block in context.Blocks)
        {
            foreach (int i in block.WordTokenIndices)
            {
                Token t = block.Tokens[i];
                if (t.Length < 3 || t.Length > variantWords.Longest)
                {
                    continue;
                }

                // Most words mark no variety: look the lower-cased word up without making a string of it.
                Span<char> lowered = buffer[..t.Length];
                if (!variantWords.LowerAndTest(block.Span(t), lowered))
                {
                    continue;
                }

                bool sensitive = senseDependent.TryGetValue(lowered, out var sense);
                if ((!sensitive && !marked.Contains(lowered)) || !IsCommonWord(block, i, block.Span(t)))
                {
                    continue;
                }

                string word = block.TextOf(t);
                string lower = word.ToLowerInvariant();
                if (sensitive)
                {
                    if (sense.Variety == EnglishVariety.American && (!(writesProgramme ??= WritesProgramme(context)) || AboutComputing(block, t)))
                    {
                        continue;
                    }

                    votes[Axis.Other].Add(block, t.Span, sense.Variety);
                    uses.Add((Axis.Other, sense.Variety, new Use(block, t.Span, word, lower)));
                    continue;
                }

                if (variants.VarietyOf(lower) is not { } variety)
                {
                    continue;
                }

                string american = variety == EnglishVariety.American ? lower : variants.TryGetAmerican(lower, out string us) ? us : lower;
                Axis axis = IsIzeSpelling(american) ? Axis.IseIze : Axis.Other;
                votes[axis].Add(block, t.Span, variety);
                uses.Add((axis, variety, new Use(block, t.Span, word, lower)));
            }
        }

        foreach (Axis axis in votes.Keys)
        {
            if (!votes[axis].Outliers(out EnglishVariety majority).Any())
            {
                continue;
            }

            var counts = votes[axis].Counts;
            var minority = uses.Where(u => u.Axis == axis && u.Variety != majority).GroupBy(u => u.Use.Lower, StringComparer.Ordinal);
            foreach (var group in minority)
            {
                Use first = group.First().Use;
                if (!TryConvert(variants, first.Word, majority, out string converted))
                {
                    continue;
                }

                var edits = group.Select(g => new TextEdit(g.Use.Block.ToSource(g.Use.Span), TryConvert(variants, g.Use.Word, majority, out string c) ? c : g.Use.Word))
                    .ToImmutableArray();
                string other = group.Count() == 1 ? string.Empty : $" (used {group.Count()} times)";
                string side = axis == Axis.IseIze ? (majority == EnglishVariety.British ? "-ise" : "-ize") : Name(majority);
                string message = $"'{first.Word}'{other} is {(axis == Axis.IseIze ? (majority == EnglishVariety.British ? "an -ize" : "an -ise") : Name(Other(majority)))} spelling, but the article leans {side} ({counts[majority]} of {counts.Values.Sum()} variant spellings): '{converted}'";
                context.Report(new Diagnostic(Descriptor, first.Block.ToSource(first.Span), message, new Fix($"Write '{converted}'", edits, IsSafe: votes[axis].IsDecisive)));
            }
        }
    }

    private static bool WritesProgramme(AnalysisContext context) =>
        context.Blocks.Any(b => b.Text.Contains("programme", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every spelling of a variant pair (lower case, as in <see cref="SpellingVariants"/>): a word whose lower-cased
    /// form is not here has no variety, so <see cref="SpellingVariants.VarietyOf"/> is asked only about these.
    /// </summary>
    private static VariantSet VariantWords(SpellingVariants variants) =>
        VariantWordsBySource.GetValue(variants, v => new VariantSet(v.Pairs.SelectMany(p => new[] { p.American, p.British }).Concat(SenseDependent.Keys)));

    /// <summary>A word as a common noun or verb: lower case, or capitalised only because it opens a sentence and no capitalised word follows.</summary>
    private static bool IsCommonWord(BlockAnalysis block, int index, ReadOnlySpan<char> word)
    {
        if (char.IsLower(word[0]))
        {
            return true;
        }

        Token t = block.Tokens[index];
        if (HasUpperAfterFirst(word) || block.Sentences[block.SentenceIndexAt(t.Start)].Start != t.Start)
        {
            return false;
        }

        int next = block.NextWord(index);
        return next < 0 || !char.IsUpper(block.Text[block.Tokens[next].Start]);
    }

    private static bool HasUpperAfterFirst(ReadOnlySpan<char> word)
    {
        foreach (char c in word[1..])
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"organize", "organization", "organizing", "stabilizer": the American side of an -ise/-ize pair.</summary>
    private static bool IsIzeSpelling(string american) =>
        american.Contains("iz", StringComparison.Ordinal) && (american.Contains("ize", StringComparison.Ordinal) || american.Contains("izi", StringComparison.Ordinal)
            || american.Contains("iza", StringComparison.Ordinal));

    private static bool TryConvert(SpellingVariants variants, string word, EnglishVariety to, out string converted)
    {
        if (SenseDependent.TryGetValue(word.ToLowerInvariant(), out var sense))
        {
            converted = char.IsUpper(word[0]) ? char.ToUpperInvariant(sense.Other[0]) + sense.Other[1..] : sense.Other;
            return sense.Variety != to;
        }

        return to == EnglishVariety.British ? variants.TryGetBritish(word, out converted) : variants.TryGetAmerican(word, out converted);
    }

    /// <summary>True when the sentence around the token speaks of software ("a computer program", "install the program").</summary>
    private static bool AboutComputing(BlockAnalysis block, Token token)
    {
        TextSpan sentence = block.Sentences[block.SentenceIndexAt(token.Start)];
        foreach (int i in block.WordTokenIndices)
        {
            Token w = block.Tokens[i];
            if (w.Start >= sentence.Start && w.End <= sentence.End && ComputingWords.Contains(block.TextOf(w)))
            {
                return true;
            }
        }

        return false;
    }

    private static EnglishVariety Other(EnglishVariety v) => v == EnglishVariety.British ? EnglishVariety.American : EnglishVariety.British;

    private static string Name(EnglishVariety v) => v == EnglishVariety.British ? "British" : "American";
}
