using System.Collections.Immutable;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>Tokens and sentences of one prose block, computed once and shared by every rule.</summary>
public sealed class BlockAnalysis
{
    private readonly int[] wordIndices;
    private ushort[]? wordKeys;

    internal BlockAnalysis(ProseBlock block)
    {
        Block = block;
        Tokens = Tokenizer.Tokenize(block.Text);
        Sentences = SentenceSplitter.Split(block.Text, Tokens);
        ReadOnlySpan<Token> tokens = Tokens.AsSpan();
        int count = 0;
        foreach (Token t in tokens)
        {
            count += t.Kind == TokenKind.Word ? 1 : 0;
        }

        wordIndices = new int[count];
        for (int i = 0, w = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                wordIndices[w++] = i;
            }
        }
    }

    /// <summary>A block whose text was analysed before (<see cref="AnalysisCache"/>): the analysis is in prose coordinates, so it carries over.</summary>
    internal BlockAnalysis(ProseBlock block, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> sentences, int[] wordIndices)
    {
        Block = block;
        Tokens = tokens;
        Sentences = sentences;
        this.wordIndices = wordIndices;
    }

    public ProseBlock Block { get; }

    public string Text => Block.Text;

    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Sentences in prose coordinates.</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>
    /// For each word of <see cref="WordTokenIndices"/>, its <see cref="FirstWordFilter.KeyOf"/> (first letter and
    /// length), computed on first use: phrase and word-set filters test it without reading the text again.
    /// </summary>
    internal ReadOnlySpan<ushort> WordKeys
    {
        get
        {
            if (wordKeys is null)
            {
                var keys = new ushort[wordIndices.Length];
                for (int w = 0; w < keys.Length; w++)
                {
                    Token t = Tokens[wordIndices[w]];
                    keys[w] = FirstWordFilter.KeyOf(Block.Text.AsSpan(t.Start, t.Length));
                }

                wordKeys = keys;
            }

            return wordKeys;
        }
    }

    /// <summary>Indices into <see cref="Tokens"/> of the word tokens, in order.</summary>
    public ReadOnlySpan<int> WordTokenIndices => wordIndices;

    internal int[] WordIndexArray => wordIndices;

    public string TextOf(Token token) => Block.Text.Substring(token.Start, token.Length);

    public ReadOnlySpan<char> Span(Token token) => Block.Text.AsSpan(token.Start, token.Length);

    public string TextOf(TextSpan proseSpan) => Block.Text.Substring(proseSpan.Start, proseSpan.Length);

    /// <summary>The source span behind a prose span of this block.</summary>
    public TextSpan ToSource(TextSpan proseSpan) => Block.ToSource(proseSpan);

    /// <summary>Index of the sentence containing a prose offset (the last one when past the end).</summary>
    public int SentenceIndexAt(int proseOffset)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (Sentences[mid].Start <= proseOffset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Index of the token containing a prose offset, or -1.</summary>
    public int TokenIndexAt(int proseOffset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            Token t = Tokens[mid];
            if (proseOffset < t.Start)
            {
                hi = mid - 1;
            }
            else if (proseOffset >= t.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The index of the next word token after <paramref name="tokenIndex"/>, or -1.</summary>
    public int NextWord(int tokenIndex)
    {
        for (int i = tokenIndex + 1; i < Tokens.Length; i++)
        {
            if (Tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the previous word token before <paramref name="tokenIndex"/>, or -1.</summary>
    public int PreviousWord(int tokenIndex)
    {
        for (int i = Math.Min(tokenIndex, Tokens.Length) - 1; i >= 0; i--)
        {
            if (Tokens[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }
}
