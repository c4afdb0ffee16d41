using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The regex of a rule's token list restricted to some of its tokens, kept in order, built on first use and cached.
/// In a unit where only those tokens' literals occur, the others cannot match at any position, so the
/// alternation finds exactly the matches of the whole list; a list of 1,284 tokens is then tried as two or three.
/// Lists with inline options are never restricted (an option in one token can reach the tokens after it).
/// </summary>
public sealed class TokenSubsetPatterns(Func<IReadOnlyList<int>, Regex> build)
{
    /// <summary>Subsets kept per rule; beyond that a subset's regex is built for the unit and dropped.</summary>
    private const int CacheLimit = 1024;

    private readonly ConcurrentDictionary<string, Regex> _cache = new(StringComparer.Ordinal);

    public Regex Get(int[] tokens)
    {
        var key = string.Join(',', tokens);
        if (_cache.TryGetValue(key, out var regex))
        {
            return regex;
        }

        regex = build(tokens);
        if (_cache.Count < CacheLimit)
        {
            _cache.TryAdd(key, regex);
        }

        return regex;
    }
}
