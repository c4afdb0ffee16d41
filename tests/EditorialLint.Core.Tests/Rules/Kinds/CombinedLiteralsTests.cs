using EditorialLint.Core.RuleFiles;
using EditorialLint.Core.Rules.Kinds;
using EditorialLint.Core.Spelling;

namespace EditorialLint.Core.Tests.Rules.Kinds;

public class CombinedLiteralsTests
{
    [Fact]
    public void Rules_share_one_automaton_and_keep_their_own_slots()
    {
        var literals = new CombinedLiterals();
        var first = literals.Register(PatternNeeds.OfTokens(["utilize"], nonword: false, ignoreCase: true)!);
        var second = literals.Register(PatternNeeds.OfTokens(["Ajax"], nonword: false, ignoreCase: false)!);
        var hits = literals.Automaton.Scan("We utilize ajax.");
        Assert.Equal(2, literals.Automaton.SlotCount);
        Assert.True(hits.MayMatch(first, 0, 16, ignoreCase: true));
        Assert.False(hits.MayMatch(second, 0, 16, ignoreCase: false));
        Assert.False(hits.MayMatch(first, 0, 9, ignoreCase: true)); // the unit ends before the word does
    }

    /// <summary>
    /// Every existence and substitution rule of the seven Vale packs, matched together as in a run: wherever the
    /// combined automaton rules a unit out for a rule, the rule's own regex finds nothing there, and where it keeps
    /// the unit, the rule's pattern restricted to the tokens found there finds what the whole pattern finds (and a
    /// consistency rule, whose pairs are its tokens, finds the same over all the units in a row). The units are corpus
    /// paragraphs, the rules' own test inputs, random cuts of both and copies with case flips, merged words and
    /// look-alike characters (fixed seed, so every run checks the same cases).
    /// </summary>
    [Fact]
    public void Finds_what_the_plain_regex_scan_finds_for_every_pack_rule()
    {
        var styles = SharedData.Folder("vale-styles");
        var corpus = SharedData.Folder("corpus");
        if (styles is null || corpus is null)
        {
            return;
        }

        var library = new StyleLibrary([styles], includeBuiltIns: false);
        var literals = new CombinedLiterals();
        var rules = new List<(CompiledRuleKind Kind, int Slot, bool IgnoreCase)>();
        var consistency = new List<(CompiledRuleKind Kind, int Slot, bool IgnoreCase)>();
        var texts = new List<string>();
        foreach (var definition in library.StyleNames.SelectMany(library.GetStyle))
        {
            if (definition.Kind is RuleKind.Existence or RuleKind.Substitution or RuleKind.Consistency)
            {
                var kind = CompiledRuleKind.Compile(definition, Vocabulary.Empty);
                if (kind.Needs is { } needs)
                {
                    (definition.Kind == RuleKind.Consistency ? consistency : rules).Add((kind, literals.Register(needs), needs.Any(n => n.IgnoreCase)));
                }

                texts.AddRange(definition.Tests.Select(t => t.Input));
            }
        }

        Assert.True(rules.Count > 60, $"only {rules.Count} pack rules have literal needs");
        foreach (var file in Directory.EnumerateFiles(corpus, "*.md").Order(StringComparer.Ordinal).Take(40))
        {
            // Paragraphs cut to 400 characters: sentence-scoped patterns such as "(?:[^,]+,){1,}\s\w+" backtrack a
            // lot over a whole long paragraph, and the check must not depend on the machine's speed.
            texts.AddRange(File.ReadAllText(file).Split("\n\n").Where(p => p.Trim().Length > 0).Select(p => p.Length > 400 ? p[..400] : p));
        }

        var random = new Random(20261125);
        var mutated = new List<string>();
        foreach (var text in texts)
        {
            var chars = text.ToCharArray();
            for (var k = 0; k < 1 + (chars.Length / 20); k++)
            {
                var i = random.Next(chars.Length);
                chars[i] = random.Next(6) switch
                {
                    0 => char.ToUpperInvariant(chars[i]),
                    1 => char.ToLowerInvariant(chars[i]),
                    2 => chars[i] == ' ' ? '_' : chars[i],
                    3 => chars[i] is 'k' or 'K' ? '\u212A' : chars[i] == 's' ? '\u017F' : chars[i],
                    4 => chars[i] == ' ' ? '-' : chars[i],
                    _ => chars[i] == ' ' ? '\u00A0' : chars[i],
                };
            }

            mutated.Add(new string(chars));
        }

        texts.AddRange(mutated);
        var automaton = literals.Automaton;
        var counts = new DocumentCounts(0, 0, 0, 0, []);
        var checkedUnits = 0;
        var anchoredUnits = 0;
        foreach (var text in texts)
        {
            var hits = automaton.Scan(text);
            var (a, b) = (random.Next(text.Length + 1), random.Next(text.Length + 1));
            ScopeUnit[] units = [new(0, text, 0, text.Length), new(0, text, Math.Min(a, b), Math.Abs(a - b))];
            foreach (var unit in units)
            {
                foreach (var (kind, slot, ignoreCase) in rules)
                {
                    var whole = new List<KindHit>();
                    kind.Run([unit], counts, whole);
                    var tokens = new List<int>();
                    if (!hits.Tokens(slot, unit.Start, unit.End, ignoreCase, tokens, out var all))
                    {
                        Assert.True(whole.Count == 0,
                            $"{kind.Definition.Id} matches '{unit.Value}' at '{(whole.Count > 0 ? text.Substring(whole[0].Start, whole[0].Length) : string.Empty)}' but was ruled out");
                        checkedUnits++;
                        continue;
                    }

                    // Restricted to the tokens whose literals occur in the unit, the rule finds the same.
                    var restricted = new List<KindHit>();
                    kind.Run([new TokenCandidates(unit, all ? null : [.. tokens.Distinct().Order()])], counts, restricted);
                    Assert.Equal(Shown(whole), Shown(restricted));
                    checkedUnits++;

                    // A rule whose matches all start with a need, tried only where its needs start, finds the same.
                    var starts = new List<int>();
                    if (kind.NeedsStartMatches && hits.Starts(slot, unit.Start, unit.End, ignoreCase, starts))
                    {
                        var anchored = new List<KindHit>();
                        kind.Run([new TokenCandidates(unit, null, [.. starts])], counts, anchored);
                        Assert.Equal(Shown(whole), Shown(anchored));
                        anchoredUnits++;
                    }
                }
            }
        }

        Assert.True(checkedUnits > 10_000);
        Assert.True(anchoredUnits > 1_000, $"only {anchoredUnits} units tried at the needs' starts");

        // Consistency rules carry state from unit to unit: all texts in a row as one document's units.
        Assert.NotEmpty(consistency);
        var inRow = texts.Select(t => new ScopeUnit(0, t, 0, t.Length)).ToList();
        foreach (var (kind, slot, ignoreCase) in consistency)
        {
            var whole = new List<KindHit>();
            kind.Run(inRow, counts, whole);
            var candidates = new List<TokenCandidates>();
            foreach (var unit in inRow)
            {
                var tokens = new List<int>();
                if (automaton.Scan(unit.Text).Tokens(slot, unit.Start, unit.End, ignoreCase, tokens, out var any))
                {
                    candidates.Add(new TokenCandidates(unit, any ? null : [.. tokens.Distinct().Order()]));
                }
            }

            var restricted = new List<KindHit>();
            kind.Run(candidates, counts, restricted);
            Assert.Equal(Shown(whole), Shown(restricted));
            Assert.NotEmpty(whole);
        }
    }

    private static List<string> Shown(List<KindHit> hits) =>
        hits.Select(h => $"{h.Start}+{h.Length} {h.Message} [{string.Join("|", h.Replacements)}]").ToList();
}
