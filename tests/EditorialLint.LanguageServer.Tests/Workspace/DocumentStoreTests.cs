using EditorialLint.Core.Tests.Properties;
using CsCheck;
using EditorialLint.Core.Text;
using EditorialLint.LanguageServer.Protocol;
using EditorialLint.LanguageServer.Workspace;
using Range = EditorialLint.LanguageServer.Protocol.Range;

namespace EditorialLint.LanguageServer.Tests.Workspace;

public class DocumentStoreTests
{
    private const string Uri = "file:///tmp/draft.md";

    private static TextDocumentContentChangeEvent Edit(int line, int character, int endLine, int endCharacter, string text) =>
        new(new Range(new Position(line, character), new Position(endLine, endCharacter)), text);

    [Fact]
    public void Applies_incremental_changes_in_order()
    {
        var store = new DocumentStore();
        store.Open(new TextDocumentItem(Uri, "markdown", 1, "Hello world\r\nsecond line\n"));
        var updated = store.Change(new VersionedTextDocumentIdentifier(Uri, 2),
            [Edit(0, 6, 0, 11, "there"), Edit(1, 0, 1, 6, "2nd"), Edit(2, 0, 2, 0, "third")],
            PositionEncoding.Utf16);
        Assert.NotNull(updated);
        Assert.Equal("Hello there\r\n2nd line\nthird", updated.Text);
        Assert.Equal(2, updated.Version);
    }

    [Theory]
    [InlineData(PositionEncoding.Utf16, 3)]
    [InlineData(PositionEncoding.Utf8, 5)]
    [InlineData(PositionEncoding.Utf32, 2)]
    public void Interprets_columns_in_the_negotiated_encoding(PositionEncoding encoding, int afterEmoji)
    {
        var store = new DocumentStore();
        store.Open(new TextDocumentItem(Uri, "markdown", 1, "a😀b"));
        var updated = store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [Edit(0, afterEmoji, 0, afterEmoji + 1, "B")], encoding);
        Assert.Equal("a😀B", updated!.Text);
    }

    [Fact]
    public void A_change_without_range_replaces_the_whole_text()
    {
        var store = new DocumentStore();
        store.Open(new TextDocumentItem(Uri, "plaintext", 1, "old"));
        var updated = store.Change(new VersionedTextDocumentIdentifier(Uri, 5), [new TextDocumentContentChangeEvent(null, "new text"), Edit(0, 0, 0, 3, "NEW")], PositionEncoding.Utf16);
        Assert.Equal("NEW text", updated!.Text);
    }

    [Fact]
    public void Changes_to_unopened_or_closed_documents_are_ignored()
    {
        var store = new DocumentStore();
        Assert.Null(store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [Edit(0, 0, 0, 0, "x")], PositionEncoding.Utf16));
        store.Open(new TextDocumentItem(Uri, "plaintext", 1, "text"));
        Assert.True(store.Close(Uri));
        Assert.False(store.TryGet(Uri, out _));
    }

    [Fact]
    public void Only_the_latest_snapshot_is_current()
    {
        var store = new DocumentStore();
        var first = store.Open(new TextDocumentItem(Uri, "plaintext", 1, "text"));
        var second = store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [Edit(0, 0, 0, 0, "x")], PositionEncoding.Utf16)!;
        Assert.False(store.IsCurrent(first));
        Assert.True(store.IsCurrent(second));
    }

    [Fact]
    public void Random_edits_match_a_reference_splice()
    {
        var gen = Gen.Select(Gen.String[Gen.Char["ab\n\r😀 "], 0, 30], Gen.Int[0, 40], Gen.Int[0, 10], Gen.String[Gen.Char["xy\n"], 0, 4]);
        PropertyRunner.Check("store.random-edits", gen, sample =>
        {
            var (text, rawStart, rawLength, insert) = sample;
            var store = new DocumentStore();
            var snapshot = store.Open(new TextDocumentItem(Uri, "plaintext", 1, text));
            var start = Math.Min(rawStart, text.Length);
            var end = Math.Min(text.Length, start + rawLength);
            var mapper = new PositionMapper(snapshot.Source, PositionEncoding.Utf16);
            var from = mapper.ToPosition(start);
            var to = mapper.ToPosition(end);
            // Positions clamp inside line breaks, so compute the expected text from the offsets they denote.
            var startOffset = mapper.ToOffset(from);
            var endOffset = Math.Max(startOffset, mapper.ToOffset(to));
            var expected = text[..startOffset] + insert + text[endOffset..];
            var updated = store.Change(new VersionedTextDocumentIdentifier(Uri, 2), [new TextDocumentContentChangeEvent(new Range(from, to), insert)], PositionEncoding.Utf16);
            Assert.Equal(expected, updated!.Text);
        }, baseSeed: 9_100_000, iterations: 1000, print: s => PropertyRunner.Literal(s.ToString()));
    }
}
