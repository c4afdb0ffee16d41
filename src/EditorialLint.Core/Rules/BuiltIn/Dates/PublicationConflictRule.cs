using System.Globalization;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Dates;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;
using Humanizer;

namespace EditorialLint.Core.Rules.BuiltIn.Dates;

/// <summary>
/// A date that cannot be true given the publication date: an event told in the past but dated after
/// publication, or a date outside the recent-past frame that governs its paragraph ("over the past few days").
/// </summary>
public sealed class PublicationConflictRule : IRule
{
    private static readonly PhraseMatcher RecentFrames = new(
    [
        "over|in|during the past|last few? days|week",
        "over|in|during the past|last couple of days",
        "earlier|this week",
        "in recent days",
    ]);

    private static readonly HashSet<string> PastMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "met", "held", "went", "came", "made", "took", "gave", "left",
        "flew", "spoke", "began", "signed", "visited", "travelled", "traveled", "arrived", "announced", "attended",
        "returned", "launched", "hosted", "agreed", "reported", "occurred", "happened", "died", "won", "lost",
    };

    private static readonly HashSet<string> FutureMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "would", "due", "scheduled", "expected", "planned", "plans", "upcoming", "next", "until",
        "by", "from", "ending", "ended", "ends", "through", "before", "deadline",
    };

    /// <summary>Months typed for one another: Jan/Jun, Jun/Jul, Mar/May.</summary>
    private static readonly (int A, int B)[] MonthSlips = [(1, 6), (6, 7), (3, 5), (1, 7), (4, 8)];

    public RuleDescriptor Descriptor { get; } = new(
        "Dates.PublicationConflict",
        "Date conflicts with the publication date",
        Severity.Error,
        "The date cannot be right given when the article was published: an event told in the past is dated after "
        + "publication, or a date falls outside the recent period its paragraph speaks of. A date without a year "
        + "is read in the publication year. Month slips (January/June, March/May) are the usual cause.",
        "Published 4 Feb 2026: \"Over the past few days ... travelled to Moscow on June 30\" -> \"January 30\"");

    public void Analyze(AnalysisContext context)
    {
        if (context.PublicationDate is not { } publication)
        {
            return;
        }

        foreach (BlockAnalysis block in context.Blocks)
        {
            List<TextSpan>? frames = null;
            foreach (var (span, _) in RecentFrames.Matches(block))
            {
                (frames ??= new List<TextSpan>()).Add(span);
            }

            var words = block.WordTokenIndices.ToArray();
            for (int w = 0; w < words.Length; w++)
            {
                if (!TryMonthDay(block, words[w], out int month, out int day, out TextSpan dateSpan) || !IsValid(publication.Date.Year, month, day))
                {
                    continue;
                }

                var date = new DateOnly(publication.Date.Year, month, day);
                TextSpan sentence = block.Sentences[block.SentenceIndexAt(dateSpan.Start)];
                bool past = HasMarker(block, sentence, PastMarkers);
                bool future = HasMarker(block, sentence, FutureMarkers);
                TextSpan? frame = frames?.FirstOrDefault(f => f.End <= dateSpan.Start);
                bool inRecentFrame = frame is { Length: > 0 };

                string? reason = null;
                if (date > publication.Date && past && !future)
                {
                    reason = $"is told in the past tense but, read in {publication.Date.Year}, is {Distance(publication.Date, date)} after publication {publication.ForMessage}";
                }
                else if (inRecentFrame && !future && (date > publication.Date || publication.Date.DayNumber - date.DayNumber > 14))
                {
                    string frameText = block.TextOf(frame!.Value).ToLowerInvariant();
                    string direction = date > publication.Date ? "after" : "before";
                    reason = $"falls outside '{frameText}': it is {Distance(publication.Date, date)} {direction} publication {publication.ForMessage}";
                }

                if (reason is null)
                {
                    continue;
                }

                DateOnly? suggestion = SuggestSlip(date, publication.Date, inRecentFrame);
                string dateText = block.TextOf(dateSpan);
                string message = $"'{dateText}' {reason}";
                var fixes = new List<Fix>();
                if (suggestion is { } s)
                {
                    string replacement = Rewrite(dateText, s);
                    message += $"; did you mean {replacement}?";
                    fixes.Add(Fix.Replace($"Change to '{replacement}'", block.Block, dateSpan, replacement));
                }

                context.Report(Descriptor, block, dateSpan, message, [.. fixes]);
            }
        }
    }

    /// <summary>"June 30", "Jun. 30", "30 June": a month name and a day with no year after it.</summary>
    private static bool TryMonthDay(BlockAnalysis block, int tokenIndex, out int month, out int day, out TextSpan span)
    {
        month = day = 0;
        span = default;
        Token token = block.Tokens[tokenIndex];
        string word = block.TextOf(token);
        if (!char.IsUpper(word[0]) || !SimpleDateParser.TryMonth(word, out month))
        {
            return false;
        }

        // Month then day: "June 30".
        int next = tokenIndex + 1;
        if (next < block.Tokens.Length && block.Text[block.Tokens[next].Start] == '.')
        {
            next++;
        }

        if (next + 1 < block.Tokens.Length && block.Tokens[next].Kind == TokenKind.Whitespace && block.Tokens[next + 1].Kind == TokenKind.Number
            && int.TryParse(block.Span(block.Tokens[next + 1]), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31
            && !FollowedByYear(block, next + 1))
        {
            span = TextSpan.FromBounds(token.Start, block.Tokens[next + 1].End);
            return true;
        }

        // Day then month: "30 June".
        int previous = tokenIndex - 2;
        if (previous >= 0 && block.Tokens[tokenIndex - 1].Kind == TokenKind.Whitespace && block.Tokens[previous].Kind == TokenKind.Number
            && int.TryParse(block.Span(block.Tokens[previous]), NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31
            && !FollowedByYear(block, tokenIndex))
        {
            span = TextSpan.FromBounds(block.Tokens[previous].Start, token.End);
            return true;
        }

        return false;
    }

    private static bool FollowedByYear(BlockAnalysis block, int tokenIndex)
    {
        for (int i = tokenIndex + 1; i < block.Tokens.Length && i <= tokenIndex + 3; i++)
        {
            Token t = block.Tokens[i];
            if (t.Kind == TokenKind.Number)
            {
                return t.Length == 4;
            }

            if (t.Kind == TokenKind.Word)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasMarker(BlockAnalysis block, TextSpan sentence, HashSet<string> markers)
    {
        var lookup = markers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (int i in block.WordTokenIndices)
        {
            Token t = block.Tokens[i];
            if (t.Start >= sentence.Start && t.End <= sentence.End && lookup.Contains(block.Span(t)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsValid(int year, int month, int day) => day <= DateTime.DaysInMonth(year, month);

    /// <summary>A date one month slip away that fits: not after publication, and within two weeks of it in a recent frame.</summary>
    private static DateOnly? SuggestSlip(DateOnly date, DateOnly publication, bool recentFrame)
    {
        foreach (var (a, b) in MonthSlips)
        {
            int other = date.Month == a ? b : date.Month == b ? a : 0;
            if (other == 0 || !IsValid(date.Year, other, date.Day))
            {
                continue;
            }

            var candidate = new DateOnly(date.Year, other, date.Day);
            int before = publication.DayNumber - candidate.DayNumber;
            if (before >= 0 && (!recentFrame || before <= 14))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Writes the suggestion in the style of the original ("June 30" -> "January 30", "30 June" -> "30 January").</summary>
    private static string Rewrite(string original, DateOnly date)
    {
        string month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);
        return char.IsDigit(original[0]) ? $"{date.Day} {month}" : $"{month} {date.Day}";
    }

    /// <summary>"3 days", "2 weeks", "about 5 months", "about 2 years".</summary>
    internal static string Distance(DateOnly a, DateOnly b)
    {
        int days = Math.Abs(a.DayNumber - b.DayNumber);
        if (days < 14)
        {
            return "day".ToQuantity(days);
        }

        if (days < 60)
        {
            return "week".ToQuantity((int)Math.Round(days / 7.0));
        }

        if (days < 365)
        {
            return "about " + "month".ToQuantity((int)Math.Round(days / 30.44));
        }

        return "about " + "year".ToQuantity((int)Math.Round(days / 365.25));
    }
}
