using System.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// A unified diff (as <c>diff -u</c> and <c>git apply</c> read it) between two versions of a text. Lines keep their own
/// line endings, and a last line without one is marked "\ No newline at end of file".
/// </summary>
public static class UnifiedDiff
{
    /// <summary>Above this many line pairs in the changed middle, the middle is shown as one replaced block.</summary>
    private const long MaxCells = 4_000_000;

    public static string Create(string oldText, string newText, string oldLabel, string newLabel, int context = 3)
    {
        string[] a = SplitLines(oldText), b = SplitLines(newText);
        List<(char Op, string Line)> script = EditScript(a, b);
        if (script.All(s => s.Op == ' '))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- ").Append(oldLabel).Append('\n');
        output.Append("+++ ").Append(newLabel).Append('\n');
        int i = 0;
        while (i < script.Count)
        {
            int firstChange = script.FindIndex(i, s => s.Op != ' ');
            if (firstChange < 0)
            {
                break;
            }

            int start = Math.Max(i, firstChange - context);
            int end = firstChange;
            while (true)
            {
                int lastChange = end;
                while (lastChange + 1 < script.Count && script[lastChange + 1].Op != ' ')
                {
                    lastChange++;
                }

                int next = script.FindIndex(lastChange + 1, s => s.Op != ' ');
                if (next >= 0 && next - lastChange - 1 <= 2 * context)
                {
                    end = next;
                    continue;
                }

                end = Math.Min(script.Count, lastChange + 1 + context);
                break;
            }

            WriteHunk(output, script, start, end);
            i = end;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Op, string Line)> script, int start, int end)
    {
        int oldLine = 1 + script.Take(start).Count(s => s.Op != '+');
        int newLine = 1 + script.Take(start).Count(s => s.Op != '-');
        int oldCount = script.Skip(start).Take(end - start).Count(s => s.Op != '+');
        int newCount = script.Skip(start).Take(end - start).Count(s => s.Op != '-');
        output.Append("@@ -").Append(Range(oldLine, oldCount)).Append(" +").Append(Range(newLine, newCount)).Append(" @@\n");
        for (int k = start; k < end; k++)
        {
            (char op, string line) = script[k];
            output.Append(op).Append(line);
            if (!line.EndsWith('\n') && !line.EndsWith('\r'))
            {
                output.Append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static string Range(int line, int count) => count switch
    {
        0 => $"{line - 1},0",
        1 => $"{line}",
        _ => $"{line},{count}",
    };

    /// <summary>Lines with their line endings (CRLF, CR or LF), as <see cref="Core.Text.SourceText"/> splits them.</summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (text[i] is '\n' or '\r')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines.ToArray();
    }

    private static List<(char Op, string Line)> EditScript(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var script = new List<(char, string)>(a.Length + b.Length);
        script.AddRange(a.Take(prefix).Select(l => (' ', l)));
        string[] midA = a[prefix..(a.Length - suffix)], midB = b[prefix..(b.Length - suffix)];
        if ((long)midA.Length * midB.Length > MaxCells)
        {
            script.AddRange(midA.Select(l => ('-', l)));
            script.AddRange(midB.Select(l => ('+', l)));
        }
        else
        {
            script.AddRange(LongestCommonSubsequenceScript(midA, midB));
        }

        script.AddRange(a.Skip(a.Length - suffix).Select(l => (' ', l)));
        return script;
    }

    private static IEnumerable<(char, string)> LongestCommonSubsequenceScript(string[] a, string[] b)
    {
        var lengths = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var script = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                script.Add((' ', a[x++]));
                y++;
            }
            else if (y >= b.Length || (x < a.Length && lengths[x + 1, y] >= lengths[x, y + 1]))
            {
                script.Add(('-', a[x++]));
            }
            else
            {
                script.Add(('+', b[y++]));
            }
        }

        return script;
    }
}
