using EditorialLint.Core.Analysis;
using EditorialLint.Core.Documents;
using EditorialLint.Core.Engine;

namespace EditorialLint.LanguageServer.Workspace;

/// <summary>
/// Compiles the editor's incremental paths before the first keystroke. The server runs without tiered compilation,
/// so each method is compiled when it is first called, and the first lint of a document does not call the paths
/// of a cached lint (findings reused and moved, one block re-run, per-block parts reused): those compilations made
/// the slowest of the first edits (5-13 ms of thread CPU each in the first 25 edits of a 10,000-word draft). After
/// the first lint of the session, a pool thread returns the memory the dictionary's loading freed
/// (<see cref="MemoryTrimmer.Compact"/>), lints a copy of that document and then the copy with one character added at
/// the start through a throwaway cache, and compacts again.
/// </summary>
internal static class WarmUp
{
    private static int started;

    public static void AfterFirstLint(Linter linter, Document document)
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            return;
        }

        string path = document.Path, text = document.Source.Text;
        DocumentFormat format = document.Format;
        ThreadPool.UnsafeQueueUserWorkItem(_ =>
        {
            MemoryTrimmer.Compact();
            try
            {
                var cache = new AnalysisCache();
                linter.Lint(Document.Parse(path, text, format), cache);
                linter.Lint(Document.Parse(path, "x" + text, format), cache);
            }
            catch (Exception)
            {
                // Only a warm-up: the real lints of the document report any problem, and a pool thread must not throw.
            }

            MemoryTrimmer.Compact();
        }, null);
    }
}
