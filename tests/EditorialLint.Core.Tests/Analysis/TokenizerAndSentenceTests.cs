using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Tests.Analysis;

public class TokenizerAndSentenceTests
{
    private static string[] Words(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => text.Substring(t.Start, t.Length)).ToArray();
    }

    [Fact]
    public void Words_keep_inner_apostrophes_and_numbers_their_separators()
    {
        Assert.Equal(["Iran’s", "don't", "G7", "1,000.50", "9/11", "well", "known"], Words("Iran’s don't G7 1,000.50 9/11 well-known."));
        var tokens = Tokenizer.Tokenize("9/11 3.5");
        Assert.Equal(TokenKind.Number, tokens[0].Kind);
    }

    [Fact]
    public void Tokens_cover_the_text_without_gaps()
    {
        string text = "Héllo, wörld! 😀 \uFFFC\r\nnext—line… 12%";
        var tokens = Tokenizer.Tokenize(text);
        int position = 0;
        foreach (Token t in tokens)
        {
            Assert.Equal(position, t.Start);
            position = t.End;
        }

        Assert.Equal(text.Length, position);
        Assert.Contains(tokens, t => t.Kind == TokenKind.Placeholder);
        Assert.Contains(tokens, t => t.Kind == TokenKind.LineBreak && t.Length == 2);
    }

    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text, Tokenizer.Tokenize(text)).Select(s => text.Substring(s.Start, s.Length)).ToArray();

    [Fact]
    public void Sentences_split_at_terminal_punctuation_before_a_capital()
    {
        Assert.Equal(["It rained.", "We stayed in!", "Why?", "\"Because.\"", "Fine"], Sentences("It rained. We stayed in! Why? \"Because.\" Fine"));
        Assert.Equal(["He said, \"No.\"", "Then left."], Sentences("He said, \"No.\" Then left."));
    }

    [Fact]
    public void Sentences_do_not_split_after_titles_initials_or_dates()
    {
        Assert.Equal(["Mr. Smith met J. K. Rowling in the U.S. on Feb. 4 at No. 10."], Sentences("Mr. Smith met J. K. Rowling in the U.S. on Feb. 4 at No. 10."));
        Assert.Equal(["Prices rose 3.5 percent.", "Then fell."], Sentences("Prices rose 3.5 percent. Then fell."));
        Assert.Equal(["He said so, e.g. yesterday."], Sentences("He said so, e.g. yesterday."));
    }
}
