namespace EditorialLint.Core.Configuration;

/// <summary>
/// An error in a rule file or a configuration file. It always names the file, the 1-based line and column
/// of the offending text and how to fix it, so a user never has to guess what was ignored.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, int column, string problem, string fix, Exception? inner = null)
        : base(Format(file, line, column, problem, fix), inner)
    {
        File = file;
        Line = line;
        Column = column;
        Problem = problem;
        Fix = fix;
    }

    public string File { get; }

    /// <summary>1-based line, 0 when the problem concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>1-based column, 0 when the problem concerns the whole file.</summary>
    public int Column { get; }

    public string Problem { get; }

    public string Fix { get; }

    private static string Format(string file, int line, int column, string problem, string fix)
    {
        var location = line > 0 ? $"{file}:{line}:{column}" : file;
        return $"{location}: {problem}. Fix: {fix}";
    }
}
