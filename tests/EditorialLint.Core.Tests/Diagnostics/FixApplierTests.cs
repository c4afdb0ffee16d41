using System.Collections.Immutable;
using EditorialLint.Core.Diagnostics;
using EditorialLint.Core.Rules;
using EditorialLint.Core.Text;

namespace EditorialLint.Core.Tests.Diagnostics;

public class FixApplierTests
{
    [Fact]
    public void Applies_non_overlapping_edits_in_any_order()
    {
        string result = FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(4, 1), "E"), new TextEdit(new TextSpan(0, 1), "AA"), new TextEdit(new TextSpan(2, 0), "+")]);
        Assert.Equal("AAb+cdEf", result);
    }

    [Fact]
    public void Refuses_overlapping_edits()
    {
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abcdef", [new TextEdit(new TextSpan(0, 3), "x"), new TextEdit(new TextSpan(2, 2), "y")]));
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abc", [new TextEdit(new TextSpan(1, 0), "x"), new TextEdit(new TextSpan(1, 0), "y")]));
        Assert.Throws<ArgumentException>(() => FixApplier.Apply("abc", [new TextEdit(new TextSpan(2, 5), "x")]));
    }
}
