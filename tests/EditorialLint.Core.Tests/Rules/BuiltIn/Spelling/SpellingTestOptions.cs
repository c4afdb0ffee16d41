using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Rules.BuiltIn.Spelling;

/// <summary>Lint options for spelling rule tests: every severity, and a project vocabulary.</summary>
internal static class SpellingTestOptions
{
    public static LintOptions WithVocabulary(string[] accept, string[] reject) =>
        new() { MinSeverity = Severity.Hint, Vocabulary = Vocabulary.FromLines(accept, reject) };
}
