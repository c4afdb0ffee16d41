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

    private static readonly List<int> NoPositions = [];

    // All hits in one array grouped by slot (in order of their ends within a slot); _slots lists the slots that
    // have hits, ascending, and _firsts[i].._firsts[i + 1] is the range of _slots[i]'s hits.
    private readonly LiteralHit[] _hits;
    private readonly int[] _slots;
    private readonly int[] _firsts;
    private readonly List<int> _caseless = NoPositions;

    /// <summary>Takes the hits of one scan (in order of their ends) and groups them by slot.</summary>
    internal TextHits(string text, List<LiteralHit> found, int slotCount)
    {
        for (var i = text.AsSpan().IndexOfAny(LookAlikes); i >= 0;)
        {
            (_caseless == NoPositions ? _caseless = [] : _caseless).Add(i);
            var following = text.AsSpan(i + 1).IndexOfAny(LookAlikes);
            i = following < 0 ? -1 : i + 1 + following;
        }

        if (found.Count == 0)
        {
            (_hits, _slots, _firsts) = ([], [], [0]);
            return;
        }

        var counts = System.Buffers.ArrayPool<int>.Shared.Rent(slotCount);
        Array.Clear(counts, 0, slotCount);
        foreach (var hit in found)
        {
            counts[hit.Slot]++;
        }

        var used = 0;
        for (var slot = 0; slot < slotCount; slot++)
        {
            used += counts[slot] > 0 ? 1 : 0;
        }

        _slots = new int[used];
        _firsts = new int[used + 1];
        var next = new int[used];
        var index = 0;
        for (var slot = 0; slot < slotCount; slot++)
        {
            if (counts[slot] > 0)
            {
                _slots[index] = slot;
                next[index] = _firsts[index];
                _firsts[index + 1] = _firsts[index] + counts[slot];
                index++;
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(counts);
        _hits = new LiteralHit[found.Count];
        foreach (var hit in found)
        {
            var k = Array.BinarySearch(_slots, hit.Slot);
            _hits[next[k]++] = hit;
        }
    }

    /// <summary>
    /// For a rule whose every match starts with one of its needs (<see cref="PatternNeeds.Of(string, bool, out bool)"/>):
    /// adds to <paramref name="starts"/>, ascending and distinct, the offsets in text[start, end) where a match of the
    /// slot's rule may start (the starts of its hits there whose <c>\b</c>s hold in the unit). False, with nothing
    /// added, when the range holds a look-alike character (the automaton may miss a case-insensitive match there).
    /// </summary>
    public bool Starts(int slot, int start, int end, bool ignoreCase, List<int> starts)
    {
        if (ignoreCase && HasLookAlike(start, end))
        {
            return false;
        }

        var first = starts.Count;
        foreach (ref readonly var hit in Within(slot, start, end))
        {
            if (hit.Start >= start && (hit.LeftOpen || hit.Start == start) && (hit.RightOpen || hit.End == end))
            {
                starts.Add(hit.Start);
            }
        }

        if (starts.Count - first > 1)
        {
            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(starts)[first..];
            span.Sort();
            var kept = 1;
            for (var i = 1; i < span.Length; i++)
            {
                if (span[i] != span[kept - 1])
                {
                    span[kept++] = span[i];
                }
            }

            starts.RemoveRange(first + kept, span.Length - kept);
        }

        return true;
    }

    private bool HasLookAlike(int start, int end)
    {
        if (_caseless.Count == 0)
        {
            return false;
        }

        var index = _caseless.BinarySearch(start);
        if (index < 0)
        {
            index = ~index;
        }

        return index < _caseless.Count && _caseless[index] < end;
    }

    /// <summary>The slot's hits that end inside text(start, end], in order of their ends.</summary>
    private ReadOnlySpan<LiteralHit> Within(int slot, int start, int end)
    {
        var at = Array.BinarySearch(_slots, slot);
        if (at < 0)
        {
            return [];
        }

        ReadOnlySpan<LiteralHit> hits = _hits.AsSpan(_firsts[at], _firsts[at + 1] - _firsts[at]);

        // Hits come in order of their ends; find the first that ends inside the range.
        var lo = 0;
        var hi = hits.Length;
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

        var stop = lo;
        while (stop < hits.Length && hits[stop].End <= end)
        {
            stop++;
        }

        return hits[lo..stop];
    }

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
        if (ignoreCase && HasLookAlike(start, end))
        {
            all = true;
            return true;
        }

        var hits = Within(slot, start, end);
        var found = false;
        for (var i = 0; i < hits.Length; i++)
        {
            var (_, hitStart, hitEnd, leftOpen, rightOpen, token) = hits[i];
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
