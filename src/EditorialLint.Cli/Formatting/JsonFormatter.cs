using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>The documented, stable JSON contract (version 1); see the README's "JSON output" section.</summary>
public sealed class JsonFormatter : IOutputFormatter
{
    public string Name => "json";

    public string Description => "machine-readable results (stable, versioned contract)";

    public void Write(RunReport report, TextWriter output, OutputOptions options)
    {
        // Written file by file through a small buffer: a run with many alerts must not hold its whole report
        // as bytes and again as a string.
        using var stream = new MemoryStream();
        var decoder = new System.Text.UTF8Encoding(false).GetDecoder();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("files");
            foreach (FileReport file in report.Files)
            {
                WriteFile(json, file);
                json.Flush();
                Drain(stream, decoder, output, final: false);
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files.Count);
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("infos", report.Count(Severity.Info));
            json.WriteNumber("hints", report.Count(Severity.Hint));
            json.WriteNumber("skipped", report.Failed);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        Drain(stream, decoder, output, final: true);
        output.WriteLine();
    }

    /// <summary>Moves the bytes written so far to the output as text and empties the buffer.</summary>
    private static void Drain(MemoryStream stream, System.Text.Decoder decoder, TextWriter output, bool final)
    {
        var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        var chars = new char[decoder.GetCharCount(bytes, final)];
        decoder.GetChars(bytes, chars, final);
        output.Write(chars);
        stream.SetLength(0);
    }

    private static void WriteFile(Utf8JsonWriter json, FileReport file)
    {
        json.WriteStartObject();
        json.WriteString("path", file.DisplayPath);
        if (file.Result?.PublicationDate is { } published)
        {
            json.WriteString("publicationDate", published.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("publicationDateSource", published.Description);
        }
        else
        {
            json.WriteNull("publicationDate");
            json.WriteNull("publicationDateSource");
        }

        if (file.Error is not null)
        {
            json.WriteString("error", file.Error);
        }

        json.WriteStartArray("diagnostics");
        if (file.Result is { } result)
        {
            SourceText source = result.Document.Source;
            foreach (Diagnostic d in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.RuleId);
                json.WriteString("severity", d.Severity.ToName());
                WriteRange(json, OneBasedRange.From(source, d.Span));
                json.WriteString("message", d.Message);
                json.WriteStartArray("fixes");
                foreach (Fix fix in d.Fixes)
                {
                    json.WriteStartObject();
                    json.WriteString("title", fix.Title);
                    json.WriteBoolean("safe", fix.IsSafe);
                    json.WriteStartArray("edits");
                    foreach (TextEdit edit in fix.Edits)
                    {
                        json.WriteStartObject();
                        WriteRange(json, OneBasedRange.From(source, edit.Span));
                        json.WriteString("newText", edit.NewText);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, OneBasedRange range)
    {
        json.WriteNumber("line", range.Line);
        json.WriteNumber("column", range.Column);
        json.WriteNumber("endLine", range.EndLine);
        json.WriteNumber("endColumn", range.EndColumn);
    }
}
