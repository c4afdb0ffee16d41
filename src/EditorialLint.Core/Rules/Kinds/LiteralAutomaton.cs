namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// An Aho-Corasick automaton over the literal needs of many rules (<see cref="LiteralNeed"/>), so one pass over a
/// text finds where every rule's literals occur. Strings are matched with ASCII letters lowercased (the other
/// characters of needs have no case); a rule that
/// compares case is checked ordinally on each hit. Immutable and thread-safe once built.
/// </summary>
public sealed class LiteralAutomaton
{
    private readonly ushort[] _classOf = new ushort[char.MaxValue + 1];
    private readonly int _classes;
    private readonly int[] _next;          // state * _classes + class -> state
    private readonly int[] _output;        // state -> first pattern ending here, or -1
    private readonly int[] _outputLink;    // state -> next state (by suffix links) with an output, or -1
    private readonly int[] _report;        // state -> itself when it has an output, else its output link
    private readonly int[] _patternLength;
    private readonly (int Slot, LiteralNeed Need)[][] _payloads;

    public LiteralAutomaton(IReadOnlyList<IReadOnlyList<LiteralNeed>> needsBySlot)
    {
        SlotCount = needsBySlot.Count;
        var patterns = new Dictionary<string, List<(int, LiteralNeed)>>(StringComparer.Ordinal);
        for (var slot = 0; slot < needsBySlot.Count; slot++)
        {
            foreach (var need in needsBySlot[slot])
            {
                var key = need.Text.ToLowerInvariant();
                if (!patterns.TryGetValue(key, out var list))
                {
                    patterns[key] = list = [];
                }

                if (!list.Contains((slot, need)))
                {
                    list.Add((slot, need));
                }
            }
        }

        var classes = 1; // class 0: any character no pattern has
        foreach (var key in patterns.Keys)
        {
            foreach (var c in key)
            {
                if (_classOf[c] == 0)
                {
                    _classOf[c] = (ushort)classes++;
                }
            }
        }

        _classes = classes;
        for (var c = 'A'; c <= 'Z'; c++)
        {
            _classOf[c] = _classOf[char.ToLowerInvariant(c)];
        }

        // White space is one class, so a need's ' ' (which stands for \s) matches any of it. For a literal space
        // this only widens what the automaton keeps.
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsWhiteSpace((char)c))
            {
                _classOf[c] = _classOf[' '];
            }
        }

        // The trie.
        var children = new List<Dictionary<int, int>> { new() };
        var output = new List<int> { -1 };
        _patternLength = new int[patterns.Count];
        _payloads = new (int, LiteralNeed)[patterns.Count][];
        var id = 0;
        foreach (var (key, payloads) in patterns)
        {
            var state = 0;
            foreach (var c in key)
            {
                var cls = _classOf[c];
                if (!children[state].TryGetValue(cls, out var child))
                {
                    child = children.Count;
                    children[state][cls] = child;
                    children.Add([]);
                    output.Add(-1);
                }

                state = child;
            }

            output[state] = id;
            _patternLength[id] = key.Length;
            _payloads[id] = [.. payloads];
            id++;
        }

        // Failure links breadth first, turned into a full transition table.
        var states = children.Count;
        _next = new int[states * classes];
        _output = [.. output];
        _outputLink = new int[states];
        _report = new int[states];
        var fail = new int[states];
        var queue = new Queue<int>();
        _outputLink[0] = -1;
        _report[0] = -1;
        for (var cls = 0; cls < classes; cls++)
        {
            if (children[0].TryGetValue(cls, out var child))
            {
                _next[cls] = child;
                fail[child] = 0;
                _outputLink[child] = -1;
                _report[child] = _output[child] >= 0 ? child : -1;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            for (var cls = 0; cls < classes; cls++)
            {
                if (children[state].TryGetValue(cls, out var child))
                {
                    var f = _next[(fail[state] * classes) + cls];
                    fail[child] = f;
                    _outputLink[child] = _output[f] >= 0 ? f : _outputLink[f];
                    _next[(state * classes) + cls] = child;
                    _report[child] = _output[child] >= 0 ? child : _outputLink[child];
                    queue.Enqueue(child);
                }
                else
                {
                    _next[(state * classes) + cls] = _next[(fail[state] * classes) + cls];
                }
            }
        }
    }

    /// <summary>Ordinal equality, except that any white space equals any other (see the classes).</summary>
    private static bool SameCase(ReadOnlySpan<char> text, string need)
    {
        for (var i = 0; i < need.Length; i++)
        {
            if (text[i] != need[i] && !(char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(need[i])))
            {
                return false;
            }
        }

        return true;
    }

    // The hits of the scan in progress on this thread, reused from text to text.
    [ThreadStatic]
    private static List<LiteralHit>? Found;

    /// <summary>How many rules (slots) the automaton was built for.</summary>
    public int SlotCount { get; }

    /// <summary>Finds every need of every slot in <paramref name="text"/>.</summary>
    public TextHits Scan(string text)
    {
        var hits = Found ??= [];
        hits.Clear();
        var state = 0;
        var next = _next;
        var report = _report;
        var classOf = _classOf;
        var classes = _classes;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            state = next[(state * classes) + classOf[c]];
            if (report[state] < 0)
            {
                continue;
            }

            for (var s = report[state]; s >= 0; s = _outputLink[s])
            {
                var pattern = _output[s];
                var length = _patternLength[pattern];
                var start = i + 1 - length;
                foreach (var (slot, need) in _payloads[pattern])
                {
                    if (!need.IgnoreCase && !SameCase(text.AsSpan(start, length), need.Text))
                    {
                        continue;
                    }

                    var leftOpen = !need.BoundedStart || start == 0 || !PatternNeeds.IsAsciiWordChar(text[start - 1]);
                    var rightOpen = !need.BoundedEnd || i + 1 == text.Length || !PatternNeeds.IsAsciiWordChar(text[i + 1]);
                    hits.Add(new LiteralHit(slot, start, i + 1, leftOpen, rightOpen, need.Token));
                }
            }
        }

        return new TextHits(text, hits, SlotCount);
    }
}
