using System.Globalization;
using System.Text;
using CsCheck;

namespace EditorialLint.Core.Tests.Properties;

/// <summary>
/// Runs a property over a fixed, reproducible sequence of generated cases: case i is generated from the PCG seed
/// (stream, baseSeed + i), so every run of the suite tries the same inputs. A failure names the case's seed, then
/// lets CsCheck shrink from that seed and reports the smallest failing input it found.
/// Environment: <c>EDITORIAL_LINT_PROPERTY_SCALE=N</c> multiplies every iteration count (for long local runs);
/// <c>EDITORIAL_LINT_PROPERTY_SEED=seed</c> replays one printed seed in every property.
/// </summary>
internal static class PropertyRunner
{
    private const uint Stream = 20260204;

    public static int Scale =>
        int.TryParse(Environment.GetEnvironmentVariable("EDITORIAL_LINT_PROPERTY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;

    /// <summary>Checks <paramref name="assert"/> on <paramref name="iterations"/> cases; returns a line saying what ran.</summary>
    public static string Check<T>(string name, Gen<T> gen, Action<T> assert, ulong baseSeed, int iterations, Func<T, string> print)
    {
        string? replay = Environment.GetEnvironmentVariable("EDITORIAL_LINT_PROPERTY_SEED");
        if (!string.IsNullOrWhiteSpace(replay))
        {
            RunOne(name, gen, assert, PCG.Parse(replay.Trim()), 0, 1, print);
            return $"property {name}: replayed seed {replay.Trim()}";
        }

        int count = iterations * Scale;
        for (int i = 0; i < count; i++)
        {
            RunOne(name, gen, assert, new PCG(Stream, baseSeed + (ulong)i), i, count, print);
        }

        return $"property {name}: {count} cases passed (PCG stream {Stream}, seeds {baseSeed}..{baseSeed + (ulong)count - 1})";
    }

    private static void RunOne<T>(string name, Gen<T> gen, Action<T> assert, PCG pcg, int index, int count, Func<T, string> print)
    {
        string seed = pcg.ToString();
        T value = gen.Generate(pcg, null!, out _);
        try
        {
            assert(value);
        }
        catch (Exception e)
        {
            string shrunk = Shrink(gen, assert, seed, print);
            throw new PropertyFailedException(
                $"property {name} failed on case {index + 1} of {count}, seed {seed} (replay: EDITORIAL_LINT_PROPERTY_SEED={seed}).\n"
                + $"{e.GetType().Name}: {e.Message}\ninput: {print(value)}\n{shrunk}",
                e);
        }
    }

    /// <summary>Lets CsCheck look for a smaller failing input, starting from the failing seed.</summary>
    private static string Shrink<T>(Gen<T> gen, Action<T> assert, string seed, Func<T, string> print)
    {
        try
        {
            CsCheck.Check.Sample(gen, assert, seed: seed, iter: 400, threads: 1, print: print);
            return "shrinking: CsCheck did not reproduce the failure from the seed";
        }
        catch (Exception e)
        {
            return "shrinking (CsCheck): " + e.Message;
        }
    }

    /// <summary>A C# string literal of <paramref name="text"/>, escaped, cut to <paramref name="max"/> characters.</summary>
    public static string Literal(string text, int max = 1500)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max) + 16);
        builder.Append('"');
        foreach (char c in text.Length > max ? text[..max] : text)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
        if (text.Length > max)
        {
            builder.Append(CultureInfo.InvariantCulture, $" (first {max} of {text.Length} characters)");
        }

        return builder.ToString();
    }
}

public sealed class PropertyFailedException(string message, Exception inner) : Exception(message, inner);
