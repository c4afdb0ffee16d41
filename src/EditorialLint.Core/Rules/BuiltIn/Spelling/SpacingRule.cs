using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Rules.BuiltIn.Spelling;

/// <summary>
/// Spacing slips around punctuation: a missing space after a sentence or clause ("talks.The", "talks,the"), a space
/// before punctuation ("talks ,"), and doubled spaces between words (information only: Markdown renderers collapse
/// them). Decimals (".125"), URLs and file names ("reuters.com"), initials and abbreviations ("U.S.", "e.g.") and
/// ellipses ("and so on ...") are left alone.
/// </summary>
public sealed class SpacingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Spelling.Spacing",
        "Spacing around punctuation",
        Severity.Warning,
        "A sentence or clause mark needs one space after it and none before it; two spaces between words are one "
            + "too many. The fix inserts or deletes the space.",
        "\"the talks.The minister\" -> \"the talks. The minister\"; \"the talks , he said\" -> \"the talks, he said\"")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    public void Analyze(AnalysisContext context)
    {
        foreach (var block in context.Blocks)
        {
            var tokens = block.Tokens;
            var text = block.Text;
            for (var i = 1; i + 1 < tokens.Length; i++)
            {
                var token = tokens[i];
                if (token.Kind == TokenKind.Punctuation && IsMissingSpaceAfter(block, i))
                {
                    var mark = text[token.Start];
                    var fix = Fix.Replace($"Insert a space after '{mark}'", block.Block, token.Span, mark + " ", safe: true);
                    context.Report(Descriptor, block, token.Span, $"Missing space after '{mark}'", fix);
                }
                else if (token.Kind == TokenKind.Whitespace && IsSpaceBeforePunctuation(block, i))
                {
                    var mark = text[tokens[i + 1].Start];
                    var fix = Fix.Replace($"Delete the space before '{mark}'", block.Block, token.Span, string.Empty, safe: true);
                    context.Report(Descriptor, block, token.Span, $"Space before '{mark}'", fix);
                }
                else if (token.Kind == TokenKind.Whitespace && token.Length > 1 && text.AsSpan(token.Start, token.Length).IndexOfAnyExcept(' ') < 0
                    && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punctuation
                    && tokens[i + 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Punctuation)
                {
                    var fix = Fix.Replace("Use one space", block.Block, token.Span, " ", safe: true);
                    context.Report(new Diagnostic(Descriptor, block.ToSource(token.Span), $"{token.Length} spaces between words", Severity.Info, [fix]));
                }
            }
        }
    }

    // "talks.The", "talks,the", "talks;the": a word of two letters or more, the mark, a word, no space.
    private static bool IsMissingSpaceAfter(BlockAnalysis block, int i)
    {
        var tokens = block.Tokens;
        var text = block.Text;
        var mark = text[tokens[i].Start];
        if (mark is not ('.' or '!' or '?' or ',' or ';') || tokens[i - 1].Kind != TokenKind.Word || tokens[i + 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = block.Span(tokens[i - 1]);
        var after = block.Span(tokens[i + 1]);
        if (before.Length < 2 || !char.IsLower(before[^1]) || !char.IsLetter(after[0]))
        {
            return false;
        }

        // Part of a longer dotted run ("news.bbc.co.uk", "e.g.", "Ph.D.") or a path: not prose.
        if ((i >= 2 && tokens[i - 2].Kind == TokenKind.Punctuation && text[tokens[i - 2].Start] is '.' or '/' or '@')
            || (i + 2 < tokens.Length && tokens[i + 2].Kind is TokenKind.Punctuation or TokenKind.Symbol
                && text[tokens[i + 2].Start] is '.' or '/' or '@' or '_' && i + 3 < tokens.Length && tokens[i + 3].Kind == TokenKind.Word))
        {
            return false;
        }

        // An identifier ("demo.SentenceCase", "System.String"): a capital inside the next word.
        if (after.Length > 1 && after[1..].ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        // After a full stop the next sentence starts with a capital and a lowercase letter ("The", not "NET" or "com").
        return mark is ',' or ';' ? char.IsLower(after[0]) : after.Length >= 2 && char.IsUpper(after[0]) && char.IsLower(after[1]);
    }

    // "talks , he said", "the end ." but not "and so on ...", ".125 dlrs", "the .com boom".
    private static bool IsSpaceBeforePunctuation(BlockAnalysis block, int i)
    {
        var tokens = block.Tokens;
        var text = block.Text;
        var next = tokens[i + 1];
        if (next.Kind != TokenKind.Punctuation || text[next.Start] is not (',' or ';' or ':' or '.' or '!' or '?')
            || tokens[i - 1].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var afterMark = next.End < text.Length ? text[next.End] : ' ';
        return !char.IsLetterOrDigit(afterMark) && afterMark is not ('.' or '!' or '?' or '…' or ')' or '-');
    }
}
