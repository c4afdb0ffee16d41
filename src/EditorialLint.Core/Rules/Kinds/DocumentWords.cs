using EditorialLint.Core.Analysis;

namespace EditorialLint.Core.Rules.Kinds;

/// <summary>
/// The words of one document for <see cref="TokenPrefilter"/>: all of them (the raw source and every block's
/// prose, collected once and shared by every rule) and, on demand, those of single scope units.
/// </summary>
public sealed class DocumentWords : IDocumentAnalysis<DocumentWords>
{
    private readonly AnalysisContext _context;
    private readonly Dictionary<(int Owner, int Start, int Length), (string Text, WordSet Words)> _units = new();

    private DocumentWords(AnalysisContext context, WordSet all)
    {
        _context = context;
        All = all;
    }

    /// <summary>Every word of the raw source and of every block's prose.</summary>
    public WordSet All { get; }

    public static DocumentWords Create(AnalysisContext context)
    {
        var raw = context.Document.Source.Text;
        var all = WordSet.Collect(raw, 0, raw.Length);
        var words = all.Words;
        var opaque = all.Opaque;
        foreach (var block in context.Document.Blocks)
        {
            var set = WordSet.Collect(block.Text, 0, block.Text.Length);
            words.UnionWith(set.Words);
            opaque |= set.Opaque;
        }

        return new DocumentWords(context, new WordSet(words, opaque));
    }

    /// <summary>
    /// True when every word of the unit is a word of <see cref="All"/>: the unit is the raw source or a block's
    /// prose (or part of it) and does not cut a word at either end.
    /// </summary>
    public bool CoversUnit(ScopeUnit unit)
    {
        var owner = unit.Owner == ScopeUnit.RawOwner ? _context.Document.Source.Text
            : unit.Owner >= 0 && unit.Owner < _context.Document.Blocks.Length ? _context.Document.Blocks[unit.Owner].Text
            : null;
        if (!ReferenceEquals(owner, unit.Text))
        {
            return false;
        }

        var text = unit.Text;
        return (unit.Start == 0 || !IsWordCharAt(text, unit.Start - 1)) && (unit.End >= text.Length || !IsWordCharAt(text, unit.End));
    }

    /// <summary>The words of one unit (collected on first use).</summary>
    public WordSet Of(ScopeUnit unit)
    {
        var key = (unit.Owner, unit.Start, unit.Length);
        if (_units.TryGetValue(key, out var cached) && ReferenceEquals(cached.Text, unit.Text))
        {
            return cached.Words;
        }

        var set = WordSet.Collect(unit.Text, unit.Start, unit.End);
        _units[key] = (unit.Text, set);
        return set;
    }

    // Any character that is not plain ASCII punctuation or space might join a word: treat it as one (safe side).
    private static bool IsWordCharAt(string text, int index)
    {
        var c = text[index];
        return c > '\u007F' || char.IsAsciiLetterOrDigit(c) || c == '_';
    }
}
