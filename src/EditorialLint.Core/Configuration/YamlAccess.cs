using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Core.Configuration;

/// <summary>
/// Reads a YAML file into YamlDotNet's node model and converts nodes to typed values, turning every problem
/// into a <see cref="ConfigurationException"/> that carries the node's line and column.
/// </summary>
internal sealed class YamlAccess
{
    private YamlAccess(string file) => File = file;

    public string File { get; }

    /// <summary>Parses <paramref name="text"/>; returns the root mapping, or null when the file is empty.</summary>
    public static (YamlAccess Access, YamlMappingNode? Root) Load(string file, string text)
    {
        var access = new YamlAccess(file);
        var stream = new YamlStream();
        try
        {
            // Rule files come with a repository and are untrusted: refuse alias bombs and deep nesting before the
            // node loader (recursive, one level per nesting level) sees them.
            if (Documents.YamlBudget.Check(text) is { } refused)
            {
                throw new ConfigurationException(file, (int)refused.At.Line, (int)refused.At.Column,
                    "refused: the YAML " + refused.Problem,
                    "rule and configuration files need no aliases and only a few levels of nesting; simplify the file");
            }

            stream.Load(new StringReader(LenientEscapes(text)));
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(file, (int)e.Start.Line, (int)e.Start.Column,
                "invalid YAML: " + InnermostMessage(e),
                "correct the YAML syntax at this position (check indentation, quoting and ':' separators)", e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (access, null);
        }

        if (stream.Documents.Count > 1)
        {
            throw access.Error(stream.Documents[1].RootNode, "the file holds more than one YAML document",
                "keep a single document: remove the second '---' separator and what follows it");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw access.Error(stream.Documents[0].RootNode, "the top level is not a mapping of keys to values",
                "write 'key: value' pairs at the top level");
        }

        return (access, root);
    }

    /// <summary>
    /// Go's YAML parser (used by Vale) accepts <c>\'</c> inside double-quoted strings and style packages rely on
    /// it; YAML 1.2 does not define that escape. Rewrite it to a plain apostrophe inside double-quoted scalars.
    /// </summary>
    private static string LenientEscapes(string text) =>
        text.Contains("\\'", StringComparison.Ordinal)
            ? DoubleQuoted.Replace(text, m => m.Value.Replace("\\'", "'", StringComparison.Ordinal))
            : text;

    private static readonly System.Text.RegularExpressions.Regex DoubleQuoted =
        new("\"(?:[^\"\\\\\n]|\\\\.)*\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string InnermostMessage(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        var message = e.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }

    public ConfigurationException Error(YamlNode node, string problem, string fix) =>
        new(File, (int)node.Start.Line, (int)node.Start.Column, problem, fix);

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var (key, value) in map.Children)
        {
            var keyNode = (YamlScalarNode)key;
            yield return (keyNode.Value ?? string.Empty, keyNode, value);
        }
    }

    public string Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value ?? string.Empty;
        }

        throw Error(node, $"'{key}' must be a single value, not a {Describe(node)}",
            $"write '{key}: <value>' on one line (quote it if it contains ':' or '#')");
    }

    public bool Bool(YamlNode node, string key)
    {
        var text = Scalar(node, key).Trim();
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Error(node, $"'{key}' must be true or false, not '{text}'", $"write '{key}: true' or '{key}: false'"),
        };
    }

    public int Int(YamlNode node, string key)
    {
        var text = Scalar(node, key).Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Error(node, $"'{key}' must be a whole number, not '{text}'", $"write '{key}: 3' for example");
    }

    public double Double(YamlNode node, string key)
    {
        var text = Scalar(node, key).Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        throw Error(node, $"'{key}' must be a number, not '{text}'", $"write '{key}: 0.8' for example");
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-element list.</summary>
    public List<string> StringList(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                return string.IsNullOrEmpty(scalar.Value) ? [] : [scalar.Value];
            case YamlSequenceNode sequence:
                var list = new List<string>(sequence.Children.Count);
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode itemScalar)
                    {
                        throw Error(item, $"every item of '{key}' must be a single value, not a {Describe(item)}",
                            $"write each item of '{key}' as '- value' (quote values that contain ':' or '#')");
                    }

                    list.Add(itemScalar.Value ?? string.Empty);
                }

                return list;
            default:
                throw Error(node, $"'{key}' must be a list, not a {Describe(node)}", $"write '{key}:' followed by '- item' lines");
        }
    }

    /// <summary>A mapping of strings to strings in file order.</summary>
    public List<KeyValuePair<string, string>> StringMap(YamlNode node, string key)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, $"'{key}' must be a mapping, not a {Describe(node)}", $"write '{key}:' followed by indented 'from: to' lines");
        }

        var list = new List<KeyValuePair<string, string>>(map.Children.Count);
        foreach (var (entryKey, _, value) in Entries(map))
        {
            if (value is not YamlScalarNode scalar)
            {
                throw Error(value, $"the value of '{entryKey}' in '{key}' must be a single value, not a {Describe(value)}",
                    "write 'from: to' with a single value on the right (quote it if needed)");
            }

            list.Add(new KeyValuePair<string, string>(entryKey, scalar.Value ?? string.Empty));
        }

        return list;
    }

    public YamlMappingNode Mapping(YamlNode node, string key) =>
        node as YamlMappingNode
        ?? throw Error(node, $"'{key}' must be a mapping, not a {Describe(node)}", $"write '{key}:' followed by indented 'name: value' lines");

    public YamlSequenceNode Sequence(YamlNode node, string key) =>
        node as YamlSequenceNode
        ?? throw Error(node, $"'{key}' must be a list, not a {Describe(node)}", $"write '{key}:' followed by '- item' lines");

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "single value",
    };

    /// <summary>The closest candidate by edit distance, for "did you mean" hints; null when nothing is close.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return bestDistance <= Math.Max(2, input.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
