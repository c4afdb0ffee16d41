using System.Text.RegularExpressions;

namespace EditorialLint.Core.Spelling;

/// <summary>
/// A project vocabulary in Vale's layout: accept.txt and reject.txt, one term or regular expression a line,
/// blank lines and lines starting with '#' ignored. Terms match case-sensitively unless they start with "(?i)".
/// Accepted terms are never reported as misspellings; rejected terms feed Vale.Avoid (RuleFiles/ValeBuiltIns).
/// Immutable; safe to share between threads.
/// </summary>
public sealed class Vocabulary
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    private readonly HashSet<string> _acceptedWords;
    private readonly Regex? _accepted;

    private Vocabulary(IEnumerable<string> accept, IEnumerable<string> reject)
    {
        _acceptedWords = new HashSet<string>(StringComparer.Ordinal);
        var acceptPatterns = new List<string>();
        foreach (var term in Terms(accept))
        {
            if (IsPlain(term))
            {
                // A plain phrase accepts each of its words ("Abdulrahman bin Jassim").
                _acceptedWords.UnionWith(term.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                acceptPatterns.Add(Group(Validate(term)));
            }
        }

        AcceptedTerms = Terms(accept).ToList();
        RejectedTerms = Terms(reject).ToList();
        _accepted = acceptPatterns.Count == 0 ? null
            : new Regex("^(?:" + string.Join('|', acceptPatterns) + ")$", RegexOptions.CultureInvariant, MatchTimeout);
        foreach (var term in RejectedTerms.Where(t => !IsPlain(t)))
        {
            Validate(term);
        }
    }

    /// <summary>A vocabulary that accepts and rejects nothing.</summary>
    public static Vocabulary Empty { get; } = new([], []);

    /// <summary>The accept.txt entries, in file order.</summary>
    public IReadOnlyList<string> AcceptedTerms { get; }

    /// <summary>The reject.txt entries, in file order.</summary>
    public IReadOnlyList<string> RejectedTerms { get; }

    /// <summary>Builds a vocabulary from the lines of accept.txt and reject.txt.</summary>
    public static Vocabulary FromLines(IEnumerable<string> accept, IEnumerable<string> reject) => new(accept, reject);

    /// <summary>
    /// Reads &lt;folder&gt;/accept.txt and &lt;folder&gt;/reject.txt (either may be missing), the layout of
    /// Vale's &lt;StylesPath&gt;/config/vocabularies/&lt;Name&gt;/.
    /// </summary>
    public static Vocabulary FromFolder(string folder)
    {
        static IEnumerable<string> Lines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
        return new Vocabulary(Lines(Path.Combine(folder, "accept.txt")), Lines(Path.Combine(folder, "reject.txt")));
    }

    /// <summary>Merges several vocabularies (Vale's "Vocab = A, B").</summary>
    public static Vocabulary Combine(IEnumerable<Vocabulary> vocabularies)
    {
        var list = vocabularies.ToList();
        return list.Count == 1 ? list[0]
            : new Vocabulary(list.SelectMany(v => v.AcceptedTerms), list.SelectMany(v => v.RejectedTerms));
    }

    /// <summary>True when the single word is accepted (exactly, or by a pattern matching the whole word).</summary>
    public bool Accepts(string word)
    {
        if (_acceptedWords.Contains(word))
        {
            return true;
        }

        try
        {
            return _accepted is not null && _accepted.IsMatch(word);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Terms(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static bool IsPlain(string term) => term.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '’');

    private static string Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
            return pattern;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"Vocabulary entry '{pattern}' is not a valid regular expression: {e.Message}", e);
        }
    }

    // Scopes an entry's inline options such as "(?i)" to the entry alone.
    private static string Group(string pattern) => "(?:" + pattern + ")";
}
