namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// Where the literal needs of each rule occur in one text (a block's prose or the raw source), found by one
/// <see cref="LiteralAutomaton"/> pass, and whether the <c>\b</c> beside each hit holds there. A unit of the text may
/// hold a match of a rule only when a hit of that rule lies inside it; a unit's own ends count as word boundaries,
/// because a rule's regex runs on the unit alone.
/// </summary>
public sealed class TextHits
{
    // Characters a case-insensitive regex reads as ASCII letters (Kelvin sign, dotted and dotless i, long s).
    private static readonly System.Buffers.SearchValues<char> LookAlikes = System.Buffers.SearchValues.Create("\u212A\u0130\u0131\u017F");

    private readonly List<(int Start, int End, bool LeftOpen, bool RightOpen, int Token)>?[] _bySlot;
    private readonly List<int> _caseless = [];

    internal TextHits(string text, int slots)
    {
        _bySlot = new List<(int, int, bool, bool, int)>?[slots];
        for (var i = text.AsSpan().IndexOfAny(LookAlikes); i >= 0;)
        {
            _caseless.Add(i);
            var next = text.AsSpan(i + 1).IndexOfAny(LookAlikes);
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    internal void Add(int slot, int start, int end, bool leftOpen, bool rightOpen, int token) =>
        (_bySlot[slot] ??= []).Add((start, end, leftOpen, rightOpen, token));

    /// <summary>False when the slot's rule certainly has no match in text[start, end).</summary>
    public bool MayMatch(int slot, int start, int end, bool ignoreCase) => Tokens(slot, start, end, ignoreCase, null, out _);

    /// <summary>
    /// False when the slot's rule certainly has no match in text[start, end); otherwise adds to
    /// <paramref name="tokens"/> (when given) the tokens that may match there, or sets <paramref name="all"/> when
    /// any token may (a look-alike character, or a need that stands for the whole pattern).
    /// </summary>
    public bool Tokens(int slot, int start, int end, bool ignoreCase, List<int>? tokens, out bool all)
    {
        all = false;
        if (ignoreCase && _caseless.Count > 0)
        {
            var index = _caseless.BinarySearch(start);
            if (index < 0)
            {
                index = ~index;
            }

            if (index < _caseless.Count && _caseless[index] < end)
            {
                all = true;
                return true;
            }
        }

        if (slot >= _bySlot.Length || _bySlot[slot] is not { } hits)
        {
            return false;
        }

        // Hits come in order of their ends; find the first that ends inside the range.
        var lo = 0;
        var hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (hits[mid].End <= start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = false;
        for (var i = lo; i < hits.Count && hits[i].End <= end; i++)
        {
            var (hitStart, hitEnd, leftOpen, rightOpen, token) = hits[i];
            if (hitStart >= start && (leftOpen || hitStart == start) && (rightOpen || hitEnd == end))
            {
                found = true;
                if (tokens is null)
                {
                    return true;
                }

                if (token < 0)
                {
                    all = true;
                    return true;
                }

                tokens.Add(token);
            }
        }

        return found;
    }
}
