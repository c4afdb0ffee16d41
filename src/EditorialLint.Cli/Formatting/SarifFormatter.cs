using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EditorialLint.Cli.Running;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Cli.Formatting;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the tool and every rule that ran (title, explanation,
/// example, help link, default level), one result per finding with its region (1-based, UTF-16 columns) and its
/// fixes, and skipped files as tool notifications. Paths are relative to the working folder (the checkout root in CI).
/// </summary>
public sealed class SarifFormatter : IOutputFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public const string InformationUri = "https://github.com/editorial-lint/editorial-lint";

    /// <summary>Context regions longer than this are cut to a window around the finding.</summary>
    private const int MaxContextLength = 1000;

    private const int ContextWindow = 200;

    public string Name => "sarif";

    public string Description => "SARIF 2.1.0, for GitHub code scanning and SARIF viewers";

    public void Write(RunReport report, TextWriter output, OutputOptions options)
    {
        IReadOnlyList<RuleDescriptor> rules = report.RulesOrReported();
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var artifacts = report.Files.Where(f => f.Result is not null).ToList();

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules);
            WriteInvocation(json, report);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("artifacts");
            foreach (FileReport file in artifacts)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", ArtifactUri(file.DisplayPath));
                json.WriteEndObject();
                json.WriteString("sourceLanguage", file.Result!.Document.Format == DocumentFormat.Markdown ? "markdown" : "plaintext");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("results");
            for (int index = 0; index < artifacts.Count; index++)
            {
                FileReport file = artifacts[index];
                foreach (Diagnostic d in file.Diagnostics)
                {
                    WriteResult(json, file, index, d, ruleIndex.GetValueOrDefault(d.RuleId, -1));
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "EditorialLint");
        json.WriteString("fullName", "EditorialLint editorial checker");
        json.WriteString("version", ToolVersion);
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (RuleDescriptor rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Id.Replace(".", string.Empty, StringComparison.Ordinal));
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Explanation);
            json.WriteStartObject("help");
            json.WriteString("text", $"{Sentence(rule.Explanation)} Example: {rule.Example} See {rule.HelpUri}");
            json.WriteString("markdown", $"**{rule.Title}**\n\n{Sentence(rule.Explanation)}\n\nExample: {rule.Example}\n\n[Documentation]({rule.HelpUri})");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri.ToString());
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.EnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("editorial");
            json.WriteStringValue(rule.Family.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter json, RunReport report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteStartArray("toolExecutionNotifications");
        foreach (FileReport file in report.Files.Where(f => f.Error is not null))
        {
            json.WriteStartObject();
            json.WriteString("level", "error");
            WriteMessage(json, "message", $"{file.DisplayPath} was not linted: {file.Error}");
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(file.DisplayPath));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport file, int artifactIndex, Diagnostic d, int ruleIndex)
    {
        SourceText source = file.Result!.Document.Source;
        json.WriteStartObject();
        json.WriteString("ruleId", d.RuleId);
        if (ruleIndex >= 0)
        {
            json.WriteNumber("ruleIndex", ruleIndex);
        }

        json.WriteString("level", Level(d.Severity));
        WriteMessage(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, file, artifactIndex);
        WriteRegion(json, "region", source, d.Span, snippet: true);
        TextSpan context = ContextOf(source, d.Span);
        if (context != d.Span)
        {
            // SARIF requires a context region to be a proper superset of the region (SARIF1008): a finding that
            // covers its whole line has none.
            WriteRegion(json, "contextRegion", source, context, snippet: true);
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        if (d.Fixes.Length > 0)
        {
            json.WriteStartArray("fixes");
            foreach (Fix fix in d.Fixes)
            {
                json.WriteStartObject();
                WriteMessage(json, "description", fix.Title);
                json.WriteStartArray("artifactChanges");
                json.WriteStartObject();
                WriteArtifact(json, file, artifactIndex);
                json.WriteStartArray("replacements");
                foreach (TextEdit edit in fix.Edits)
                {
                    json.WriteStartObject();
                    WriteRegion(json, "deletedRegion", source, edit.Span, snippet: false);
                    json.WriteStartObject("insertedContent");
                    json.WriteString("text", edit.NewText);
                    json.WriteEndObject();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("properties");
                json.WriteBoolean("safe", fix.IsSafe);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter json, FileReport file, int index)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(file.DisplayPath));
        json.WriteNumber("index", index);
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, SourceText source, TextSpan span, bool snippet)
    {
        OneBasedRange range = OneBasedRange.From(source, span);
        json.WriteStartObject(name);
        json.WriteNumber("startLine", range.Line);
        json.WriteNumber("startColumn", range.Column);
        json.WriteNumber("endLine", range.EndLine);
        json.WriteNumber("endColumn", range.EndColumn);
        if (snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", source.Slice(span));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The lines around a finding, or on long lines (paragraphs written as one line) a window of
    /// <see cref="ContextWindow"/> characters either side, so that the log stays small.
    /// </summary>
    private static TextSpan ContextOf(SourceText source, TextSpan span)
    {
        TextSpan lines = TextSpan.FromBounds(
            source.GetLineSpan(source.GetLineIndex(span.Start)).Start,
            Math.Max(span.End, source.GetLineSpan(source.GetLineIndex(span.End)).End));
        if (lines.Length <= MaxContextLength)
        {
            return lines;
        }

        int start = Math.Max(lines.Start, span.Start - ContextWindow);
        int end = Math.Min(lines.End, span.End + ContextWindow);
        if (start > 0 && char.IsLowSurrogate(source[start]))
        {
            start--;
        }

        if (end < source.Length && char.IsLowSurrogate(source[end]))
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>SARIF wants messages that are sentences: a trailing period is added when missing.</summary>
    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", Sentence(text));
        json.WriteEndObject();
    }

    private static string Sentence(string text)
    {
        string trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }

    /// <summary>A relative path as a relative URI reference; an absolute one as a file URI.</summary>
    private static string ArtifactUri(string displayPath)
    {
        if (Path.IsPathRooted(displayPath))
        {
            return new Uri(displayPath).AbsoluteUri;
        }

        return string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string ToolVersion
    {
        get
        {
            string version = typeof(SarifFormatter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            int plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 ? version[..plus] : version;
        }
    }
}
