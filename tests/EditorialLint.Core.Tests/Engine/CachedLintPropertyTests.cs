using System.Text.RegularExpressions;
using CsCheck;
using EditorialLint.Core.Analysis;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Tests.Properties;
using Xunit.Abstractions;

namespace EditorialLint.Core.Tests.Engine;

/// <summary>
/// The editor's invariant: linting successive versions of a document through one <see cref="AnalysisCache"/> gives,
/// for every version, exactly what a fresh lint of that version gives (spans, messages, severities, fixes). Random
/// edit sequences (typing, deleting, splitting, merging, moving and duplicating paragraphs, changing the publication
/// date, respelling a name in one place) are applied to real drafts, with a fixed seed.
/// </summary>
public class CachedLintPropertyTests(ITestOutputHelper output)
{
    private static readonly Linter AllRules = new(BuiltInRules.All, new LintOptions
    {
        MinSeverity = Severity.Hint,
        EnabledRules = BuiltInRules.All.Select(r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase),
    });

    private static readonly Lazy<(string Path, string Text)[]> Drafts = new(LoadDrafts);

    /// <summary>Phrases that change what the rules that read other blocks or document-wide facts see.</summary>
    private static readonly string[] Phrases =
    [
        " on condition of anonymity because the talks are confidential", " An official said the talks failed.", " goverment ",
        " towardsa ", " young people ", " youngpeople ", " Araghchi ", " Mr Araghchy said ", " \u201CWe will not negotiate.\u201D ",
        " \"We will not negotiate.\" ", " on June 30 ", " 30 June 2026 ", " yesterday, Tuesday, ", " colour ", " color ", " TK ",
    ];

    private static readonly Gen<Edit> OneEdit = Gen.Select(
        Gen.Frequency<int>((4, Gen.Int[0, 0]), (2, Gen.Int[1, 1]), (1, Gen.Int[2, 5]), (1, Gen.Int[6, 6]), (3, Gen.Int[7, 7])),
        Gen.Int[0, 1_000_000],
        Gen.Int[0, 1_000_000],
        Gen.Frequency<string>((3, DocumentGenerators.Piece), (2, Gen.OneOf(Phrases))),
        (kind, a, b, piece) => new Edit(kind, a, b, piece));

    private static readonly Gen<(int Draft, Edit[] Edits)> Sequences = Gen.Select(Gen.Int[0, 1_000], OneEdit.Array[1, 10], (draft, edits) => (draft, edits));

    [Fact]
    public void Every_version_of_an_edited_draft_lints_the_same_cached_as_fresh()
    {
        var drafts = Drafts.Value;
        output.WriteLine(PropertyRunner.Check("cached lint equals fresh lint", Sequences, sequence =>
        {
            var (path, text) = drafts[sequence.Draft % drafts.Length];
            var cache = new AnalysisCache();
            AssertSame(path, text, cache, "the draft as it is");
            foreach (Edit edit in sequence.Edits)
            {
                text = edit.Apply(text);
                AssertSame(path, text, cache, $"after {edit}");
            }
        }, 11_000, 60, s => $"draft {s.Draft % drafts.Length}, edits: {string.Join("; ", s.Edits.Select(e => e.ToString()))}"));
    }

    internal static void AssertSame(string path, string text, AnalysisCache cache, string when)
    {
        var cached = Describe(AllRules.Lint(Document.Parse(path, text), cache).Diagnostics);
        var fresh = Describe(AllRules.Lint(Document.Parse(path, text)).Diagnostics);
        if (!cached.SequenceEqual(fresh))
        {
            var missing = fresh.Except(cached).Take(5);
            var extra = cached.Except(fresh).Take(5);
            throw new Xunit.Sdk.XunitException($"{when}: cached lint differs from a fresh one.\nonly fresh: {string.Join("\n  ", missing)}\nonly cached: {string.Join("\n  ", extra)}");
        }
    }

    /// <summary>Everything a client sees of a diagnostic, fixes included.</summary>
    internal static List<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.RuleId} {d.Span} {d.Severity} {d.Message} | "
            + string.Join(" | ", d.Fixes.Select(f => $"{f.Title} {f.IsSafe} " + string.Join(",", f.Edits.Select(e => $"{e.Span}->{e.NewText}"))))).ToList();

    private static (string, string)[] LoadDrafts()
    {
        string seed = File.ReadAllText(RuleAssert.SeedPath);
        var drafts = new List<(string, string)>
        {
            ("seed.txt", seed),
            ("seed.md", "---\ntitle: Talks\ndate: 2026-02-04\n---\n\n" + seed.Replace("Published On 4 Feb 2026\n", string.Empty, StringComparison.Ordinal)),
        };
        if (SharedData.Folder("corpus") is { } corpus)
        {
            var files = Directory.GetFiles(corpus, "*.md").Where(f => !f.EndsWith("SOURCE.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            foreach (int start in new[] { 3, 700, 1_510 })
            {
                // Three consecutive articles as one draft: the first one's front matter dates the rest.
                string joined = string.Join("\n\n", files.Skip(start % files.Length).Take(3).Select(File.ReadAllText));
                drafts.Add(($"draft{start}.md", joined));
            }
        }

        return drafts.ToArray();
    }

    /// <summary>One edit; positions are taken modulo the text's length so that every edit applies to any text.</summary>
    internal sealed record Edit(int Kind, int A, int B, string Piece)
    {
        private static readonly Regex Name = new(@"\b[A-Z][a-z]{3,}\b", RegexOptions.CultureInvariant);
        private static readonly Regex FrontMatterDate = new(@"(?m)^date: .*$", RegexOptions.CultureInvariant);
        private static readonly Regex Published = new(@"Published On \d{1,2} \w+ \d{4}", RegexOptions.CultureInvariant);

        public string Apply(string text)
        {
            int at = text.Length == 0 ? 0 : A % (text.Length + 1);
            string[] paragraphs = text.Split("\n\n");
            switch (Kind)
            {
                case 0: // type
                    return text.Insert(at, Piece);
                case 1: // delete
                    return text.Remove(at, Math.Min(text.Length - at, 1 + (B % 12)));
                case 2: // split a paragraph
                    return text.Insert(at, "\n\n");
                case 3: // merge two paragraphs
                    if (paragraphs.Length < 2)
                    {
                        return text;
                    }

                    int join = B % (paragraphs.Length - 1);
                    return string.Join("\n\n", paragraphs[..join].Append(paragraphs[join] + " " + paragraphs[join + 1]).Concat(paragraphs[(join + 2)..]));
                case 4: // move a paragraph
                {
                    var list = paragraphs.ToList();
                    string moved = list[A % list.Count];
                    list.RemoveAt(A % list.Count);
                    list.Insert(B % (list.Count + 1), moved);
                    return string.Join("\n\n", list);
                }

                case 5: // duplicate a paragraph
                {
                    var list = paragraphs.ToList();
                    list.Insert(B % (list.Count + 1), list[A % list.Count]);
                    return string.Join("\n\n", list);
                }

                case 6: // change the publication date
                {
                    string date = $"2026-{1 + (B % 12):00}-{1 + (A % 28):00}";
                    if (FrontMatterDate.IsMatch(text))
                    {
                        return FrontMatterDate.Replace(text, "date: " + date, 1);
                    }

                    return Published.IsMatch(text)
                        ? Published.Replace(text, $"Published On {1 + (A % 28)} {(B % 2 == 0 ? "Feb" : "Mar")} 2026", 1)
                        : "---\ndate: " + date + "\n---\n\n" + text;
                }

                default: // respell a name in one place
                {
                    var names = Name.Matches(text);
                    if (names.Count == 0)
                    {
                        return text;
                    }

                    Match name = names[B % names.Count];
                    int letter = name.Index + 1 + (A % (name.Length - 1));
                    return text.Remove(letter, 1).Insert(letter, ((char)('a' + (A % 26))).ToString());
                }
            }
        }

        public override string ToString() =>
            Kind switch
            {
                0 => $"insert {PropertyRunner.Literal(Piece)} at {A}",
                1 => $"delete at {A} ({1 + (B % 12)})",
                2 => $"split at {A}",
                3 => $"merge {B}",
                4 => $"move {A} to {B}",
                5 => $"duplicate {A} to {B}",
                6 => $"date {A}/{B}",
                _ => $"respell name {B} at {A}",
            };
    }
}
