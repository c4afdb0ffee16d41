using System.Collections.Immutable;
using System.Reflection;

namespace EditorialLint.Core.Rules;

/// <summary>
/// The rules written in C#: every non-abstract <see cref="IRule"/> in the <c>EditorialLint.Core.Rules.BuiltIn</c>
/// namespace with a public parameterless constructor. Adding a rule file registers the rule.
/// </summary>
public static class BuiltInRules
{
    private static readonly Lazy<ImmutableArray<IRule>> Rules = new(Discover);

    public static ImmutableArray<IRule> All => Rules.Value;

    public static IRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Descriptor.Id, id, StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<IRule> Discover()
    {
        const string Namespace = "EditorialLint.Core.Rules.BuiltIn";
        var rules = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t)
                && t.Namespace is { } ns && (ns == Namespace || ns.StartsWith(Namespace + ".", StringComparison.Ordinal))
                && t.GetConstructor(BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes) is not null)
            .Select(t => (IRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToImmutableArray();

        var duplicate = rules.GroupBy(r => r.Descriptor.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two built-in rules share the id {duplicate.Key}");
        }

        return rules;
    }
}
