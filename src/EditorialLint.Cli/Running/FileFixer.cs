using EditorialLint.Cli.Formatting;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;
using EditorialLint.Core.Fixing;

namespace EditorialLint.Cli.Running;

/// <summary>What <c>--fix</c> or <c>--fix-dry-run</c> did to one file.</summary>
/// <param name="Report">The file's report after fixing (its remaining diagnostics), or the original one when nothing was written.</param>
/// <param name="Applied">Fixes applied (or, in a dry run, that would be).</param>
/// <param name="Diff">The unified diff (dry run only; empty when nothing would change).</param>
/// <param name="Note">Why the file was left alone, or which fixes were not applied; null when there is nothing to say.</param>
public sealed record FileFixResult(FileReport Report, int Applied, string Diff, string? Note);

/// <summary>
/// The file side of <c>--fix</c>: the fixes themselves come from <see cref="SafeFixer"/> (Core). A file is rewritten
/// only when it is still exactly as it was read, is writable, and decodes without loss; the new content goes to a
/// temporary file in the same folder, gets the original's permissions and replaces it by a rename, so readers see
/// either the old file or the new one. Encoding, byte order mark and line endings are kept.
/// </summary>
/// <param name="linterFor">The linter a file was linted with (fixes are re-linted with it).</param>
/// <param name="reparse">How to build a file's document from fixed text; by default like the original (path and format).</param>
public sealed class FileFixer(Func<FileReport, Linter> linterFor, Func<FileReport, string, Document>? reparse = null)
{
    public FileFixer(Linter linter)
        : this(_ => linter)
    {
    }

    /// <summary>Called with the file's path just before the last "unchanged?" check and the rename (a test seam).</summary>
    internal Action<string>? BeforeReplace { get; init; }

    public FileFixResult Fix(FileReport file, bool dryRun, CancellationToken cancellationToken = default)
    {
        if (file.Result is not { } result)
        {
            return new FileFixResult(file, 0, string.Empty, null);
        }

        bool fromStdin = file.FromStandardInput;
        if (fromStdin && !dryRun)
        {
            return Skip(file, "standard input is not fixed in place; use --fix-dry-run for a diff");
        }

        DecodedText? decoded = null;
        byte[] original = [];
        string? targetPath = null;
        if (!fromStdin)
        {
            targetPath = ResolveLinks(file.FullPath);
            try
            {
                original = File.ReadAllBytes(targetPath);
                decoded = DocumentLoader.Decode(targetPath, original);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DocumentLoadException)
            {
                return Skip(file, $"cannot be read again ({e.Message}); not fixed");
            }

            if (!TextFileEncoding.SameText(decoded, result.Document))
            {
                return Skip(file, "changed since it was read; not fixed");
            }

            if (TextFileEncoding.WhyNotRewritable(decoded) is { } reason)
            {
                return Skip(file, $"not fixed: {reason}");
            }
        }

        Func<string, Document>? rebuild = reparse is null ? null : text => reparse(file, text);
        FixOutcome outcome = SafeFixer.FixAll(result, linterFor(file), rebuild, cancellationToken);
        string? overlapNote = outcome.Overlapping.Count == 0
            ? null
            : $"{outcome.Overlapping.Count} safe fix{(outcome.Overlapping.Count == 1 ? " was" : "es were")} not applied because {(outcome.Overlapping.Count == 1 ? "it overlaps" : "they overlap")} another fix (line {string.Join(", ", outcome.Overlapping.Select(d => result.Document.Source.GetLineIndex(d.Span.Start) + 1).Distinct())})";
        var fixedReport = file with { Result = outcome.After };
        if (!outcome.Changed)
        {
            return new FileFixResult(file, 0, string.Empty, overlapNote);
        }

        if (dryRun)
        {
            string diff = UnifiedDiff.Create(outcome.OriginalText, outcome.FixedText, $"a/{file.DisplayPath}", $"b/{file.DisplayPath}");
            return new FileFixResult(fixedReport, outcome.Applied, diff, overlapNote);
        }

        if (IsReadOnly(targetPath!))
        {
            return Skip(file, "is read-only; not fixed");
        }

        byte[] bytes = TextFileEncoding.Encode(outcome.FixedText, decoded!);
        try
        {
            if (!ReplaceIfUnchanged(targetPath!, original, bytes))
            {
                return Skip(file, "changed while it was being fixed; not fixed");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Skip(file, $"cannot be written ({e.Message}); not fixed");
        }

        return new FileFixResult(fixedReport, outcome.Applied, string.Empty, overlapNote);
    }

    private static FileFixResult Skip(FileReport file, string note) => new(file, 0, string.Empty, note);

    /// <summary>A symbolic link is fixed by rewriting the file it points to, keeping the link.</summary>
    private static string ResolveLinks(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    private static bool IsReadOnly(string path)
    {
        if (File.GetAttributes(path).HasFlag(FileAttributes.ReadOnly))
        {
            return true;
        }

        // Root may write anything; a file nobody may write is read-only all the same.
        return !OperatingSystem.IsWindows()
            && (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
    }

    /// <summary>Writes a temporary file beside <paramref name="path"/> and renames it over the original, unless the original no longer holds <paramref name="expected"/>.</summary>
    private bool ReplaceIfUnchanged(string path, byte[] expected, byte[] content)
    {
        string folder = Path.GetDirectoryName(path)!;
        string temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.editorial-lint.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            BeforeReplace?.Invoke(path);
            if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(expected))
            {
                return false;
            }

            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
