using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EditorialLint.Core.Documents;

/// <summary>
/// Limits for YAML written by someone else (front matter, rule files, configuration): nesting depth, node count and
/// aliases, checked event by event with YamlDotNet's non-recursive parser before anything builds a tree or follows
/// an alias. Deep nesting would otherwise recurse once per level in the node loader (a stack overflow ends the
/// process, it cannot be caught), and aliases are how "billion laughs" bombs multiply.
/// </summary>
internal sealed class YamlBudget
{
    /// <summary>Real front matter and rule files nest two to four levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Scalars, collections and aliases.</summary>
    public const int MaxEvents = 200_000;

    /// <summary>Real files use none or a few; an alias bomb uses dozens.</summary>
    public const int MaxAliases = 50;

    private int events, aliases;

    public int Depth { get; private set; }

    /// <summary>Counts one event; returns why the YAML is refused, or null while it is within the limits.</summary>
    public string? Spend(ParsingEvent current, int maxEvents = MaxEvents)
    {
        if (++events > maxEvents)
        {
            return $"has more than {maxEvents:N0} YAML nodes";
        }

        switch (current)
        {
            case MappingStart or SequenceStart when ++Depth > MaxDepth:
                return $"is nested more than {MaxDepth} levels deep";
            case MappingEnd or SequenceEnd:
                Depth--;
                break;
            case AnchorAlias when ++aliases > MaxAliases:
                return $"uses more than {MaxAliases} YAML aliases (an alias bomb such as \"billion laughs\"?)";
        }

        return null;
    }

    /// <summary>Reads the whole text as events; returns the refusal and where it happened, or null.</summary>
    public static (string Problem, Mark At)? Check(string yaml)
    {
        var budget = new YamlBudget();
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            if (budget.Spend(parser.Current!) is { } problem)
            {
                return (problem, parser.Current!.Start);
            }
        }

        return null;
    }
}
