using System.Text;
using System.Xml;

namespace EditorialLint.Cli.Formatting;

/// <summary>Shared plumbing of the XML formats (checkstyle, junit): an indented UTF-8 document, and text made safe for XML.</summary>
internal static class XmlReport
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(TextWriter output, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = Utf8, Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (XmlWriter xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        output.WriteLine(Utf8.GetString(stream.ToArray()));
    }

    /// <summary>Characters XML 1.0 cannot hold (most control characters, lone surrogates) become U+FFFD.</summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            bool valid = pair || XmlConvert.IsXmlChar(c);
            if (!valid && cleaned is null)
            {
                cleaned = new StringBuilder(text, 0, i, text.Length);
            }

            cleaned?.Append(valid ? c : '\uFFFD');
            if (pair)
            {
                cleaned?.Append(text[++i]);
            }
        }

        return cleaned?.ToString() ?? text;
    }
}
