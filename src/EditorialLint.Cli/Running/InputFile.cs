namespace EditorialLint.Cli.Running;

/// <summary>A file to lint: where it is, how to show it, or the text read from standard input.</summary>
public sealed record InputFile(string DisplayPath, string FullPath, string? StdinText = null);
