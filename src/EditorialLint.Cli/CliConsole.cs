namespace EditorialLint.Cli;

/// <summary>The streams a command reads and writes, and whether standard output is a colour terminal.</summary>
public sealed class CliConsole(TextReader stdin, TextWriter stdout, TextWriter stderr)
{
    public TextReader In { get; } = stdin;

    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>True when writing to the real console and it is a terminal.</summary>
    public bool IsTerminal => ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>Colour only on a terminal, never when NO_COLOR is set (https://no-color.org).</summary>
    public bool UseColor(bool noColorFlag) =>
        !noColorFlag && IsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
