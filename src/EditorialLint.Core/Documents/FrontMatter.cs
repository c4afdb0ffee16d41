using EditorialLint.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EditorialLint.Core.Documents;

/// <summary>A YAML front matter block: its raw text, its span and its top-level scalar values.</summary>
public sealed class FrontMatter
{
    /// <summary>Front matter larger than this is not parsed (protects against hostile input).</summary>
    public const int MaxLength = 64 * 1024;

    private readonly Dictionary<string, (string Value, TextSpan Span)> scalars;

    private FrontMatter(string raw, TextSpan span, Dictionary<string, (string Value, TextSpan Span)> scalars)
    {
        Raw = raw;
        Span = span;
        this.scalars = scalars;
    }

    /// <summary>The YAML between the delimiters.</summary>
    public string Raw { get; }

    /// <summary>The whole block, delimiters included.</summary>
    public TextSpan Span { get; }

    public IReadOnlyDictionary<string, string> Scalars => scalars.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.OrdinalIgnoreCase);

    public bool TryGetValue(string key, out string value, out TextSpan valueSpan)
    {
        if (scalars.TryGetValue(key, out var entry))
        {
            value = entry.Value;
            valueSpan = entry.Span;
            return true;
        }

        value = string.Empty;
        valueSpan = default;
        return false;
    }

    /// <summary>
    /// Parses the YAML of a front matter block. <paramref name="rawStart"/> is the source offset of the first
    /// character of <paramref name="raw"/>. Returns the front matter and, when the YAML is invalid, a notice.
    /// </summary>
    internal static (FrontMatter FrontMatter, DocumentNotice? Notice) Parse(SourceText source, string raw, int rawStart, TextSpan blockSpan)
    {
        var values = new Dictionary<string, (string, TextSpan)>(StringComparer.OrdinalIgnoreCase);
        if (raw.Length > MaxLength)
        {
            return (new FrontMatter(raw, blockSpan, values), new DocumentNotice(DocumentNoticeKind.InvalidFrontMatter, $"front matter is larger than {MaxLength / 1024} KiB and was not read", blockSpan));
        }

        int firstLine = source.GetLineIndex(rawStart);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(raw));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is YamlScalarNode { Value: { } key } && valueNode is YamlScalarNode { Value: { } value })
                    {
                        int line = firstLine + (int)valueNode.Start.Line - 1;
                        int start = source.GetLineStart(line) + (int)valueNode.Start.Column - 1;
                        int endLine = firstLine + (int)valueNode.End.Line - 1;
                        int end = source.GetLineStart(endLine) + (int)valueNode.End.Column - 1;
                        start = Math.Clamp(start, 0, source.Length);
                        end = Math.Clamp(end, start, source.Length);
                        values[key] = (value, TextSpan.FromBounds(start, end));
                    }
                }
            }

            return (new FrontMatter(raw, blockSpan, values), null);
        }
        catch (YamlException e)
        {
            int line = firstLine + Math.Max(0, (int)e.Start.Line - 1);
            TextSpan at = source.GetLineSpan(line);
            string message = $"front matter is not valid YAML (line {line + 1}, column {e.Start.Column}): {e.Message}; its values were ignored";
            return (new FrontMatter(raw, blockSpan, values), new DocumentNotice(DocumentNoticeKind.InvalidFrontMatter, message, at));
        }
    }
}
