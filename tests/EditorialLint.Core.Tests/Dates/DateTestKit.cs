using EditorialLint.Core.Dates;

namespace EditorialLint.Core.Tests.Dates;

/// <summary>Builds date models from small drafts (blank-line separated paragraphs) and recognises single phrases.</summary>
internal static class DateTestKit
{
    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    public static string[] Paragraphs(string draft) =>
        draft.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static DateModel Model(string draft, string? published = "2026-02-04") =>
        DateModel.Build(Paragraphs(draft), published is null ? null : Day(published), "--published");

    public static TemporalExpression Single(string text)
    {
        var found = TemporalRecognizer.Recognize(text);
        Assert.True(found.Count == 1, $"expected one expression in \"{text}\", found {found.Count}: {string.Join(" | ", found.Select(f => text.Substring(f.Start, f.Length)))}");
        return found[0];
    }

    public static string[] Texts(string text) =>
        [.. TemporalRecognizer.Recognize(text).Select(f => text.Substring(f.Start, f.Length))];
}
