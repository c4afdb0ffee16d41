using System.Collections.Immutable;
using System.Globalization;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Analysis;

/// <summary>Splits prose into words, numbers, punctuation, symbols and white space in one pass.</summary>
public static class Tokenizer
{
    /// <summary>A per-thread buffer the tokens are collected in (a text has at most one token per character); the result is one exact-size copy of it.</summary>
    [ThreadStatic]
    private static Token[]? scratch;

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = Text.ScratchArrays.Get(ref scratch, text.Length);
        return ImmutableArray.Create(tokens.AsSpan(0, Collect(text, tokens)));
    }

    private static int Collect(string text, Token[] tokens)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int start = i;
            if (c == ' ' && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '\r' or '\n'))
            {
                // A single space, the commonest token.
                tokens[count++] = new Token(TokenKind.Whitespace, i, 1);
                i++;
            }
            else if (c == ProseBlock.Placeholder)
            {
                tokens[count++] = new Token(TokenKind.Placeholder, i, 1);
                i++;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                tokens[count++] = new Token(TokenKind.LineBreak, start, i - start);
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] is not ('\r' or '\n'))
                {
                    i++;
                }

                tokens[count++] = new Token(TokenKind.Whitespace, start, i - start);
            }
            else if (c < 128 ? (Ascii[c] & AsciiWordChar) != 0 : IsWordChar(text, i))
            {
                bool hasLetter = false;
                while (i < text.Length)
                {
                    // ASCII letters and digits (most of the text) from a table, the rest by Unicode category.
                    char ch = text[i];
                    if (ch < 128 && (Ascii[ch] & AsciiWordChar) != 0)
                    {
                        hasLetter |= (Ascii[ch] & AsciiLetter) != 0;
                        i++;
                    }
                    else if (ch >= 128 && IsWordChar(text, i))
                    {
                        hasLetter |= char.IsLetter(text, i);
                        i += char.IsSurrogatePair(text, i) ? 2 : 1;
                    }
                    else if (ch is '\'' or '\u2019' or ',' or '.' or '/' or ':' && IsInnerJoiner(text, i, hasLetter))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens[count++] = new Token(hasLetter ? TokenKind.Word : TokenKind.Number, start, i - start);
            }
            else
            {
                int width = char.IsSurrogatePair(text, i) ? 2 : 1;
                bool punctuation = c < 128 ? (Ascii[c] & AsciiPunctuation) != 0 : IsPunctuation(text, i);
                i += width;
                tokens[count++] = new Token(punctuation ? TokenKind.Punctuation : TokenKind.Symbol, start, width);
            }
        }

        return count;
    }

    private const byte AsciiWordChar = 1;
    private const byte AsciiLetter = 2;
    private const byte AsciiPunctuation = 4;

    /// <summary>For each ASCII character: whether <see cref="IsWordChar"/>, <see cref="char.IsLetter(char)"/> and <see cref="IsPunctuation"/> hold (computed by them).</summary>
    private static readonly byte[] Ascii = BuildAsciiTable();

    private static byte[] BuildAsciiTable()
    {
        var table = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            string one = ((char)c).ToString();
            table[c] = (byte)((IsWordChar(one, 0) ? AsciiWordChar : 0) | (char.IsLetter((char)c) ? AsciiLetter : 0)
                | (IsPunctuation(one, 0) ? AsciiPunctuation : 0));
        }

        return table;
    }

    private static bool IsPunctuation(string text, int i)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.ConnectorPunctuation;
    }

    private static bool IsWordChar(string text, int i)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.LetterNumber;
    }

    /// <summary>
    /// An apostrophe between letters ("Iran's", "don't"), or a digit separator between digits ("1,000", "3.5",
    /// "9/11") joins the characters around it into one token.
    /// </summary>
    private static bool IsInnerJoiner(string text, int i, bool hasLetter)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        char c = text[i];
        char before = text[i - 1], after = text[i + 1];
        if (c is '\'' or '\u2019')
        {
            return char.IsLetter(before) && char.IsLetter(after);
        }

        if (!hasLetter && c is ',' or '.' or '/' or ':')
        {
            return char.IsDigit(before) && char.IsDigit(after);
        }

        return false;
    }
}
