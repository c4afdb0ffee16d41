namespace EditorialLint.Core.Dates;

/// <summary>Kinds of the lightweight tokens the date recogniser works on.</summary>
internal enum DateTokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A token of a prose string: letters, a digit run, or one punctuation character.</summary>
internal readonly record struct DateToken(DateTokenKind Kind, int Start, int Length, bool SpaceBefore, bool LineBreakBefore)
{
    public int End => Start + Length;
}

/// <summary>
/// Splits prose into words (letter runs), numbers (digit runs) and single punctuation characters in one pass,
/// remembering whether whitespace or a line break preceded each token. No regular expressions.
/// </summary>
internal static class DateTokenizer
{
    /// <summary>A per-thread buffer the tokens are collected in.</summary>
    [ThreadStatic]
    private static DateToken[]? scratch;

    /// <summary>
    /// The tokens of <paramref name="text"/>, in a per-thread buffer that the next call on the same thread
    /// overwrites: read them before tokenising another text.
    /// </summary>
    public static ReadOnlySpan<DateToken> Tokenize(string text)
    {
        // A text has at most one token per character.
        var tokens = Text.ScratchArrays.Get(ref scratch, text.Length);
        return tokens.AsSpan(0, Collect(text, tokens));
    }

    private static int Collect(string text, DateToken[] tokens)
    {
        var count = 0;
        var i = 0;
        var space = true;
        var lineBreak = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                space = true;
                i++;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                space = true;
                lineBreak = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var start = i;
            DateTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                kind = DateTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] >= 128 && char.IsLetter(text[i]))))
                {
                    i++;
                }

                kind = DateTokenKind.Word;
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
                {
                    i++;
                }

                kind = DateTokenKind.Punctuation;
            }

            tokens[count++] = new DateToken(kind, start, i - start, space, lineBreak);
            space = false;
            lineBreak = false;
        }

        return count;
    }
}
