using EditorialLint.Core.Configuration;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Finds Vale vocabularies by name: <c>&lt;StylesPath&gt;/config/vocabularies/Name/{accept,reject}.txt</c> (or the
/// older <c>&lt;StylesPath&gt;/Vocab/Name/</c>). Accepted terms are exceptions for existence, substitution,
/// conditional and capitalization rules and feed <c>Vale.Terms</c>; rejected terms feed <c>Vale.Avoid</c>; the
/// same <see cref="Vocabulary"/> drives the Spelling rules.
/// </summary>
public static class VocabularyLoader
{
    /// <summary>Loads and merges the named vocabularies; a name found in no styles path, or a bad entry, is an error.</summary>
    public static Vocabulary Load(IReadOnlyList<string> names, IReadOnlyList<string> stylesPaths, string configFile, (int Line, int Column) position = default)
    {
        var loaded = new List<Vocabulary>();
        foreach (var name in names)
        {
            var folder = stylesPaths
                .SelectMany(p => new[] { Path.Combine(p, "config", "vocabularies", name), Path.Combine(p, "Vocab", name) })
                .FirstOrDefault(Directory.Exists);
            if (folder is null)
            {
                throw new ConfigurationException(configFile, position.Line, position.Column, $"vocabulary '{name}' was not found",
                    $"create {Path.Combine(stylesPaths.FirstOrDefault() ?? "<StylesPath>", "config", "vocabularies", name)}/accept.txt, or remove '{name}' from the vocabularies");
            }

            try
            {
                loaded.Add(Vocabulary.FromFolder(folder));
            }
            catch (FormatException e)
            {
                throw new ConfigurationException(Path.Combine(folder, "accept.txt"), 0, 0, e.Message, "correct or escape the entry (a line is a term or a .NET regular expression)", e);
            }
        }

        return loaded.Count == 0 ? Vocabulary.Empty : Vocabulary.Combine(loaded);
    }
}
