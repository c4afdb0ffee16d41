using System.Text.RegularExpressions;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Dates;

/// <summary>
/// Finds the publication date: an override, else front matter (date, published, publishDate, pubDate,
/// publication_date), else a dateline near the top ("Published On 4 Feb 2026", "Published: February 4, 2026",
/// "Updated 4 Feb 2026"); a published line wins over an updated one.
/// </summary>
public static partial class PublicationDateDetector
{
    private static readonly string[] FrontMatterKeys = ["date", "published", "publishDate", "pubDate", "publication_date", "published_at", "publishedAt"];

    /// <summary>How many lines from the top a dateline is looked for.</summary>
    private const int DatelineSearchLines = 25;

    public static PublicationDate? Detect(Document document, DateOnly? overrideDate, string overrideSource = "--published")
    {
        if (overrideDate is { } given)
        {
            return new PublicationDate(given, PublicationDateSource.Override, overrideSource, null);
        }

        if (document.FrontMatter is { } frontMatter)
        {
            foreach (string key in FrontMatterKeys)
            {
                if (frontMatter.TryGetValue(key, out string value, out TextSpan span) && SimpleDateParser.TryParse(value, out DateOnly date))
                {
                    return new PublicationDate(date, PublicationDateSource.FrontMatter, $"front matter `{key}`", span);
                }
            }
        }

        return FindDateline(document);
    }

    private static PublicationDate? FindDateline(Document document)
    {
        SourceText source = document.Source;
        PublicationDate? updated = null;
        int lines = Math.Min(source.LineCount, DatelineSearchLines);
        int firstLine = document.FrontMatter is { } fm ? source.GetLineIndex(fm.Span.End) : 0;
        for (int line = firstLine; line < Math.Min(source.LineCount, firstLine + lines); line++)
        {
            TextSpan lineSpan = source.GetLineSpan(line);
            if (lineSpan.Length == 0 || lineSpan.Length > 200)
            {
                continue;
            }

            Match match = DatelinePattern().Match(source.Text, lineSpan.Start, lineSpan.Length);
            if (!match.Success || !SimpleDateParser.TryParse(match.Groups["date"].Value, out DateOnly date))
            {
                continue;
            }

            Group dateGroup = match.Groups["date"];
            var span = new TextSpan(dateGroup.Index, dateGroup.Length);
            bool isUpdate = match.Groups["kind"].Value.Contains("pdate", StringComparison.OrdinalIgnoreCase);
            var found = new PublicationDate(date, PublicationDateSource.Dateline, $"dateline on line {line + 1}", span);
            if (!isUpdate)
            {
                return found;
            }

            updated ??= found;
        }

        return updated;
    }

    [GeneratedRegex(@"\G[\s*_#>]*(?<kind>Published|First published|Posted|Last updated|Updated)(?:\s+on)?\s*:?\s*(?<date>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelinePattern();
}
