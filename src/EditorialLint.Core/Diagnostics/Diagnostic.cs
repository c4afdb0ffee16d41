using System.Collections.Immutable;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Diagnostics;

/// <summary>One finding: which rule, exactly which source characters, what is wrong, and how to fix it.</summary>
public sealed record Diagnostic(RuleDescriptor Rule, TextSpan Span, string Message, Severity Severity, ImmutableArray<Fix> Fixes)
{
    public string RuleId => Rule.Id;

    public Diagnostic(RuleDescriptor rule, TextSpan span, string message, params Fix[] fixes)
        : this(rule, span, message, rule.DefaultSeverity, ImmutableArray.Create(fixes))
    {
    }
}
