using System.Runtime.InteropServices;
using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// The dictionary's verdict (<see cref="EnglishDictionary.Lookup"/>) on every word token of a document, with each
/// distinct word looked up once: news copy repeats its words, and most of them are known, so the spelling rules
/// read the verdict here instead of each asking the dictionary about every token. Also counts each distinct
/// word (exactly as written) in a table keyed by a case-insensitive hash, so that <see cref="CountIgnoringCase"/>
/// (what <see cref="EstablishedWords"/> asks) reads the few spellings of one word. Computed once per document.
/// </summary>
public sealed class WordVerdicts : IDocumentAnalysis<WordVerdicts>
{
    private readonly WordKinds[][] _kinds;
    private readonly Entry[] _distinct;
    private readonly string[] _texts;
    private readonly int[] _slots; // open addressing by FoldedHash: each slot holds an index into _distinct, plus one; 0 = empty
    private readonly IReadOnlyList<BlockAnalysis> _blocks;

    private WordVerdicts(IReadOnlyList<BlockAnalysis> blocks, WordKinds[][] kinds, Entry[] distinct, string[] texts, int[] slots)
    {
        _blocks = blocks;
        _kinds = kinds;
        _distinct = distinct;
        _texts = texts;
        _slots = slots;
    }

    /// <summary>How many different words (exact spelling and casing) the document has.</summary>
    public int DistinctCount => _distinct.Length;

    public static WordVerdicts Create(AnalysisContext context) => Create(context.Blocks, EnglishDictionary.Shared);

    internal static WordVerdicts Create(IReadOnlyList<BlockAnalysis> blocks, EnglishDictionary dictionary)
    {
        var total = 0;
        foreach (var block in blocks)
        {
            total += block.WordTokenIndices.Length;
        }

        var texts = new string[blocks.Count];
        var kinds = new WordKinds[blocks.Count][];
        var slots = new int[Math.Max(16, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)total * 2))];
        var mask = slots.Length - 1;
        var distinct = new List<Entry>();
        var cache = RecentWords.ForThisThread(dictionary);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var text = block.Text;
            texts[b] = text;
            var words = block.WordTokenIndices;
            var verdicts = new WordKinds[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                var token = block.Tokens[words[w]];
                var word = text.AsSpan(token.Start, token.Length);
                var hash = FoldedHash(word);
                var slot = hash & mask;
                while (true)
                {
                    var at = slots[slot] - 1;
                    if (at < 0)
                    {
                        var found = cache.Lookup(word, hash);
                        distinct.Add(new Entry(hash, b, token.Start, token.Length, found, 1));
                        slots[slot] = distinct.Count;
                        verdicts[w] = found;
                        break;
                    }

                    ref var entry = ref CollectionsMarshal.AsSpan(distinct)[at];
                    if (entry.Hash == hash && entry.Length == word.Length && texts[entry.Block].AsSpan(entry.Start, entry.Length).SequenceEqual(word))
                    {
                        entry.Count++;
                        verdicts[w] = entry.Kinds;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            kinds[b] = verdicts;
        }

        return new WordVerdicts(blocks, kinds, [.. distinct], texts, slots);
    }

    /// <summary>
    /// The verdict on each word of the document's block <paramref name="blockIndex"/> (its <see cref="Documents.ProseBlock.Index"/>; the
    /// editor runs block-local rules on a few blocks at a time, so the position in <see cref="AnalysisContext.Blocks"/> may differ),
    /// in the order of its <see cref="BlockAnalysis.WordTokenIndices"/>: what <see cref="EnglishDictionary.Lookup"/>
    /// returns for the word.
    /// </summary>
    public ReadOnlySpan<WordKinds> OfBlock(int blockIndex) => _kinds[blockIndex];

    /// <summary>
    /// The word tokens the dictionary does not know (no <see cref="WordKinds"/> at all: not a word, name, abbreviation
    /// or rare word), in document order, each with its block. Most words are known, so a rule that only looks at
    /// unknown words loops over these few.
    /// </summary>
    public IEnumerable<(BlockAnalysis Block, int TokenIndex)> UnknownWords()
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            var kinds = _kinds[b];
            for (var w = 0; w < kinds.Length; w++)
            {
                if (kinds[w] == WordKinds.None)
                {
                    yield return (_blocks[b], _blocks[b].WordTokenIndices[w]);
                }
            }
        }
    }

    /// <summary>
    /// As <see cref="UnknownWords()"/>, in the given blocks of the document only (the editor runs block-local rules on
    /// the blocks an edit changed; pass <see cref="AnalysisContext.Blocks"/>).
    /// </summary>
    public IEnumerable<(BlockAnalysis Block, int TokenIndex)> UnknownWords(IReadOnlyList<BlockAnalysis> blocks)
    {
        foreach (var block in blocks)
        {
            var kinds = _kinds[block.Block.Index];
            for (var w = 0; w < kinds.Length; w++)
            {
                if (kinds[w] == WordKinds.None)
                {
                    yield return (block, block.WordTokenIndices[w]);
                }
            }
        }
    }

    /// <summary>Occurrences of the word in the document, ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>).</summary>
    public int CountIgnoringCase(ReadOnlySpan<char> word)
    {
        var hash = FoldedHash(word);
        var mask = _slots.Length - 1;
        var count = 0;
        for (var slot = hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = _distinct[_slots[slot] - 1];
            if (entry.Hash == hash && entry.Length == word.Length
                && _texts[entry.Block].AsSpan(entry.Start, entry.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                count += entry.Count;
            }
        }

        return count;
    }

    /// <summary>The <paramref name="index"/>-th distinct word (exact spelling, in order of first use) and its number of occurrences.</summary>
    internal ReadOnlySpan<char> DistinctWord(int index, out int count)
    {
        var entry = _distinct[index];
        count = entry.Count;
        return _texts[entry.Block].AsSpan(entry.Start, entry.Length);
    }

    /// <summary>
    /// FNV-1a over the upper-cased characters, surrogates left out: equal for words equal under
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> (which maps each BMP character as
    /// <see cref="char.ToUpperInvariant(char)"/> does, a test checks every one, and astral letters to astral letters,
    /// so the surrogates of equal words stand at the same places).
    /// </summary>
    internal static int FoldedHash(ReadOnlySpan<char> s)
    {
        var hash = 2166136261u;
        foreach (var c in s)
        {
            if (c <= 'z')
            {
                hash = (hash ^ (c >= 'a' ? (uint)(c - 32) : c)) * 16777619u;
            }
            else if (!char.IsSurrogate(c))
            {
                hash = (hash ^ char.ToUpperInvariant(c)) * 16777619u;
            }
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }

    /// <summary>
    /// The verdicts on words that earlier documents linted on this thread used, so that the common words of the
    /// next document do not each cost a probe into the large dictionary (which is mostly out of the CPU caches).
    /// A word's slot is fixed by its hash; a newer word takes the slot over. Words of up to 16 characters, all of
    /// them below U+0100, are stored inline as bytes (1 MB), so a hit reads one small table. One per thread: no
    /// locking, and every verdict in it is the dictionary's.
    /// </summary>
    private sealed class RecentWords
    {
        private const int SlotBits = 16;
        private const int MaxLength = 16;

        [ThreadStatic]
        private static RecentWords? _current;

        private readonly EnglishDictionary _dictionary;
        private readonly byte[] _text = new byte[(1 << SlotBits) * MaxLength];
        private readonly byte[] _lengths = new byte[1 << SlotBits];
        private readonly WordKinds[] _kinds = new WordKinds[1 << SlotBits];

        private RecentWords(EnglishDictionary dictionary) => _dictionary = dictionary;

        public static RecentWords ForThisThread(EnglishDictionary dictionary)
        {
            var current = _current;
            if (current is null || current._dictionary != dictionary)
            {
                _current = current = new RecentWords(dictionary);
            }

            return current;
        }

        /// <summary>What <see cref="EnglishDictionary.Lookup"/> says about <paramref name="word"/>; <paramref name="hash"/> is its <see cref="FoldedHash"/>.</summary>
        public WordKinds Lookup(ReadOnlySpan<char> word, int hash)
        {
            if (word.Length > MaxLength)
            {
                return _dictionary.Lookup(word, out _);
            }

            // The first character keeps "The" and "the" (same folded hash) apart.
            var slot = (int)(((uint)hash ^ (word[0] * 0x9E3779B1u)) & ((1u << SlotBits) - 1));
            var stored = _text.AsSpan(slot * MaxLength, word.Length);
            if (_lengths[slot] == word.Length && Same(stored, word))
            {
                return _kinds[slot];
            }

            var kinds = _dictionary.Lookup(word, out _);
            if (!word.ContainsAnyExceptInRange('\0', '\u00FF'))
            {
                for (var i = 0; i < word.Length; i++)
                {
                    stored[i] = (byte)word[i];
                }

                _lengths[slot] = (byte)word.Length;
                _kinds[slot] = kinds;
            }

            return kinds;
        }

        // A character above U+00FF never equals a stored byte, and such words are never stored.
        private static bool Same(ReadOnlySpan<byte> stored, ReadOnlySpan<char> word)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (stored[i] != word[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    private record struct Entry(int Hash, int Block, int Start, int Length, WordKinds Kinds, int Count);
}
