namespace EditorialLint.Core.RuleFiles;

/// <summary>One selector of a Vale <c>scope</c>, e.g. <c>heading.h2</c> or the negated <c>~blockquote</c>.</summary>
public sealed record ScopeTerm(string Name, bool Negated, string? Format)
{
    /// <summary>The part before the first dot (<c>heading</c> for <c>heading.h2</c>).</summary>
    public string Base => Name.Split('.')[0];

    public override string ToString() => (Negated ? "~" : string.Empty) + Name + (Format is null ? string.Empty : "." + Format);
}

/// <summary>Selectors joined by <c>&amp;</c>: every positive term must hold and no negated one.</summary>
public sealed record ScopeClause(IReadOnlyList<ScopeTerm> Terms)
{
    public override string ToString() => string.Join(" & ", Terms);
}

/// <summary>
/// A parsed Vale <c>scope</c>: a list of clauses of which any may match (a YAML list of scopes), each clause a
/// conjunction such as <c>heading &amp; ~heading.h1</c>. The default is <c>text</c>.
/// </summary>
public sealed class ScopeSelector
{
    /// <summary>Scope names understood here; a name may carry a markup-format suffix such as <c>.md</c>.</summary>
    public static readonly IReadOnlySet<string> KnownNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "text", "raw", "summary", "heading", "heading.h1", "heading.h2", "heading.h3", "heading.h4", "heading.h5",
        "heading.h6", "paragraph", "sentence", "list", "blockquote", "table", "table.header", "table.cell",
        "table.caption", "link", "strong", "emphasis", "code", "alt", "title", "comment", "comment.line", "comment.block",
    };

    private static readonly IReadOnlySet<string> Formats = new HashSet<string>(StringComparer.Ordinal)
    {
        "md", "markdown", "txt", "html", "rst", "adoc", "org", "xml", "dita", "mdx",
    };

    public static readonly ScopeSelector Text = new([new ScopeClause([new ScopeTerm("text", false, null)])]);

    public ScopeSelector(IReadOnlyList<ScopeClause> clauses) => Clauses = clauses;

    public IReadOnlyList<ScopeClause> Clauses { get; }

    /// <summary>True when any clause asks for the raw file text.</summary>
    public bool IsRaw => Clauses.Any(c => c.Terms.Any(t => !t.Negated && t.Name == "raw"));

    /// <summary>
    /// Parses the scope strings of a rule; returns an error message (and a null selector) for an unknown name.
    /// </summary>
    public static ScopeSelector Parse(IReadOnlyList<string> scopes, out string? error)
    {
        error = null;
        if (scopes.Count == 0)
        {
            return Text;
        }

        var clauses = new List<ScopeClause>();
        foreach (var scope in scopes)
        {
            var terms = new List<ScopeTerm>();
            foreach (var part in scope.Split('&', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var negated = part.StartsWith('~');
                var name = (negated ? part[1..] : part).Trim();
                string? format = null;
                var dot = name.LastIndexOf('.');
                if (dot > 0 && Formats.Contains(name[(dot + 1)..]))
                {
                    format = name[(dot + 1)..];
                    name = name[..dot];
                }

                if (!KnownNames.Contains(name))
                {
                    error = $"unknown scope '{part}'";
                    return Text;
                }

                terms.Add(new ScopeTerm(name, negated, format));
            }

            if (terms.Count == 0)
            {
                error = $"empty scope '{scope}'";
                return Text;
            }

            if (terms.All(t => t.Negated))
            {
                terms.Insert(0, new ScopeTerm("text", false, null));
            }

            clauses.Add(new ScopeClause(terms));
        }

        return new ScopeSelector(clauses);
    }

    public override string ToString() => string.Join(", ", Clauses);
}
