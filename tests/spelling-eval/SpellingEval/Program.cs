using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Spelling;

// SpellingEval: figures for the Spelling family (see docs/spelling.md).
//   SpellingEval stats                          dictionary load and index build: time and memory
//   SpellingEval lint DIR OUT.jsonl              Spelling diagnostics of every *.md in DIR, one JSON line each
//   SpellingEval corpus DIR [REVIEWED.tsv MAX]  alerts per 1,000 words on an unmodified corpus, top flagged words;
//                                               with the hand-reviewed list (corpus-reviewed.tsv), false alarms
//                                               per 1,000 words; exits 1 when they exceed MAX
return args.FirstOrDefault() switch
{
    "stats" => Stats(),
    "lint" when args.Length == 3 => LintFolder(args[1], args[2]),
    "corpus" when args.Length == 2 => Corpus(args[1], null, double.MaxValue),
    "corpus" when args.Length == 4 => Corpus(args[1], args[2], double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: SpellingEval stats | lint DIR OUT.jsonl | corpus DIR [REVIEWED.tsv MAX_FALSE_ALARMS_PER_1K]");
    return 2;
}

static Linter SpellingLinter() =>
    new(BuiltInRules.All.Where(r => r.Descriptor.Family == "Spelling"), new LintOptions { MinSeverity = Severity.Hint });

static IEnumerable<string> Articles(string dir) =>
    Directory.EnumerateFiles(dir, "*.md").Where(f => !Path.GetFileName(f).Equals("SOURCE.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);

static int Stats()
{
    var process = Process.GetCurrentProcess();
    var before = GC.GetTotalMemory(forceFullCollection: true);
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var dictionary = EnglishDictionary.Shared;
    var loaded = clock.Elapsed;
    process.Refresh();
    var loadCpu = process.TotalProcessorTime - cpu;
    var afterLoad = GC.GetTotalMemory(forceFullCollection: true);
    cpu = process.TotalProcessorTime;
    clock.Restart();
    var index = dictionary.Suggestions;
    var built = clock.Elapsed;
    process.Refresh();
    var buildCpu = process.TotalProcessorTime - cpu;
    var afterIndex = GC.GetTotalMemory(forceFullCollection: true);
    clock.Restart();
    var variants = dictionary.Variants;
    var variantsLoaded = clock.Elapsed;
    string[] typos = ["goverment", "technolgy", "recieve", "seperate", "comodity", "presient", "bilion", "reponse", "markwt", "particulary"];
    clock.Restart();
    var queries = 0;
    for (var round = 0; round < 100; round++)
    {
        foreach (var typo in typos)
        {
            index.Suggest(typo, 3);
            queries++;
        }
    }

    var perQuery = clock.Elapsed.TotalMicroseconds / queries;
    Console.WriteLine($"dictionary: {dictionary.Count:N0} entries, loaded in {loaded.TotalMilliseconds:F0} ms ({loadCpu.TotalMilliseconds:F0} ms CPU), {(afterLoad - before) / 1048576.0:F1} MB managed");
    Console.WriteLine($"suggestion index: {index.WordCount:N0} words, {index.KeyCount:N0} keys, built in {built.TotalMilliseconds:F0} ms ({buildCpu.TotalMilliseconds:F0} ms CPU), {(afterIndex - afterLoad) / 1048576.0:F1} MB managed");
    Console.WriteLine($"variants: {variants.Pairs.Count:N0} US/GB pairs, loaded in {variantsLoaded.TotalMilliseconds:F0} ms");
    Console.WriteLine($"suggestions: {perQuery:F0} µs per misspelling (mean of {queries} queries)");
    Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
    return 0;
}

static int LintFolder(string dir, string output)
{
    var linter = SpellingLinter();
    using var writer = new StreamWriter(output);
    foreach (var path in Articles(dir))
    {
        var document = Document.Parse(path, File.ReadAllText(path));
        foreach (var d in linter.Lint(document).Diagnostics)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                file = Path.GetFileName(path),
                rule = d.RuleId,
                severity = d.Severity.ToName(),
                start = d.Span.Start,
                length = d.Span.Length,
                message = d.Message,
                fixes = d.Fixes.Select(f => f.Edits[0].NewText).ToArray(),
            }));
        }
    }

    return 0;
}

static int Corpus(string dir, string? reviewedPath, double maxFalseAlarmsPer1k)
{
    // file, start, length, rule -> "error" (a real slip in the text) or "false-alarm"
    var reviewed = new Dictionary<(string, int, int, string), string>();
    if (reviewedPath is not null)
    {
        foreach (var line in File.ReadLines(reviewedPath).Where(l => !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal)))
        {
            var f = line.Split('\t');
            reviewed[(f[0], int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), f[3])] = f[5];
        }
    }

    var falseAlarms = new List<string>();
    var realErrors = 0;
    var linter = SpellingLinter();
    var words = new Dictionary<string, long>();
    var alerts = new Dictionary<(string Subset, string Rule, Severity Severity), int>();
    var flagged = new Dictionary<(string Rule, string Text), int>();
    var clock = Stopwatch.StartNew();
    foreach (var path in Articles(dir))
    {
        var subset = Regex.Match(Path.GetFileName(path), "^[a-z]+").Value;
        var text = File.ReadAllText(path);
        var document = Document.Parse(path, text);
        var body = document.FrontMatter is { } fm ? text[fm.Span.End..] : text;
        words[subset] = words.GetValueOrDefault(subset) + Regex.Count(body, @"\S+");
        foreach (var d in linter.Lint(document).Diagnostics)
        {
            var key = (subset, d.RuleId, d.Severity);
            alerts[key] = alerts.GetValueOrDefault(key) + 1;
            if (d.Severity >= Severity.Warning)
            {
                var verdict = reviewed.GetValueOrDefault((Path.GetFileName(path), d.Span.Start, d.Span.Length, d.RuleId), "unreviewed");
                if (verdict == "error")
                {
                    realErrors++;
                }
                else
                {
                    falseAlarms.Add($"{d.RuleId} '{text.Substring(d.Span.Start, d.Span.Length)}' ({verdict}, {Path.GetFileName(path)})");
                }

                var flaggedKey = (d.RuleId, text.Substring(d.Span.Start, d.Span.Length) + (d.Fixes.Length > 0 ? " -> " + d.Fixes[0].Edits[0].NewText : ""));
                flagged[flaggedKey] = flagged.GetValueOrDefault(flaggedKey) + 1;
            }
        }
    }

    var totalWords = words.Values.Sum();
    Console.WriteLine($"corpus: {Articles(dir).Count():N0} articles, {totalWords:N0} body words, linted in {clock.Elapsed.TotalSeconds:F1} s");
    foreach (var group in alerts.GroupBy(a => (a.Key.Rule, a.Key.Severity)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal).ThenByDescending(g => g.Key.Severity))
    {
        var n = group.Sum(a => a.Value);
        Console.WriteLine($"  {group.Key.Rule,-22} {group.Key.Severity.ToName(),-8} {n,6}  {n * 1000.0 / totalWords,6:F3}/1k   "
            + string.Join(", ", group.OrderBy(a => a.Key.Subset, StringComparer.Ordinal).Select(a => $"{a.Key.Subset} {a.Value * 1000.0 / words[a.Key.Subset]:F3}/1k")));
    }

    var warnings = alerts.Where(a => a.Key.Severity >= Severity.Warning).Sum(a => a.Value);
    var per1k = warnings * 1000.0 / totalWords;
    Console.WriteLine($"warning-or-above: {warnings} alerts = {per1k:F3} per 1,000 words "
        + string.Join(", ", words.Keys.Order(StringComparer.Ordinal).Select(s => $"{s} {alerts.Where(a => a.Key.Subset == s && a.Key.Severity >= Severity.Warning).Sum(a => a.Value) * 1000.0 / words[s]:F3}/1k")));
    Console.WriteLine("flagged at warning or above (most frequent first):");
    foreach (var (key, n) in flagged.OrderByDescending(f => f.Value).ThenBy(f => f.Key.Text, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {n,4}  {key.Rule,-22} {key.Text}");
    }

    if (reviewedPath is null)
    {
        return 0;
    }

    var falsePer1k = falseAlarms.Count * 1000.0 / totalWords;
    Console.WriteLine($"reviewed: {realErrors} real slips in the published text, {falseAlarms.Count} false alarms = {falsePer1k:F3} per 1,000 words (limit {maxFalseAlarmsPer1k})");
    foreach (var alarm in falseAlarms.GroupBy(a => a[..a.IndexOf(" (", StringComparison.Ordinal)]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  false alarm x{alarm.Count()}: {alarm.First()}");
    }

    return falsePer1k <= maxFalseAlarmsPer1k ? 0 : 1;
}
