namespace EditorialLint.Core.Tests.Dates;

public class ScratchTests
{
    [Fact]
    public void Corpus()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "../../../../../../../shared/corpus");
        var files = Directory.GetFiles(dir, "*.md").Where(f => !f.EndsWith("SOURCE.md")).OrderBy(f => f).ToList();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int alerts = 0, mentions = 0;
        foreach (var f in files)
        {
            var text = File.ReadAllText(f);
            var parts = text.Split("---\n", 3);
            var date = parts[1].Split('\n').FirstOrDefault(l => l.StartsWith("date: "))?[6..].Trim();
            var body = parts[2];
            mentions += DateTestKit.Model(body, date).Mentions.Length;
            foreach (var r in DateTestKit.Run(body, date))
            {
                if (r.Rule == "Dates.RelativeAmbiguity") continue;
                alerts++;
                var block = DateTestKit.Paragraphs(body)[r.Finding.BlockIndex];
                var ctxStart = Math.Max(0, r.Finding.Start - 100);
                var ctx = block.Substring(ctxStart, Math.Min(block.Length - ctxStart, r.Finding.Length + 160)).Replace('\n', ' ');
                Console.WriteLine($"{Path.GetFileName(f)} {date} {r.Rule} [{r.Flagged}] {r.Finding.Message}\n    ...{ctx}...");
            }
        }

        Console.WriteLine($"files {files.Count} mentions {mentions} alerts {alerts} in {sw.ElapsedMilliseconds} ms");
    }
}
