namespace EditorialLint.Cli;

public static class ExitCodes
{
    /// <summary>No diagnostic at the failing severity.</summary>
    public const int Success = 0;

    /// <summary>At least one diagnostic at the failing severity (error by default).</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments or configuration: nothing was linted, or not everything asked for.</summary>
    public const int UsageError = 2;
}

/// <summary>A problem with the command line or configuration; the message is shown as one line and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);
