using System.Collections.Immutable;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Splits a block into sentences at '.', '!', '?' and '…' (with any closing quotes or brackets) followed by
/// white space and a capital, digit or opening quote, except after titles ("Mr."), initials ("U.S.", "J. K.")
/// and abbreviations that precede numbers ("Feb. 4", "No. 10").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> NonTerminalAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr",
        "Adm", "Maj", "Rev", "Hon", "Pres", "Supt", "Fr", "Mt", "Ft", "Messrs", "Mme", "Mlle", "vs", "v", "approx",
        "cf", "ca",
    };

    /// <summary>Abbreviations that end no sentence when a number follows: "Feb. 4", "No. 10", "Art. 5".</summary>
    private static readonly HashSet<string> BeforeNumberAbbreviations = new(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Fig", "Vol", "pp", "p", "Art", "Sec", "Ch", "Para",
    };

    public static ImmutableArray<TextSpan> Split(string text, ImmutableArray<Token> tokens)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        int sentenceStart = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (sentenceStart < 0)
            {
                if (token.Kind is TokenKind.Whitespace or TokenKind.LineBreak)
                {
                    continue;
                }

                sentenceStart = token.Start;
            }

            if (token.Kind != TokenKind.Punctuation || !IsTerminal(text[token.Start]))
            {
                continue;
            }

            // Take any run of terminal marks and closing quotes/brackets: ?!, .", .)
            int last = i;
            while (last + 1 < tokens.Length && tokens[last + 1].Kind == TokenKind.Punctuation && (IsTerminal(text[tokens[last + 1].Start]) || IsCloser(text[tokens[last + 1].Start])))
            {
                last++;
            }

            int next = last + 1;
            bool atEnd = next >= tokens.Length || OnlySpaceAfter(tokens, next);
            bool boundary = atEnd;
            if (!atEnd && tokens[next].Kind is TokenKind.Whitespace or TokenKind.LineBreak)
            {
                int following = next;
                while (following < tokens.Length && tokens[following].Kind is TokenKind.Whitespace or TokenKind.LineBreak)
                {
                    following++;
                }

                boundary = following < tokens.Length && StartsSentence(text, tokens[following])
                    && (last > i || !IsAbbreviation(text, tokens, i, tokens[following]));
            }

            if (boundary)
            {
                sentences.Add(TextSpan.FromBounds(sentenceStart, tokens[last].End));
                sentenceStart = -1;
            }

            i = last;
        }

        if (sentenceStart >= 0)
        {
            int end = tokens[^1].End;
            while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            sentences.Add(TextSpan.FromBounds(sentenceStart, end));
        }

        return sentences.ToImmutable();
    }

    private static bool OnlySpaceAfter(ImmutableArray<Token> tokens, int from)
    {
        for (int i = from; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Whitespace or TokenKind.LineBreak))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '»';

    private static bool StartsSentence(string text, Token token) => token.Kind switch
    {
        TokenKind.Word => char.IsUpper(text[token.Start]) || !char.IsLetter(text[token.Start]),
        TokenKind.Number => true,
        TokenKind.Placeholder => true,
        TokenKind.Punctuation => text[token.Start] is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '«' or '-' or '\u2013' or '\u2014',
        TokenKind.Symbol => true,
        _ => false,
    };

    private static bool IsAbbreviation(string text, ImmutableArray<Token> tokens, int periodIndex, Token following)
    {
        if (text[tokens[periodIndex].Start] != '.' || periodIndex == 0)
        {
            return false;
        }

        Token previous = tokens[periodIndex - 1];
        if (previous.Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> word = text.AsSpan(previous.Start, previous.Length);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "J. K. Rowling", "U.S."
        }

        // "e.g." and "i.e.": the word before the final period is "g" or "e" preceded by "e." / "i.".
        if (periodIndex >= 3 && word.Length == 1 && tokens[periodIndex - 2].Kind == TokenKind.Punctuation)
        {
            return true;
        }

        if (following.Kind == TokenKind.Number && BeforeNumberAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        return NonTerminalAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
