using EditorialLint.Cli.Running;

namespace EditorialLint.Cli.Formatting;

/// <summary>Writes a run's report in one format. One class per format, discovered by reflection.</summary>
public interface IOutputFormatter
{
    /// <summary>The value of --format.</summary>
    string Name { get; }

    /// <summary>One line for --help.</summary>
    string Description { get; }

    void Write(RunReport report, TextWriter output, OutputOptions options);
}

public sealed record OutputOptions(bool Color)
{
    /// <summary>Reads an environment variable (formats such as github use GITHUB_STEP_SUMMARY); tests replace it.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;
}

public static class OutputFormatters
{
    private static readonly Lazy<IReadOnlyList<IOutputFormatter>> All = new(() =>
        typeof(IOutputFormatter).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IOutputFormatter).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IOutputFormatter)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<IOutputFormatter> Formatters => All.Value;

    public static IOutputFormatter Get(string name) =>
        Formatters.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException($"unknown --format '{name}'; choose one of {string.Join(", ", Formatters.Select(f => f.Name))}");
}
