namespace EditorialLint.Core.Dates;

/// <summary>
/// Finds temporal expressions in English prose with exact ranges: full and partial dates in every common style,
/// months, years, weekdays and relative expressions, plus their role (dateline, "Published On" line, financial
/// period). One pass over lightweight tokens with lookup tables; no regular expressions.
/// </summary>
public static class TemporalRecognizer
{
    public static IReadOnlyList<TemporalExpression> Recognize(string text) =>
        Recognize(text, DateTokenizer.Tokenize(text));

    internal static List<TemporalExpression> Recognize(string text, ReadOnlySpan<DateToken> tokens) =>
        new Scanner(text, tokens).Run();

    // Every expression needs an anchor: a run of exactly four digits (a year, or an ISO date's; other numbers count
    // only beside a month or a unit, which are anchors themselves), a month or weekday name (title case, so its
    // first three letters appear as written), or a word naming a day, a unit or a part of the day ("yesterday",
    // "weeks", "tonight").
    // The keyword tables compare ignoring case; the four letters whose case folding lands in ASCII (dotted and
    // dotless i, long s, the Kelvin sign) turn the test off.
    private static readonly System.Buffers.SearchValues<string> AnchorWords = System.Buffers.SearchValues.Create(
        ["day", "week", "month", "year", "night", "morning", "afternoon", "evening", "tomorrow"], StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<string> AnchorNames = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
        StringComparison.Ordinal);

    private static readonly System.Buffers.SearchValues<char> FoldsToAscii = System.Buffers.SearchValues.Create("\u0130\u0131\u017F\u212A");

    /// <summary>
    /// False only when <see cref="Recognize(string)"/> cannot find anything in the text (no digit, no month or
    /// weekday name, no day or unit word), so that most paragraphs without dates skip tokenising and scanning.
    /// </summary>
    internal static bool MayContainExpression(ReadOnlySpan<char> text) =>
        HasFourDigitRun(text) || text.IndexOfAny(AnchorNames) >= 0 || text.IndexOfAny(AnchorWords) >= 0
        || text.IndexOfAny(FoldsToAscii) >= 0;

    /// <summary>True when the text has a run of exactly four ASCII digits (a number token of the date tokenizer).</summary>
    private static bool HasFourDigitRun(ReadOnlySpan<char> text)
    {
        int at = 0;
        while (true)
        {
            int start = text[at..].IndexOfAnyInRange('0', '9');
            if (start < 0)
            {
                return false;
            }

            start += at;
            int end = text[start..].IndexOfAnyExceptInRange('0', '9');
            end = end < 0 ? text.Length : start + end;
            if (end - start == 4)
            {
                return true;
            }

            at = end;
        }
    }

    /// <summary>One pass over a block's tokens, which may live in the tokenizer's per-thread buffer (hence a ref struct).</summary>
    private ref struct Scanner
    {
        private readonly string text;

        private readonly ReadOnlySpan<DateToken> tokens;

        private readonly List<TemporalExpression> found = [];

        // Each token's keyword class, looked up once: 0 not yet looked up, else the keyword + 1. Function words
        // ("the", "in", "a") open a relative match on every occurrence and look at their neighbours' classes.
        private readonly byte[] keywords;

        public Scanner(string text, ReadOnlySpan<DateToken> tokens)
        {
            this.text = text;
            this.tokens = tokens;
            keywords = Text.ScratchArrays.Get(ref keywordScratch, tokens.Length, clear: true);
        }

        [ThreadStatic]
        private static byte[]? keywordScratch;

        // Token index just after the last recognised expression (expressions never overlap).
        private int consumed;

        public List<TemporalExpression> Run()
        {
            var i = 0;
            while (i < tokens.Length)
            {
                var next = Match(i);
                i = next > i ? next : i + 1;
            }

            return found;
        }

        private int Match(int i)
        {
            var t = tokens[i];
            if (t.Kind == DateTokenKind.Number)
            {
                return t.Length == 4 ? MatchIsoOrYear(i) : MatchDayMonth(i, null, -1);
            }

            if (t.Kind != DateTokenKind.Word)
            {
                return i;
            }

            var word = Span(i);
            if (DateLexicon.TryWeekday(word, out var weekday, out var abbreviated))
            {
                return MatchWeekday(i, weekday, abbreviated);
            }

            if (DateLexicon.TryMonth(word, out _, out _))
            {
                return MatchMonth(i, null, -1);
            }

            return DateLexicon.MayStartRelative(word) ? MatchRelative(i) : i;
        }

        // ---- dates ---------------------------------------------------------------------------------------------

        private int MatchIsoOrYear(int i)
        {
            if (IsPunct(i + 1, '-') && Adjacent(i + 1) && IsNumber(i + 2, 1, 2) && Adjacent(i + 2) &&
                IsPunct(i + 3, '-') && Adjacent(i + 3) && IsNumber(i + 4, 1, 2) && Adjacent(i + 4) &&
                !GluedBefore(i) && !(i + 5 < tokens.Length && Adjacent(i + 5) && tokens[i + 5].Kind != DateTokenKind.Punctuation))
            {
                var year = Value(i);
                var month = Value(i + 2);
                var day = Value(i + 4);
                if (year is >= 1000 and <= 2999 && month is >= 1 and <= 12 && day is >= 1 and <= 31)
                {
                    var start = tokens[i].Start;
                    var end = tokens[i + 4].End;
                    Add(i, i + 5, new TemporalExpression(start, end - start, TemporalKind.FullDate)
                    {
                        Year = year, Month = month, Day = day, DateRange = (start, end - start),
                        Style = new DateStyle(DateOrder.Iso, MonthForm.Numeric, HasYear: true),
                    });
                    return i + 5;
                }
            }

            return MatchYear(i);
        }

        private int MatchYear(int i)
        {
            if (!TryYear(i, out var year) || year is < 1900 or > 2100 || GluedBefore(i))
            {
                return i;
            }

            if (i > 0)
            {
                var prev = tokens[i - 1];
                if (prev.Kind == DateTokenKind.Punctuation && Adjacent(i) && text[prev.Start] is '$' or '£' or '€' or '#' or '-' or '/')
                {
                    return i;
                }

                if (prev.Kind == DateTokenKind.Word && IsNumberLabel(Span(i - 1)))
                {
                    return i;
                }
            }

            if (IsWord(i + 1) && (Eq(i + 1, "percent") || Eq(i + 1, "pct") || Eq(i + 1, "per")))
            {
                return i;
            }

            Add(i, i + 1, new TemporalExpression(tokens[i].Start, tokens[i].Length, TemporalKind.Year) { Year = year });
            return i + 1;
        }

        private int MatchWeekday(int i, DayOfWeek weekday, bool abbreviated)
        {
            var j = i + 1;
            if (IsPunct(j, ',') || (abbreviated && IsPunct(j, '.') && Adjacent(j)))
            {
                j++;
                if (IsPunct(j, ','))
                {
                    j++;
                }
            }

            var modifier = ModifierBefore(i);
            var startToken = modifier == RelativeModifier.None ? i : i - 1;
            var weekdayRange = (tokens[i].Start, tokens[i].Length);

            var info = (weekday, abbreviated, startToken, modifier, weekdayRange);
            var end = j < tokens.Length && tokens[j].Kind == DateTokenKind.Number ? MatchDayMonth(j, info, i) : MatchMonth(j, info, i);
            if (end > j)
            {
                return end;
            }

            if (abbreviated || IsWeekdayName(i))
            {
                return i + 1;
            }

            var possessive = IsApostrophe(i + 1) && Adjacent(i + 1) && IsWord(i + 2) && Adjacent(i + 2) && Eq(i + 2, "s");
            var s = tokens[startToken].Start;
            Add(startToken, i + 1, new TemporalExpression(s, tokens[i].End - s, TemporalKind.Weekday)
            {
                Weekday = weekday, Modifier = modifier, Possessive = possessive, WeekdayRange = weekdayRange,
            });
            return i + 1;
        }

        private int MatchDayMonth(int i, (DayOfWeek Day, bool Abbr, int StartToken, RelativeModifier Modifier, (int, int) Range)? weekday, int weekdayToken)
        {
            if (!TryDay(i, out var day, out var j, out var ordinal))
            {
                return i;
            }

            if (IsWord(j) && Eq(j, "of"))
            {
                j++;
            }

            if (!TryMonthWord(j, out var month, out var form, out var k))
            {
                return i;
            }

            var (year, comma, m) = YearAfter(k);
            var style = new DateStyle(DateOrder.DayMonth, form, year is not null, comma, ordinal, weekday is not null, weekday?.Abbr ?? false);
            return AddDate(weekday is null ? i : weekday.Value.StartToken, i, m, year, month, day, null, style, weekday, weekdayToken);
        }

        private int MatchMonth(int i, (DayOfWeek Day, bool Abbr, int StartToken, RelativeModifier Modifier, (int, int) Range)? weekday, int weekdayToken)
        {
            if (!TryMonthWord(i, out var month, out var form, out var j))
            {
                return i;
            }

            if (TryDay(j, out var day, out var k, out var ordinal) && !(IsWord(k) && Eq(k, "of")))
            {
                int? endDay = null;
                if (IsDash(k) && IsNumber(k + 1, 1, 2) && Value(k + 1) is var last && last > day && last <= 31 &&
                    !(k + 2 < tokens.Length && Adjacent(k + 2) && tokens[k + 2].Kind != DateTokenKind.Punctuation))
                {
                    endDay = last;
                    k += 2;
                }

                var (year, comma, after) = YearAfter(k);
                var style = new DateStyle(DateOrder.MonthDay, form, year is not null, comma, ordinal, weekday is not null, weekday?.Abbr ?? false);
                return AddDate(weekday is null ? i : weekday.Value.StartToken, i, after, year, month, day, endDay, style, weekday, weekdayToken);
            }

            if (weekday is not null)
            {
                return i;
            }

            var (part, qualifierToken) = PartBefore(i);
            var startToken = qualifierToken;
            var monthModifier = RelativeModifier.None;
            if (part == PeriodPart.Whole)
            {
                monthModifier = ModifierBefore(i);
                if (monthModifier != RelativeModifier.None)
                {
                    startToken = i - 1;
                }
            }

            var y = j;
            if (IsPunct(y, ',') && TryYear(y + 1, out var withYear))
            {
                y++;
            }
            else if (!TryYear(y, out withYear))
            {
                withYear = 0;
            }

            if (withYear != 0)
            {
                var s = tokens[startToken].Start;
                var e = tokens[y].End;
                Add(startToken, y + 1, new TemporalExpression(s, e - s, TemporalKind.MonthYear)
                {
                    Year = withYear, Month = month, Part = part,
                    DateRange = (tokens[i].Start, e - tokens[i].Start),
                    Style = new DateStyle(DateOrder.MonthOnly, form, HasYear: true, CommaBeforeYear: y != j),
                });
                return y + 1;
            }

            // A bare month needs a cue that it is a time ("in June", "mid-June", "last March"), and is a name
            // when a capitalised word follows ("June Carter", "April Sanders").
            var cue = part != PeriodPart.Whole || monthModifier != RelativeModifier.None || IsMonthPreposition(i - 1);
            if (!cue || (IsWord(j) && char.IsUpper(text[tokens[j].Start]) && !DateLexicon.TryMonth(Span(j), out _, out _)))
            {
                return i;
            }

            var start = tokens[startToken].Start;
            var end = tokens[j - 1].End;
            Add(startToken, j, new TemporalExpression(start, end - start, TemporalKind.Month)
            {
                Month = month, Part = part, Modifier = monthModifier,
                DateRange = (tokens[i].Start, end - tokens[i].Start),
            });
            return j;
        }

        /// <summary>An optional year after a day and month ("June 30, 2025", "30 June 2025"), and the token after it.</summary>
        private (int? Year, bool Comma, int Next) YearAfter(int k)
        {
            if (IsPunct(k, ',') && TryYear(k + 1, out var withComma))
            {
                return (withComma, true, k + 2);
            }

            return TryYear(k, out var year) ? (year, false, k + 1) : (null, false, k);
        }

        private int AddDate(int startToken, int dateToken, int endToken, int? year, int month, int day, int? endDay, DateStyle style,
            (DayOfWeek Day, bool Abbr, int StartToken, RelativeModifier Modifier, (int, int) Range)? weekday, int weekdayToken)
        {
            // "last October 28", "next January 1": the modifier picks the year.
            var modifier = weekday?.Modifier ?? RelativeModifier.None;
            if (weekday is null && year is null && ModifierBefore(dateToken) is var dateModifier && dateModifier != RelativeModifier.None)
            {
                modifier = dateModifier;
                startToken = dateToken - 1;
            }

            var start = tokens[startToken].Start;
            var end = tokens[endToken - 1].End;
            var expr = new TemporalExpression(start, end - start, year is null ? TemporalKind.PartialDate : TemporalKind.FullDate)
            {
                Year = year, Month = month, Day = day, EndDay = endDay, Style = style,
                DateRange = (tokens[dateToken].Start, end - tokens[dateToken].Start),
                Weekday = weekday?.Day, Modifier = modifier,
                WeekdayRange = weekday?.Range,
            };
            expr = expr with { Role = RoleOf(startToken, endToken, weekdayToken >= 0 ? weekdayToken : dateToken) };
            Add(startToken, endToken, expr);
            return endToken;
        }

        // ---- relative expressions ------------------------------------------------------------------------------

        private int MatchRelative(int i)
        {
            var kw = KeywordAt(i);
            switch (kw)
            {
                case DateKeyword.Yesterday or DateKeyword.Today or DateKeyword.Tomorrow or DateKeyword.Tonight:
                {
                    if (char.IsUpper(text[tokens[i].Start]) && !AtSentenceStart(i))
                    {
                        return i; // "USA Today", the "Today" programme
                    }

                    var offset = kw switch { DateKeyword.Yesterday => -1, DateKeyword.Tomorrow => 1, _ => 0 };
                    var possessive = IsApostrophe(i + 1) && Adjacent(i + 1) && IsWord(i + 2) && Adjacent(i + 2) && Eq(i + 2, "s");
                    Add(i, i + 1, new TemporalExpression(tokens[i].Start, tokens[i].Length, TemporalKind.RelativeDay)
                    {
                        Offset = offset, Unit = RelativeUnit.Day, Possessive = possessive,
                    });
                    return i + 1;
                }

                case DateKeyword.Last or DateKeyword.This or DateKeyword.Next or DateKeyword.Coming:
                    return MatchModifiedUnit(i, kw);

                case DateKeyword.Later or DateKeyword.Earlier:
                    if (KeywordAt(i + 1) == DateKeyword.This && UnitOf(i + 2, out var unit) &&
                        unit is RelativeUnit.Week or RelativeUnit.Month or RelativeUnit.Year)
                    {
                        return AddRelative(i, i + 3, TemporalKind.RelativePeriod, unit, RelativeModifier.This, 0,
                            kw == DateKeyword.Later ? RelativeShape.FromReference : RelativeShape.UpToReference, false);
                    }

                    return i;

                case DateKeyword.Over or DateKeyword.In or DateKeyword.During or DateKeyword.At or DateKeyword.On or DateKeyword.Within or DateKeyword.The:
                    return MatchPrepositional(i, kw);

                case DateKeyword.A or DateKeyword.Few or DateKeyword.Several:
                    return MatchAgo(i);

                default:
                    if (DateLexicon.TryNumberWord(Span(i), out _))
                    {
                        return MatchAgo(i);
                    }

                    return i;
            }
        }

        private int MatchModifiedUnit(int i, DateKeyword kw)
        {
            var modifier = kw switch
            {
                DateKeyword.Last => RelativeModifier.Last,
                DateKeyword.This => RelativeModifier.This,
                _ => RelativeModifier.Next,
            };
            var w = KeywordAt(i + 1);
            if (kw == DateKeyword.Last && w == DateKeyword.Night)
            {
                return AddRelative(i, i + 2, TemporalKind.RelativeDay, RelativeUnit.Day, modifier, -1, RelativeShape.Whole, false);
            }

            if (kw == DateKeyword.This && w is DateKeyword.Morning or DateKeyword.Afternoon or DateKeyword.Evening)
            {
                return AddRelative(i, i + 2, TemporalKind.RelativeDay, RelativeUnit.Day, modifier, 0, RelativeShape.Whole, false);
            }

            // "the next day", "the last day of term" are told from the story's own timeline.
            if (!UnitOf(i + 1, out var unit) || unit == RelativeUnit.Day || IsPlural(i + 1) || (IsWord(i + 2) && Eq(i + 2, "of")))
            {
                return i;
            }

            // "the last week" is a trailing span, "last week" the calendar week before.
            if (kw == DateKeyword.Last && i > 0 && KeywordAt(i - 1) == DateKeyword.The)
            {
                return AddRelative(i - 1, i + 2, TemporalKind.RelativePeriod, unit, RelativeModifier.Last, 1, RelativeShape.Trailing, false);
            }

            if (kw == DateKeyword.Coming && unit != RelativeUnit.Weekend)
            {
                return i;
            }

            var offset = modifier switch { RelativeModifier.Last => -1, RelativeModifier.Next => 1, _ => 0 };
            return AddRelative(i, i + 2, TemporalKind.RelativePeriod, unit, modifier, offset, RelativeShape.Whole, false);
        }

        private int MatchPrepositional(int i, DateKeyword kw)
        {
            // "in recent days"
            if (kw == DateKeyword.In && KeywordAt(i + 1) == DateKeyword.Recent && UnitOf(i + 2, out var recentUnit) && IsPlural(i + 2))
            {
                return AddRelative(i, i + 3, TemporalKind.RelativePeriod, recentUnit, RelativeModifier.Last, 2, RelativeShape.Trailing, true);
            }

            // "in two weeks", "within three days"
            if (kw is DateKeyword.In or DateKeyword.Within && TryCount(i + 1, out var count, out var approx, out var afterCount) &&
                UnitOf(afterCount, out var inUnit) && !(IsWord(afterCount + 1) && Eq(afterCount + 1, "of")) &&
                KeywordAt(afterCount + 1) != DateKeyword.Ago && KeywordAt(i + 1) != DateKeyword.The)
            {
                return AddRelative(i, afterCount + 1, inUnit == RelativeUnit.Day ? TemporalKind.RelativeDay : TemporalKind.RelativePeriod,
                    inUnit, RelativeModifier.Next, count, RelativeShape.Whole, approx);
            }

            var j = kw == DateKeyword.The ? i : i + 1;
            if (KeywordAt(j) != DateKeyword.The)
            {
                return i;
            }

            // "over the weekend", "at the weekend"
            if (kw is DateKeyword.Over or DateKeyword.At or DateKeyword.On or DateKeyword.During &&
                KeywordAt(j + 1) == DateKeyword.Weekend && !IsPlural(j + 1))
            {
                return AddRelative(i, j + 2, TemporalKind.RelativePeriod, RelativeUnit.Weekend, RelativeModifier.None, 0, RelativeShape.Whole, false);
            }

            // "(over|in|during) the past|last (few|N|couple of)? days", "the coming weeks", "the next two days"
            var dir = KeywordAt(j + 1);
            if (dir is not (DateKeyword.Past or DateKeyword.Last or DateKeyword.Coming or DateKeyword.Next))
            {
                return i;
            }

            var n = 1;
            var approximate = false;
            var u = j + 2;
            if (TryCount(u, out var c, out var a, out var afterC) && (c > 1 || a))
            {
                n = c;
                approximate = a;
                u = afterC;
            }

            if (!UnitOf(u, out var periodUnit) || (IsWord(u + 1) && Eq(u + 1, "of")))
            {
                return i;
            }

            if (n == 1 && !approximate && IsPlural(u))
            {
                approximate = true;
                n = 3;
            }

            if (periodUnit == RelativeUnit.Day && n == 1)
            {
                return i; // "the next day" is told from the story's own timeline
            }

            var trailing = dir is DateKeyword.Past or DateKeyword.Last;
            return AddRelative(i, u + 1, TemporalKind.RelativePeriod, periodUnit,
                trailing ? RelativeModifier.Last : RelativeModifier.Next, n,
                trailing ? RelativeShape.Trailing : RelativeShape.Leading, approximate);
        }

        private int MatchAgo(int i)
        {
            if (!TryCount(i, out var count, out var approximate, out var u) || !UnitOf(u, out var unit) ||
                KeywordAt(u + 1) != DateKeyword.Ago)
            {
                return i;
            }

            return AddRelative(i, u + 2, unit == RelativeUnit.Day ? TemporalKind.RelativeDay : TemporalKind.RelativePeriod,
                unit, RelativeModifier.Last, -count, RelativeShape.Whole, approximate);
        }

        private int AddRelative(int startToken, int endToken, TemporalKind kind, RelativeUnit unit, RelativeModifier modifier,
            int offset, RelativeShape shape, bool approximate)
        {
            if (startToken < consumed)
            {
                return endToken;
            }

            var s = tokens[startToken].Start;
            var e = tokens[endToken - 1].End;
            Add(startToken, endToken, new TemporalExpression(s, e - s, kind)
            {
                Unit = unit, Modifier = modifier, Offset = offset, Shape = shape, Approximate = approximate,
            });
            return endToken;
        }

        // ---- roles ---------------------------------------------------------------------------------------------

        private TemporalRole RoleOf(int startToken, int endToken, int firstDateToken)
        {
            var lineStart = startToken;
            while (lineStart > 0 && !tokens[lineStart].LineBreakBefore && startToken - lineStart < 14)
            {
                lineStart--;
            }

            if (lineStart == 0 || tokens[lineStart].LineBreakBefore)
            {
                if (IsPublicationLabel(lineStart, startToken, out var update))
                {
                    return update ? TemporalRole.UpdateLine : TemporalRole.PublicationLine;
                }

                if (IsDatelinePrefix(lineStart, startToken) && (IsDash(endToken) ||
                    (IsPunct(endToken, '(') && IsWord(endToken + 1) && IsPunct(endToken + 2, ')') && IsDash(endToken + 3))))
                {
                    return TemporalRole.Dateline;
                }
            }

            return IsFinancialPeriod(firstDateToken) ? TemporalRole.FinancialPeriod : TemporalRole.Event;
        }

        private bool IsPublicationLabel(int from, int to, out bool update)
        {
            update = false;
            if (to - from is < 1 or > 4 || !IsWord(from))
            {
                return false;
            }

            var k = from;
            if (Eq(k, "first") || Eq(k, "last") || Eq(k, "originally"))
            {
                k++;
            }

            if (Eq(k, "updated"))
            {
                update = true;
            }
            else if (!(Eq(k, "published") || Eq(k, "posted")))
            {
                return false;
            }

            for (k++; k < to; k++)
            {
                if (!(IsPunct(k, ':') || IsPunct(k, ',') || (IsWord(k) && Eq(k, "on"))))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsDatelinePrefix(int from, int to)
        {
            if (to - from < 2 || !IsPunct(to - 1, ','))
            {
                return false;
            }

            var words = 0;
            for (var k = from; k < to; k++)
            {
                var t = tokens[k];
                if (t.Kind == DateTokenKind.Word)
                {
                    if (!char.IsUpper(text[t.Start]))
                    {
                        return false;
                    }

                    words++;
                }
                else if (t.Kind != DateTokenKind.Punctuation || text[t.Start] is not (',' or '.' or '(' or ')' or '\'' or '’' or '-' or '/' or '&'))
                {
                    return false;
                }
            }

            return words is >= 1 and <= 8;
        }

        private bool IsFinancialPeriod(int dateToken)
        {
            var p = dateToken - 1;
            if (IsWord(p) && Eq(p, "on"))
            {
                p--;
            }

            if (!IsWord(p))
            {
                return false;
            }

            if ((Eq(p, "of") || Eq(p, "at")) && IsWord(p - 1) && Eq(p - 1, "as"))
            {
                return true;
            }

            if (!(Eq(p, "ended") || Eq(p, "ending") || Eq(p, "ends") || Eq(p, "end") || Eq(p, "to") || Eq(p, "through") ||
                  Eq(p, "starting") || Eq(p, "beginning") || Eq(p, "begins") || Eq(p, "began") || Eq(p, "started") ||
                  Eq(p, "commencing")))
            {
                return false;
            }

            for (var k = p - 1; k >= 0 && k >= p - 5; k--)
            {
                if (IsWord(k) && (Eq(k, "year") || Eq(k, "quarter") || Eq(k, "half") || Eq(k, "months") || Eq(k, "weeks") ||
                                  Eq(k, "period") || Eq(k, "fiscal") || Eq(k, "financial") || Eq(k, "term") || Eq(k, "season")))
                {
                    return true;
                }
            }

            return false;
        }

        // ---- helpers -------------------------------------------------------------------------------------------

        private void Add(int startToken, int endToken, TemporalExpression expression)
        {
            if (startToken < consumed)
            {
                return;
            }

            found.Add(expression);
            consumed = endToken;
        }

        private (PeriodPart Part, int StartToken) PartBefore(int monthToken)
        {
            var p = monthToken - 1;
            if (IsPunct(p, '-') && Adjacent(monthToken) && Adjacent(p) && IsWord(p - 1) && KeywordAt(p - 1) == DateKeyword.Mid)
            {
                return (PeriodPart.Mid, p - 1);
            }

            if (!IsWord(p))
            {
                return (PeriodPart.Whole, monthToken);
            }

            switch (KeywordAt(p))
            {
                case DateKeyword.Early:
                    return (PeriodPart.Early, p);
                case DateKeyword.Mid:
                    return (PeriodPart.Mid, p);
                case DateKeyword.Late:
                    return (PeriodPart.Late, p);
                case DateKeyword.Of:
                    var q = p - 1;
                    if (IsWord(q) && KeywordAt(q) == DateKeyword.The)
                    {
                        q--;
                    }

                    return KeywordAt(q) switch
                    {
                        DateKeyword.End => (PeriodPart.Late, q),
                        DateKeyword.Beginning or DateKeyword.Start => (PeriodPart.Early, q),
                        DateKeyword.Middle => (PeriodPart.Mid, q),
                        _ => (PeriodPart.Whole, monthToken),
                    };
                default:
                    return (PeriodPart.Whole, monthToken);
            }
        }

        private RelativeModifier ModifierBefore(int i)
        {
            if (!IsWord(i - 1))
            {
                return RelativeModifier.None;
            }

            return KeywordAt(i - 1) switch
            {
                DateKeyword.Last => RelativeModifier.Last,
                DateKeyword.This => RelativeModifier.This,
                DateKeyword.Next or DateKeyword.Coming => RelativeModifier.Next,
                _ => RelativeModifier.None,
            };
        }

        private bool IsMonthPreposition(int p) =>
            IsWord(p) && KeywordAt(p) is DateKeyword.In or DateKeyword.Since or DateKeyword.By or DateKeyword.Until
                or DateKeyword.Through or DateKeyword.From or DateKeyword.During or DateKeyword.Before or DateKeyword.After
                or DateKeyword.Throughout or DateKeyword.Early or DateKeyword.Late;

        private bool IsWeekdayName(int i)
        {
            // "Black Friday", "Good Friday", "Super Tuesday", "Man Friday": names, not days of this week.
            if (!IsWord(i - 1))
            {
                return false;
            }

            var prev = Span(i - 1);
            return prev is "Black" or "Good" or "Holy" or "Ash" or "Super" or "Cyber" or "Man" or "Girl" or "Palm" or
                "Easter" or "Shrove" or "Maundy" or "Bloody" or "Blue" or "Giving" or "Small" or "Joe" or "Sergeant";
        }

        private static bool IsNumberLabel(ReadOnlySpan<char> w) =>
            w is "No" or "no" or "Number" or "number" or "Highway" or "Route" or "Article" or "article" or "Section" or
                "section" or "Room" or "room" or "Flight" or "flight" or "Suite" or "Box" or "Windows" or "Office" or
                "Model" or "model" or "Form" or "form" or "Rule" or "rule" or "Resolution" or "resolution" or "Level" or
                "level" or "Chapter" or "chapter" or "Page" or "page" or "Bus" or "Interstate" or "Street" or "Avenue";

        private bool TryDay(int i, out int day, out int next, out bool ordinal)
        {
            day = 0;
            next = i;
            ordinal = false;
            if (!IsNumber(i, 1, 2) || GluedBefore(i))
            {
                return false;
            }

            day = Value(i);
            if (day is < 1 or > 31)
            {
                return false;
            }

            next = i + 1;
            if (IsWord(next) && Adjacent(next))
            {
                var suffix = Span(next);
                if (suffix is "st" or "nd" or "rd" or "th")
                {
                    ordinal = true;
                    next++;
                }
                else
                {
                    return false;
                }
            }

            // "30,000", "3.5", "3:30", "30%", "30/6", "15-day" are numbers, not days.
            if (next < tokens.Length && Adjacent(next) && tokens[next].Kind != DateTokenKind.Word)
            {
                var c = text[tokens[next].Start];
                if (c is '%' or '/' || tokens[next].Kind == DateTokenKind.Number ||
                    (c == '-' && next + 1 < tokens.Length && Adjacent(next + 1) && tokens[next + 1].Kind == DateTokenKind.Word) ||
                    (c is ',' or '.' or ':' && next + 1 < tokens.Length && Adjacent(next + 1) && tokens[next + 1].Kind == DateTokenKind.Number))
                {
                    return false;
                }
            }

            return true;
        }

        private bool TryMonthWord(int i, out int month, out MonthForm form, out int next)
        {
            month = 0;
            form = MonthForm.Full;
            next = i;
            if (!IsWord(i) || !DateLexicon.TryMonth(Span(i), out month, out form))
            {
                return false;
            }

            next = i + 1;
            if (form == MonthForm.Abbreviated && IsPunct(next, '.') && Adjacent(next))
            {
                form = MonthForm.AbbreviatedWithPeriod;
                next++;
            }

            return true;
        }

        private bool TryYear(int i, out int year)
        {
            year = 0;
            if (!IsNumber(i, 4, 4))
            {
                return false;
            }

            var v = Value(i);
            if (v is < 1000 or > 2999)
            {
                return false;
            }

            if (i + 1 < tokens.Length && Adjacent(i + 1))
            {
                var n = tokens[i + 1];
                if (n.Kind != DateTokenKind.Punctuation || text[n.Start] is '%' ||
                    (text[n.Start] is ',' or '.' && i + 2 < tokens.Length && Adjacent(i + 2) && tokens[i + 2].Kind == DateTokenKind.Number))
                {
                    return false;
                }
            }

            year = v;
            return true;
        }

        private bool TryCount(int i, out int count, out bool approximate, out int next)
        {
            count = 0;
            approximate = false;
            next = i;
            if (IsNumber(i, 1, 3) && !GluedBefore(i))
            {
                count = Value(i);
                next = i + 1;
                return count > 0;
            }

            if (!IsWord(i))
            {
                return false;
            }

            if (DateLexicon.TryNumberWord(Span(i), out count))
            {
                next = i + 1;
                return true;
            }

            switch (KeywordAt(i))
            {
                case DateKeyword.A:
                    var k = KeywordAt(i + 1);
                    if (k == DateKeyword.Few)
                    {
                        count = 3;
                        approximate = true;
                        next = i + 2;
                    }
                    else if (k == DateKeyword.Couple)
                    {
                        count = 2;
                        approximate = true;
                        next = IsWord(i + 2) && Eq(i + 2, "of") ? i + 3 : i + 2;
                    }
                    else
                    {
                        count = 1;
                        next = i + 1;
                    }

                    return true;
                case DateKeyword.Few or DateKeyword.Several:
                    count = 3;
                    approximate = true;
                    next = i + 1;
                    return true;
                case DateKeyword.Couple:
                    count = 2;
                    approximate = true;
                    next = IsWord(i + 1) && Eq(i + 1, "of") ? i + 2 : i + 1;
                    return true;
                default:
                    return false;
            }
        }

        private bool UnitOf(int i, out RelativeUnit unit)
        {
            unit = RelativeUnit.Day;
            if (!IsWord(i))
            {
                return false;
            }

            switch (KeywordAt(i))
            {
                case DateKeyword.Day:
                    unit = RelativeUnit.Day;
                    return true;
                case DateKeyword.Week:
                    unit = RelativeUnit.Week;
                    return true;
                case DateKeyword.Weekend:
                    unit = RelativeUnit.Weekend;
                    return true;
                case DateKeyword.Month:
                    unit = RelativeUnit.Month;
                    return true;
                case DateKeyword.Year:
                    unit = RelativeUnit.Year;
                    return true;
                default:
                    return false;
            }
        }

        private bool IsPlural(int i) => IsWord(i) && text[tokens[i].End - 1] == 's';

        private bool AtSentenceStart(int i)
        {
            if (i == 0 || tokens[i].LineBreakBefore)
            {
                return true;
            }

            var p = tokens[i - 1];
            return p.Kind == DateTokenKind.Punctuation && text[p.Start] is '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '(' or '—' or '–';
        }

        private bool GluedBefore(int i)
        {
            if (i == 0 || !Adjacent(i))
            {
                return false;
            }

            var p = tokens[i - 1];
            if (p.Kind != DateTokenKind.Punctuation)
            {
                return true;
            }

            var c = text[p.Start];
            return c is '.' or ',' or '/' or ':' or '$' or '£' or '€' or '#' or '-' or '+' or '\\';
        }

        /// <summary>The keyword class of token <paramref name="i"/>; None for a token that is not a word or out of range.</summary>
        private DateKeyword KeywordAt(int i)
        {
            if (!IsWord(i))
            {
                return DateKeyword.None;
            }

            var cached = keywords[i];
            if (cached == 0)
            {
                cached = (byte)(DateLexicon.Keyword(Span(i)) + 1);
                keywords[i] = cached;
            }

            return (DateKeyword)(cached - 1);
        }

        private ReadOnlySpan<char> Span(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

        private ReadOnlySpan<char> WordAt(int i) => IsWord(i) ? Span(i) : [];

        private bool IsWord(int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == DateTokenKind.Word;

        private bool IsNumber(int i, int minDigits, int maxDigits) =>
            i >= 0 && i < tokens.Length && tokens[i].Kind == DateTokenKind.Number && tokens[i].Length >= minDigits && tokens[i].Length <= maxDigits;

        private bool IsPunct(int i, char c) =>
            i >= 0 && i < tokens.Length && tokens[i].Kind == DateTokenKind.Punctuation && text[tokens[i].Start] == c;

        private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '–') || IsPunct(i, '—');

        private bool IsApostrophe(int i) => IsPunct(i, '\'') || IsPunct(i, '’');

        private bool Adjacent(int i) => i < tokens.Length && !tokens[i].SpaceBefore;

        private bool Eq(int i, string word) => Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        private int Value(int i)
        {
            var v = 0;
            foreach (var c in Span(i))
            {
                v = v * 10 + (c - '0');
            }

            return v;
        }
    }
}
