using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;

namespace EditorialLint.Core.Rules.BuiltIn.Hygiene;

/// <summary>
/// Reports, once per file, what went wrong reading it: invalid UTF-8 replaced, front matter that is not YAML or was
/// refused (alias bombs, deep nesting, enormous blocks), Markdown nested too deeply to parse (checked as plain text).
/// </summary>
public sealed class EncodingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "Hygiene.Encoding",
        "File could not be read cleanly",
        Severity.Warning,
        "The file contains bytes that are not valid UTF-8 (they were read as U+FFFD, the replacement character), "
        + "or a front matter block that is not valid YAML or was refused as hostile (aliases, nesting deeper than 32 "
        + "levels, over 64 KiB; its values, such as the publication date, were ignored), or Markdown nested deeper than "
        + "the parser allows (the file was then checked as plain text). Re-save the file as UTF-8, or fix the YAML or Markdown.",
        "A draft pasted from a Windows-1252 document: \"caf\\xE9\" is read as \"caf\uFFFD\".");

    public void Analyze(AnalysisContext context)
    {
        foreach (DocumentNotice notice in context.Document.Notices)
        {
            context.Report(new Diagnostic(Descriptor, notice.Span, notice.Message));
        }
    }
}
