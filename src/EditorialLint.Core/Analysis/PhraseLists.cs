using System.Collections.Immutable;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Core.Analysis;

/// <summary>
/// Named phrase lists read from a YAML data file: a mapping from list names to sequences of phrases in
/// <see cref="PhraseMatcher"/> syntax. The built-in files live under <c>rules/</c> in the repository and are
/// embedded in this assembly; a newsroom extends them by editing those files, or by merging its own file over
/// them with <see cref="Merge"/>.
/// </summary>
/// <example>
/// <code>
/// phrases:
///   - sources say|said
///   - according to multiple|several? sources
/// </code>
/// </example>
public sealed class PhraseLists
{
    private const string ResourcePrefix = "EditorialLint.Core.Data.";

    private readonly ImmutableDictionary<string, ImmutableArray<string>> lists;

    private PhraseLists(string origin, ImmutableDictionary<string, ImmutableArray<string>> lists)
    {
        Origin = origin;
        this.lists = lists;
    }

    /// <summary>Where the lists came from (a file path or an embedded resource name), for error messages.</summary>
    public string Origin { get; }

    public IEnumerable<string> Names => lists.Keys;

    /// <summary>The phrases of the named list; empty when the file has no such list.</summary>
    public ImmutableArray<string> this[string name] => lists.TryGetValue(name, out var list) ? list : ImmutableArray<string>.Empty;

    /// <summary>Parses YAML text; throws <see cref="FormatException"/> with the origin and line on malformed data.</summary>
    public static PhraseLists Parse(string origin, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{origin}:{e.Start.Line}: {e.Message}", e);
        }

        var builder = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return new PhraseLists(origin, builder.ToImmutable());
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{origin}:{stream.Documents[0].RootNode.Start.Line}: expected a mapping of list names to phrase lists");
        }

        foreach (var (key, value) in root.Children)
        {
            string name = ((YamlScalarNode)key).Value ?? string.Empty;
            if (value is not YamlSequenceNode sequence)
            {
                throw new FormatException($"{origin}:{value.Start.Line}: '{name}' must be a list of phrases");
            }

            var phrases = ImmutableArray.CreateBuilder<string>();
            foreach (YamlNode item in sequence)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } phrase })
                {
                    throw new FormatException($"{origin}:{item.Start.Line}: each entry of '{name}' must be a phrase");
                }

                phrases.Add(phrase.Trim());
            }

            builder[name] = phrases.ToImmutable();
        }

        return new PhraseLists(origin, builder.ToImmutable());
    }

    /// <summary>Reads a phrase file from disk (a newsroom's own list).</summary>
    public static PhraseLists Load(string path) => Parse(path, File.ReadAllText(path));

    /// <summary>Reads a built-in data file, by its path under <c>rules/</c> ("attribution/vague.yaml").</summary>
    public static PhraseLists LoadEmbedded(string relativePath)
    {
        string resource = ResourcePrefix + relativePath.Replace('/', '.');
        using Stream stream = typeof(PhraseLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"built-in data file rules/{relativePath} is not embedded in {typeof(PhraseLists).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse("rules/" + relativePath, reader.ReadToEnd());
    }

    /// <summary>These lists with every list of <paramref name="other"/> appended to the list of the same name.</summary>
    public PhraseLists Merge(PhraseLists other)
    {
        var builder = lists.ToBuilder();
        foreach (var (name, phrases) in other.lists)
        {
            builder[name] = this[name].AddRange(phrases);
        }

        return new PhraseLists($"{Origin} + {other.Origin}", builder.ToImmutable());
    }

    /// <summary>A matcher over the named list (empty lists match nothing).</summary>
    public PhraseMatcher Matcher(string name) => new(this[name]);
}
