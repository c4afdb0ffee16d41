using EditorialLint.Core.Text;

namespace EditorialLint.Core.Analysis;

/// <summary>One place where the article makes a style choice: which block, which prose range, which style.</summary>
public readonly record struct StyleOccurrence<TStyle>(BlockAnalysis Block, TextSpan Span, TStyle Style);

/// <summary>
/// The "one article, one way" vote shared by the Consistency rules: collect every occurrence of a style choice;
/// when more than one style is used, the most frequent wins (on a tie, the one used first) and every occurrence
/// of another style is an outlier to report.
/// </summary>
public sealed class StyleVote<TStyle>
    where TStyle : notnull
{
    private readonly List<StyleOccurrence<TStyle>> occurrences = new();

    public void Add(BlockAnalysis block, TextSpan span, TStyle style) => occurrences.Add(new(block, span, style));

    public IReadOnlyList<StyleOccurrence<TStyle>> Occurrences => occurrences;

    /// <summary>How many times each style occurs.</summary>
    public IReadOnlyDictionary<TStyle, int> Counts => occurrences.GroupBy(o => o.Style).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The winning style (most frequent, first used on a tie), or false when nothing was seen.</summary>
    public bool TryGetMajority(out TStyle style)
    {
        style = default!;
        if (occurrences.Count == 0)
        {
            return false;
        }

        var counts = Counts;
        int best = -1;
        foreach (StyleOccurrence<TStyle> o in occurrences)
        {
            if (counts[o.Style] > best)
            {
                best = counts[o.Style];
                style = o.Style;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the majority is clear enough for its fixes to be applied without review: at least two uses, and
    /// at least twice as many as all the others together. A tie (the seed's one "4 Feb 2026" against one "June 30")
    /// is not: the article's style is a guess.
    /// </summary>
    public bool IsDecisive
    {
        get
        {
            if (!TryGetMajority(out TStyle majority))
            {
                return false;
            }

            int winner = Counts[majority];
            return winner >= 2 && winner >= 2 * (occurrences.Count - winner);
        }
    }

    /// <summary>The occurrences that differ from the majority (none when only one style is used), and the majority.</summary>
    public IEnumerable<StyleOccurrence<TStyle>> Outliers(out TStyle majority)
    {
        if (!TryGetMajority(out majority) || Counts.Count < 2)
        {
            return [];
        }

        TStyle winner = majority;
        return occurrences.Where(o => !EqualityComparer<TStyle>.Default.Equals(o.Style, winner)).ToList();
    }
}

/// <summary>
/// The same vote as <see cref="StyleVote{TStyle}"/> over a few styles numbered from 0, counted without keeping the
/// occurrences: a rule counts in a first pass and reads the article again for outliers only when
/// <see cref="Used"/> is two or more (most articles use one style).
/// </summary>
internal sealed class StyleTally(int styles)
{
    private readonly int[] counts = new int[styles];
    private readonly List<int> order = new(styles);

    /// <summary>How many occurrences were counted.</summary>
    public int Total { get; private set; }

    /// <summary>How many different styles occur.</summary>
    public int Used => order.Count;

    public void Add(int style)
    {
        if (counts[style]++ == 0)
        {
            order.Add(style);
        }

        Total++;
    }

    public int CountOf(int style) => counts[style];

    /// <summary>The most frequent style, the first used on a tie; -1 when nothing was counted.</summary>
    public int Majority
    {
        get
        {
            int best = -1, majority = -1;
            foreach (int style in order)
            {
                if (counts[style] > best)
                {
                    best = counts[style];
                    majority = style;
                }
            }

            return majority;
        }
    }

    /// <summary>As <see cref="StyleVote{TStyle}.IsDecisive"/>: at least two uses and twice as many as all others together.</summary>
    public bool IsDecisive => Majority >= 0 && counts[Majority] >= 2 && counts[Majority] >= 2 * (Total - counts[Majority]);
}
