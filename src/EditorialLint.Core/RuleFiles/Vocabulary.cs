using EditorialLint.Core.Configuration;

namespace EditorialLint.Core.RuleFiles;

/// <summary>
/// Vale vocabularies: <c>&lt;StylesPath&gt;/config/vocabularies/Name/{accept,reject}.txt</c> (or the older
/// <c>&lt;StylesPath&gt;/Vocab/Name/</c>). Each line is a term or a regex, case-sensitive unless it starts with
/// <c>(?i)</c>. Accepted terms are exceptions for existence and substitution rules and feed <c>Vale.Terms</c>;
/// rejected terms feed <c>Vale.Avoid</c>.
/// </summary>
public sealed record Vocabulary(IReadOnlyList<string> Accept, IReadOnlyList<string> Reject)
{
    public static readonly Vocabulary Empty = new([], []);

    public bool IsEmpty => Accept.Count == 0 && Reject.Count == 0;

    /// <summary>Loads and merges the named vocabularies; a name found in no styles path is an error.</summary>
    public static Vocabulary Load(IReadOnlyList<string> names, IReadOnlyList<string> stylesPaths, string configFile, (int Line, int Column) position = default)
    {
        var accept = new List<string>();
        var reject = new List<string>();
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

            accept.AddRange(ReadTerms(Path.Combine(folder, "accept.txt")));
            reject.AddRange(ReadTerms(Path.Combine(folder, "reject.txt")));
        }

        return new Vocabulary(accept, reject);
    }

    private static IEnumerable<string> ReadTerms(string file) =>
        File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            : [];
}
