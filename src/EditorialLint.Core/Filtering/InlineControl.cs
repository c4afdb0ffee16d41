using System.Collections.Immutable;
using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Filtering;

/// <summary>
/// Inline control comments in Markdown: <c>&lt;!-- editorial-lint off --&gt;</c> / <c>on</c>,
/// <c>disable Rule.Id[, ...]</c> / <c>enable Rule.Id</c>, <c>disable-next-line [Rule.Id ...]</c>, and Vale's
/// <c>&lt;!-- vale off --&gt;</c> / <c>on</c>, <c>&lt;!-- vale Style.Rule = NO|YES --&gt;</c> and
/// <c>&lt;!-- vale Style = NO|YES --&gt;</c>. A diagnostic is dropped when its start lies in a region where its
/// rule is off. A malformed <c>editorial-lint</c> comment is reported rather than ignored.
/// </summary>
public static class InlineControl
{
    public static readonly RuleDescriptor MalformedComment = new(
        "EditorialLint.InlineControl",
        "Malformed editorial-lint control comment",
        Severity.Warning,
        "An HTML comment that starts with 'editorial-lint' controls checking: 'off', 'on', 'disable Rule.Id', 'enable Rule.Id' or 'disable-next-line [Rule.Id]'. Anything else has no effect, so it is reported.",
        "<!-- editorial-lint disable Dates.PublicationConflict --> turns that rule off until <!-- editorial-lint enable Dates.PublicationConflict -->");

    private static readonly Regex ValeSetting = new(@"^(?<target>[\w-]+(?:\.[\w-]+)?)\s*=\s*(?<value>YES|NO)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private enum Action { AllOff, AllOn, Disable, Enable, NextLine }

    private sealed record Directive(int Offset, Action Action, IReadOnlyList<string> Targets, TextSpan Span);

    /// <summary>Filters <paramref name="diagnostics"/> by the document's control comments (and adds malformed-comment reports).</summary>
    public static IEnumerable<Diagnostic> Apply(Document document, IEnumerable<Diagnostic> diagnostics)
    {
        if (document.Comments.IsDefaultOrEmpty)
        {
            return diagnostics;
        }

        var directives = new List<Directive>();
        var problems = new List<Diagnostic>();
        foreach (var comment in document.Comments)
        {
            var directive = Parse(comment, out var problem);
            if (directive is not null)
            {
                directives.Add(directive);
            }
            else if (problem is not null)
            {
                problems.Add(new Diagnostic(MalformedComment, comment.Span, problem, MalformedComment.DefaultSeverity, ImmutableArray<Fix>.Empty));
            }
        }

        if (directives.Count == 0)
        {
            return diagnostics.Concat(problems);
        }

        directives.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return diagnostics.Where(d => !IsSuppressed(document, directives, d)).Concat(problems);
    }

    private static bool IsSuppressed(Document document, List<Directive> directives, Diagnostic diagnostic)
    {
        var at = diagnostic.Span.Start;
        var allOff = false;
        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var line = document.Source.GetLineIndex(at);
        foreach (var directive in directives)
        {
            if (directive.Action == Action.NextLine)
            {
                var commentLine = document.Source.GetLineIndex(directive.Span.End);
                if (commentLine + 1 == line && (directive.Targets.Count == 0 || directive.Targets.Any(t => Matches(t, diagnostic.RuleId))))
                {
                    return true;
                }

                continue;
            }

            if (directive.Offset > at)
            {
                break;
            }

            switch (directive.Action)
            {
                case Action.AllOff:
                    allOff = true;
                    break;
                case Action.AllOn:
                    allOff = false;
                    break;
                case Action.Disable:
                    disabled.UnionWith(directive.Targets);
                    break;
                case Action.Enable:
                    disabled.ExceptWith(directive.Targets);
                    break;
            }
        }

        return allOff || disabled.Any(t => Matches(t, diagnostic.RuleId));
    }

    /// <summary>A target is a rule id, or a style/family name that covers all its rules.</summary>
    private static bool Matches(string target, string ruleId) =>
        string.Equals(target, ruleId, StringComparison.OrdinalIgnoreCase)
        || (!target.Contains('.') && ruleId.StartsWith(target + ".", StringComparison.OrdinalIgnoreCase));

    private static Directive? Parse(MarkupComment comment, out string? problem)
    {
        problem = null;
        var content = comment.Content.Trim();
        var words = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        if (words[0] == "vale")
        {
            var rest = content[4..].Trim();
            if (rest == "off")
            {
                return new Directive(comment.Span.Start, Action.AllOff, [], comment.Span);
            }

            if (rest == "on")
            {
                return new Directive(comment.Span.Start, Action.AllOn, [], comment.Span);
            }

            var setting = ValeSetting.Match(rest);
            if (setting.Success)
            {
                var off = setting.Groups["value"].Value.Equals("NO", StringComparison.OrdinalIgnoreCase);
                return new Directive(comment.Span.Start, off ? Action.Disable : Action.Enable, [setting.Groups["target"].Value], comment.Span);
            }

            return null;
        }

        if (words[0] != "editorial-lint")
        {
            return null;
        }

        var targets = words.Skip(2).SelectMany(w => w.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var action = words.Length > 1 ? words[1] : string.Empty;
        switch (action)
        {
            case "off" when targets.Count == 0:
                return new Directive(comment.Span.Start, Action.AllOff, [], comment.Span);
            case "on" when targets.Count == 0:
                return new Directive(comment.Span.Start, Action.AllOn, [], comment.Span);
            case "disable" when targets.Count > 0:
                return new Directive(comment.Span.Start, Action.Disable, targets, comment.Span);
            case "enable" when targets.Count > 0:
                return new Directive(comment.Span.Start, Action.Enable, targets, comment.Span);
            case "disable-next-line":
                return new Directive(comment.Span.Start, Action.NextLine, targets, comment.Span);
            default:
                problem = $"'<!-- {content} -->' is not a control comment; write 'editorial-lint off', 'on', 'disable Rule.Id', 'enable Rule.Id' or 'disable-next-line [Rule.Id]'";
                return null;
        }
    }
}
