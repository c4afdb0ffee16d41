namespace EditorialLint.Core.Tests;

/// <summary>
/// A fact that needs the shared data folder next to the repository (../shared: corpus, Vale cases). Without it
/// the test is reported as skipped, with the reason, instead of passing silently.
/// </summary>
public sealed class RequiresSharedDataFactAttribute : FactAttribute
{
    public RequiresSharedDataFactAttribute(string subfolder = "")
    {
        string? shared = RuleAssert.SharedRoot;
        if (shared is null || !Directory.Exists(Path.Combine(shared, subfolder)))
        {
            Skip = $"SKIPPED LOUDLY: needs ../shared/{subfolder} next to the repository (others' data, not in this clone)";
        }
    }
}
