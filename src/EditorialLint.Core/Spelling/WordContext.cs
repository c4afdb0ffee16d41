using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Spelling;

/// <summary>Where a word token sits in its block, as the spelling rules need to know it.</summary>
public static class WordContext
{
    /// <summary>True when the token is the first word of its sentence (or of its block).</summary>
    public static bool IsSentenceStart(BlockAnalysis block, int tokenIndex)
    {
        var token = block.Tokens[tokenIndex];
        var sentence = block.Sentences.Length == 0 ? default : block.Sentences[block.SentenceIndexAt(token.Start)];
        for (var i = tokenIndex - 1; i >= 0 && block.Tokens[i].Start >= sentence.Start; i--)
        {
            if (block.Tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Placeholder)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the token is glued to a URL, e-mail address, file name, handle or identifier: a neighbour with no
    /// space in between is '.', '/', '@', '_', '#', '\', '=', '~', ':' followed by a word, or a placeholder.
    /// </summary>
    public static bool IsInTechnicalRun(BlockAnalysis block, int tokenIndex)
    {
        var tokens = block.Tokens;
        var text = block.Text;
        if (tokenIndex > 0)
        {
            var before = tokens[tokenIndex - 1];
            if (before.Kind == TokenKind.Placeholder || (IsGlue(text[before.Start]) && text[before.Start] != ':'
                && tokenIndex > 1 && tokens[tokenIndex - 2].Kind is TokenKind.Word or TokenKind.Number))
            {
                return true;
            }

            if (text[before.Start] is '@' or '#' or '/' or '\\' or '_' or '~')
            {
                return true;
            }
        }

        if (tokenIndex + 1 < tokens.Length)
        {
            var after = tokens[tokenIndex + 1];
            if (after.Kind == TokenKind.Placeholder)
            {
                return true;
            }

            if (IsGlue(text[after.Start]) && tokenIndex + 2 < tokens.Length
                && tokens[tokenIndex + 2].Kind is TokenKind.Word or TokenKind.Number
                && !(text[after.Start] is '.' or ':' or '?' && char.IsUpper(text[tokens[tokenIndex + 2].Start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token is part of a hyphenated compound ("pre-tax", "Abdel-Aziz").</summary>
    public static bool IsHyphenated(BlockAnalysis block, int tokenIndex, out string compound)
    {
        var tokens = block.Tokens;
        var first = tokenIndex;
        while (first >= 2 && IsHyphen(block, first - 1) && tokens[first - 2].Kind == TokenKind.Word)
        {
            first -= 2;
        }

        var last = tokenIndex;
        while (last + 2 < tokens.Length && IsHyphen(block, last + 1) && tokens[last + 2].Kind == TokenKind.Word)
        {
            last += 2;
        }

        compound = first == last ? string.Empty : block.Text[tokens[first].Start..tokens[last].End];
        return first != last;
    }

    private static bool IsHyphen(BlockAnalysis block, int tokenIndex)
    {
        var token = block.Tokens[tokenIndex];
        return token.Length == 1 && block.Text[token.Start] is '-' or '\u2010' or '\u2011';
    }

    private static bool IsGlue(char c) => c is '.' or '/' or '@' or '_' or '#' or '\\' or '=' or '~' or ':' or '&' or '?';
}
