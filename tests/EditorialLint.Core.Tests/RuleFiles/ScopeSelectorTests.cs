using EditorialLint.Core.RuleFiles;

namespace EditorialLint.Core.Tests.RuleFiles;

public class ScopeSelectorTests
{
    [Fact]
    public void Parses_lists_conjunctions_negations_and_format_suffixes()
    {
        var selector = ScopeSelector.Parse(["heading & ~heading.h1", "paragraph.rst", "~blockquote"], out var error);
        Assert.Null(error);
        Assert.Equal(3, selector.Clauses.Count);
        Assert.Equal(["heading", "~heading.h1"], selector.Clauses[0].Terms.Select(t => t.ToString()));
        Assert.Equal("rst", selector.Clauses[1].Terms[0].Format);
        Assert.Equal(["text", "~blockquote"], selector.Clauses[2].Terms.Select(t => t.ToString()));
    }

    [Fact]
    public void Default_is_text_and_raw_is_detected()
    {
        Assert.Same(ScopeSelector.Text, ScopeSelector.Parse([], out _));
        Assert.True(ScopeSelector.Parse(["raw"], out _).IsRaw);
        ScopeSelector.Parse(["heading.h9"], out var error);
        Assert.Equal("unknown scope 'heading.h9'", error);
    }
}
