// Stand-in for the Core foundation's Severity until main's "Foundation:" commit lands; removed at that merge.
namespace EditorialLint.Core.Rules;

public enum Severity { Hint = 0, Info = 1, Warning = 2, Error = 3 }
