using System.Collections.Frozen;
using System.Globalization;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;
using Humanizer;

namespace EditorialLint.Core.Rules.BuiltIn.Consistency;

/// <summary>
/// Numbers against AP style: spell out one to nine when they count things ("3 hours" -> "three hours"), use
/// figures from 10 up ("fifteen ministers" -> "15 ministers"). AP's own exceptions keep figures: ages, money,
/// percentages, measures, times, dates, scores, millions, and numbers in names ("Channel 4"); a sentence opens
/// with words, so a spelled-out number there is right. Headlines and lines without a sentence (page furniture)
/// are not checked. The words come from Humanizer.
/// </summary>
public sealed class NumbersRule : IRule
{
    /// <summary>Humanizer writes English for the invariant culture (the build runs in globalization-invariant mode).</summary>
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"ten" .. "ninety-nine", from Humanizer, to their values.</summary>
    private static readonly FrozenDictionary<string, int> WordsFrom10 =
        Enumerable.Range(10, 90).ToFrozenDictionary(n => n.ToWords(English), n => n, StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a figure that keep it a figure in AP style: units, money, percentages, times, millions.</summary>
    /// <summary>
    /// The words a number word from ten up can start with: each whole key, and the part of a compound key before
    /// its hyphen ("twenty" of "twenty-five"). A word outside it starts no <see cref="WordsFrom10"/> key.
    /// </summary>
    private static readonly FirstWordFilter NumberWordStarts = BuildNumberWordStarts();

    private static readonly int LongestKey = WordsFrom10.Keys.Max(k => k.Length);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> WordsFrom10Lookup =
        WordsFrom10.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> FigureNouns = new[]
    {
        "percent", "pct", "per", "million", "millions", "mln", "billion", "billions", "bln", "trillion", "thousand",
        "dollars", "dollar", "dlrs", "dlr", "cents", "cent", "cts", "pence", "pounds", "stg", "euros", "euro", "yen",
        "francs", "marks", "lire", "pesos", "rupees", "yuan", "roubles", "rubles", "riyals", "dinars", "shekels",
        "feet", "foot", "ft", "inches", "inch", "in", "yards", "miles", "mile", "mph", "km", "kms", "kilometres",
        "kilometers", "metres", "meters", "m", "cm", "mm", "kg", "kgs", "kilos", "kilograms", "grams", "g", "lbs",
        "lb", "ounces", "oz", "tonnes", "tons", "tonne", "ton", "mt", "litres", "liters", "gallons", "barrels",
        "bpd", "acres", "hectares", "ha", "degrees", "c", "f", "volts", "watts", "mw", "gw", "kw", "gb", "mb", "tb",
        "ghz", "mhz", "am", "pm", "a", "p", "o'clock", "o’clock", "bps", "points", "pts", "goals", "runs", "wickets",
        "sets", "seconds", "secs", "minutes", "mins", "hrs", "x", "times", "dpi", "pixels", "megapixels", "k",
        "stars", "shares", "votes", "seats",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a figure that keep it a figure: "aged 5", "No. 3", "page 4", "Channel 4", "$5", "June 3".</summary>
    private static readonly FrozenSet<string> FigureLeads = new[]
    {
        "aged", "age", "ages", "no", "nos", "number", "page", "pages", "chapter", "section", "article", "act", "scene",
        "verse", "room", "level", "grade", "class", "phase", "stage", "step", "round", "game", "match", "week",
        "day", "year", "vol", "volume", "issue", "version", "v", "route", "gate", "platform", "terminal", "floor",
        "category", "tier", "size", "line", "lane", "seed", "hole", "par", "rank", "ranked", "top", "type", "model",
        "series", "season", "episode", "part", "figure", "fig", "table", "item", "question", "rule", "clause",
        "amendment", "division", "district", "ward", "zone", "unit", "flight", "car", "channel", "formula",
        "windows", "apollo", "from", "between", "by", "of", "to", "than", "and", "or", "vs", "versus", "at", "over",
        "under", "about", "around", "nearly", "almost",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public RuleDescriptor Descriptor { get; } = new(
        "Consistency.Numbers",
        "Number not in AP style",
        Severity.Info,
        "AP style spells out one to nine and uses figures from 10 up, keeping figures for ages, money, percentages, "
        + "measures, times, dates, scores and millions, and spelling out a number that starts a sentence. The fix "
        + "writes the words (or the figure).",
        "\"talks lasted 3 hours with fifteen delegations\" -> \"talks lasted three hours with 15 delegations\"")
    {
        Locality = RuleLocality.Block(), // the findings for a block depend on it alone
    };

    public void Analyze(AnalysisContext context)
    {
        foreach (BlockAnalysis block in context.Blocks)
        {
            if (block.Block.Kind == ProseBlockKind.Heading || !HasSentenceEnd(block.Text))
            {
                continue;
            }

            var quotations = context.Get<QuotationAnalysis>();
            var tokens = block.Tokens;
            for (int i = 0; i < tokens.Length; i++)
            {
                Token t = tokens[i];
                if (t.Kind == TokenKind.Number && t.Length == 1 && block.Text[t.Start] is >= '1' and <= '9' && CountsThings(block, i))
                {
                    int value = block.Text[t.Start] - '0';
                    string words = value.ToWords(English);
                    if (IsSentenceStart(block, i))
                    {
                        words = words.Transform(To.SentenceCase);
                    }

                    context.Report(Descriptor, block, t.Span, $"'{value}' counts something: AP spells out one to nine ('{words}')",
                        Fix.Replace($"Write '{words}'", block.Block, t.Span, words, safe: false));
                }
                else if (t.Kind == TokenKind.Word && TryReadWords(block, i, out TextSpan span, out int number) && !IsSentenceStart(block, i)
                    && !quotations.IsQuoted(block, t.Start) && char.IsLower(block.Text[t.Start]))
                {
                    string figure = number.ToString(CultureInfo.InvariantCulture);
                    context.Report(Descriptor, block, span, $"'{block.TextOf(span)}' is 10 or more: AP uses figures ('{figure}')",
                        Fix.Replace($"Write '{figure}'", block.Block, span, figure, safe: false));
                    i = block.TokenIndexAt(span.End - 1);
                }
            }
        }
    }

    /// <summary>"ten", "fifteen", "twenty-five" (three tokens), as long as it is not part of a bigger number ("twenty thousand").</summary>
    private static bool TryReadWords(BlockAnalysis block, int index, out TextSpan span, out int number)
    {
        span = default;
        number = 0;
        var tokens = block.Tokens;
        if (!NumberWordStarts.MayContain(block.Span(tokens[index])))
        {
            return false;
        }

        // Looked up as spans: most words that pass the filter are "the" or "two", not number words.
        var lookup = WordsFrom10Lookup;
        ReadOnlySpan<char> first = block.Span(tokens[index]);
        int end = index;
        bool found = false;
        if (index + 2 < tokens.Length && block.Text[tokens[index + 1].Start] == '-' && tokens[index + 1].Length == 1 && tokens[index + 2].Kind == TokenKind.Word
            && first.Length + 1 + tokens[index + 2].Length <= LongestKey)
        {
            Span<char> compound = stackalloc char[LongestKey];
            first.CopyTo(compound);
            compound[first.Length] = '-';
            block.Span(tokens[index + 2]).CopyTo(compound[(first.Length + 1)..]);
            if (lookup.TryGetValue(compound[..(first.Length + 1 + tokens[index + 2].Length)], out number))
            {
                end = index + 2;
                found = true;
            }
        }

        if (!found && !lookup.TryGetValue(first, out number))
        {
            return false;
        }

        // "top ten" (a chart), "between eight and ten", "nine to ten": an idiom or a range told in words.
        int before = block.PreviousWord(index);
        if (before >= 0)
        {
            string previous = block.TextOf(tokens[before]);
            int twoBefore = block.PreviousWord(before);
            if (previous.Equals("top", StringComparison.OrdinalIgnoreCase)
                || (previous is "and" or "to" or "or" && twoBefore >= 0 && IsSmallNumberWord(block.TextOf(tokens[twoBefore]))))
            {
                return false;
            }
        }

        // "twenty thousand", "ten million", "fifteen-year-old": part of something bigger.
        int next = block.NextWord(end);
        if (next >= 0)
        {
            string following = block.TextOf(tokens[next]);
            if (following is "hundred" or "thousand" or "million" or "billion" or "trillion" || block.Text[tokens[end].End] == '-')
            {
                return false;
            }
        }

        span = TextSpan.FromBounds(tokens[index].Start, tokens[end].End);
        return true;
    }

    private static FirstWordFilter BuildNumberWordStarts()
    {
        var filter = new FirstWordFilter();
        foreach (string key in WordsFrom10.Keys)
        {
            filter.Add(key);
            filter.Add(key.Split('-')[0]);
        }

        return filter;
    }

    private static bool IsSmallNumberWord(string word) =>
        word.ToLowerInvariant() is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine";

    /// <summary>A lone figure followed by a lower-case noun that is not a unit, with no figure-keeping word before it.</summary>
    private static bool CountsThings(BlockAnalysis block, int index)
    {
        var tokens = block.Tokens;
        if (index + 2 >= tokens.Length || tokens[index + 1].Kind != TokenKind.Whitespace || tokens[index + 2].Kind != TokenKind.Word)
        {
            return false;
        }

        string noun = block.TextOf(tokens[index + 2]);
        if (!char.IsLower(noun[0]) || FigureNouns.Contains(noun))
        {
            return false;
        }

        // Touching punctuation or symbols: "$5", "5%", "3-0", "4.5", "1/2", "(3)".
        if (index > 0 && tokens[index - 1].Kind is TokenKind.Symbol or TokenKind.Punctuation or TokenKind.Word or TokenKind.Number)
        {
            return false;
        }

        int previous = block.PreviousWord(index);
        if (previous >= 0 && index - previous == 2)
        {
            string before = block.TextOf(tokens[previous]);
            if (FigureLeads.Contains(before) || SimpleMonth(before) || (char.IsUpper(before[0]) && !IsSentenceStart(block, previous)))
            {
                return false;
            }
        }

        // Another figure close by ("3 hours ago 4", "5 of the 12") keeps figures for both.
        for (int j = Math.Max(0, index - 6); j < Math.Min(tokens.Length, index + 7); j++)
        {
            if (j != index && tokens[j].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SimpleMonth(string word) => DateLexicon.TryMonth(word, out _, out _);

    private static bool IsSentenceStart(BlockAnalysis block, int tokenIndex)
    {
        TextSpan sentence = block.Sentences[block.SentenceIndexAt(block.Tokens[tokenIndex].Start)];
        return sentence.Start == block.Tokens[tokenIndex].Start;
    }

    private static bool HasSentenceEnd(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.Length > 0 && (trimmed[^1] is '.' or '!' or '?' or '"' or '\u201D' or ')' or ':' || trimmed.Contains(". ", StringComparison.Ordinal));
    }
}
