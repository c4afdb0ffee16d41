namespace EditorialLint.Core.Spelling;

/// <summary>
/// Optimal-string-alignment distance between a typed word and a dictionary word, both lowercase, computed twice
/// in one pass: the plain edit count, and a typist's cost where likely slips are cheaper (a transposition, a key next
/// to the intended one, a vowel for a vowel, a doubled or undoubled letter).
/// </summary>
internal static class EditCost
{
    public const int MaxLength = 64;

    private const float Transposition = 0.7f;
    private const float AdjacentKey = 0.85f;
    private const float VowelForVowel = 0.85f;
    private const float DoubledLetter = 0.5f;
    private const float Omission = 0.85f;

    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    private static readonly bool[,] Adjacent = BuildAdjacency();

    /// <summary>Returns the edit count (OSA) and sets <paramref name="weighted"/> to the typist's cost.</summary>
    public static int Compute(ReadOnlySpan<char> typed, ReadOnlySpan<char> target, out float weighted)
    {
        var n = typed.Length;
        var m = target.Length;
        var width = m + 1;
        Span<int> d = stackalloc int[(n + 1) * width];
        Span<float> w = stackalloc float[(n + 1) * width];
        for (var i = 0; i <= n; i++)
        {
            d[i * width] = i;
            w[i * width] = i == 0 ? 0 : w[(i - 1) * width] + DeleteCost(typed, i - 1);
        }

        for (var j = 1; j <= m; j++)
        {
            d[j] = j;
            w[j] = w[j - 1] + InsertCost(target, j - 1);
        }

        for (var i = 1; i <= n; i++)
        {
            var a = typed[i - 1];
            for (var j = 1; j <= m; j++)
            {
                var b = target[j - 1];
                var same = a == b;
                var at = i * width + j;
                var up = at - width;
                var best = Math.Min(Math.Min(d[up] + 1, d[at - 1] + 1), d[up - 1] + (same ? 0 : 1));
                var bestW = Math.Min(
                    Math.Min(w[up] + DeleteCost(typed, i - 1), w[at - 1] + InsertCost(target, j - 1)),
                    w[up - 1] + (same ? 0 : SubstituteCost(a, b)));
                if (i > 1 && j > 1 && a == target[j - 2] && typed[i - 2] == b && !same)
                {
                    var back = up - width - 2;
                    best = Math.Min(best, d[back] + 1);
                    bestW = Math.Min(bestW, w[back] + Transposition);
                }

                d[at] = best;
                w[at] = bestW;
            }
        }

        weighted = w[n * width + m];
        return d[n * width + m];
    }

    // A letter typed twice ("stresssed") is a cheap slip.
    private static float DeleteCost(ReadOnlySpan<char> s, int i) => IsDoubled(s, i) ? DoubledLetter : 1f;

    // One letter of a double left out ("comodity") is a cheap slip.
    private static float InsertCost(ReadOnlySpan<char> s, int j) => IsDoubled(s, j) ? DoubledLetter : Omission;

    private static bool IsDoubled(ReadOnlySpan<char> s, int i) =>
        (i > 0 && s[i] == s[i - 1]) || (i + 1 < s.Length && s[i] == s[i + 1]);

    private static float SubstituteCost(char a, char b)
    {
        if (a is >= 'a' and <= 'z' && b is >= 'a' and <= 'z' && Adjacent[a - 'a', b - 'a'])
        {
            return AdjacentKey;
        }

        return IsVowel(a) && IsVowel(b) ? VowelForVowel : 1f;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool[,] BuildAdjacency()
    {
        var adjacent = new bool[26, 26];
        for (var row = 0; row < KeyboardRows.Length; row++)
        {
            for (var col = 0; col < KeyboardRows[row].Length; col++)
            {
                var key = KeyboardRows[row][col] - 'a';
                for (var dr = -1; dr <= 1; dr++)
                {
                    var r = row + dr;
                    if (r < 0 || r >= KeyboardRows.Length)
                    {
                        continue;
                    }

                    // Staggered rows: a key touches the same and the next column above, the same and previous below.
                    var from = dr == 0 ? col - 1 : dr < 0 ? col : col - 1;
                    var to = dr == 0 ? col + 1 : dr < 0 ? col + 1 : col;
                    for (var c = from; c <= to; c++)
                    {
                        if (c >= 0 && c < KeyboardRows[r].Length && !(dr == 0 && c == col))
                        {
                            adjacent[key, KeyboardRows[r][c] - 'a'] = true;
                        }
                    }
                }
            }
        }

        return adjacent;
    }
}
