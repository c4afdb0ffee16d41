using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Filtering;

/// <summary>
/// Vale's <c>TokenIgnores</c> and <c>BlockIgnores</c> (<c>ignore-patterns</c> in .editoriallint.yaml): text of
/// the source matched by one of these patterns (math, shortcodes, template tags) is never reported on, so a
/// diagnostic that overlaps such a match is dropped.
/// </summary>
public static class IgnorePatterns
{
    public static IEnumerable<Diagnostic> Apply(Document document, IReadOnlyList<Regex> patterns, IEnumerable<Diagnostic> diagnostics)
    {
        if (patterns.Count == 0)
        {
            return diagnostics;
        }

        var ignored = new List<TextSpan>();
        foreach (var pattern in patterns)
        {
            try
            {
                for (var m = pattern.Match(document.Source.Text); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0)
                    {
                        ignored.Add(new TextSpan(m.Index, m.Length));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pattern too slow for this document ignores nothing here; it is not a reason to lose findings.
            }
        }

        return ignored.Count == 0
            ? diagnostics
            : diagnostics.Where(d => !ignored.Any(span => span.OverlapsWith(d.Span) || (d.Span.IsEmpty && span.Contains(d.Span.Start))));
    }
}
