namespace AttackKb.Core.Text;

/// <summary>
/// Which nesting a markdown text passed: containers (quotes, lists) or inlines (emphasis, link brackets).
/// </summary>
public enum MarkdownNesting
{
    Blocks,
    Inlines,
    /// <summary>Not nesting: link brackets and emphasis delimiters in one paragraph, however they nest.</summary>
    InlineDelimiters,
    /// <summary>Not nesting: table cells on one line (Markdig's pipe tables take quadratic time in them).</summary>
    TableColumns,
}

/// <summary>Where a markdown text first passes a limit: offset into the text, what nests, how deep it got.</summary>
public readonly record struct MarkdownLimitHit(int Offset, MarkdownNesting Nesting, int Depth, int Limit);

/// <summary>
/// One pure, linear pre-scan run on every markdown text before Markdig sees it. Markdig refuses nesting past 128
/// levels by throwing (block containers while parsing; any node while rendering), and a note that nests that deep is
/// hostile, not a real note. The scan over-estimates nesting (it never under-counts the shapes Markdig nests), so a
/// text it accepts stays well inside Markdig's limits: blocks and inlines together stay under 128. Real notes nest a
/// few levels; the busiest paragraph of the shared corpus has a handful of open emphasis runs.
/// Lives in Core (no package): the reader and the site both call it, and the site does not reference the reader.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>
    /// Container depth in Markdig's units: a block quote is one level, a list item two (list + item).
    /// </summary>
    public const int MaxBlockNesting = 48;

    /// <summary>Open link brackets plus emphasis delimiters that may still open a span, within one paragraph.</summary>
    public const int MaxInlineNesting = 48;

    /// <summary>
    /// Link brackets and emphasis delimiters in one paragraph, open or closed. Markdig nests at most one level per
    /// delimiter, so this bounds its depth far below its 10,240-level parse limit whatever shape the nesting estimate
    /// misjudges, and it bounds the time Markdig spends matching them. Real paragraphs have a few dozen.
    /// </summary>
    public const int MaxInlineDelimiters = 2_000;

    /// <summary>Pipes on one line: a real table has a dozen columns; 1,700 take Markdig seconds.</summary>
    public const int MaxTableColumns = 256;

    /// <summary>The first place <paramref name="text"/> passes a limit, or null when Markdig can take it.</summary>
    public static MarkdownLimitHit? Check(string text)
    {
        var blocks = new BlockNestingScan();
        var inlines = new InlineNestingScan();
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOfAny(['\r', '\n'], start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            if (blocks.Line(line) is { } b) return new MarkdownLimitHit(start + b.Column, MarkdownNesting.Blocks,
                b.Depth, MaxBlockNesting);
            if (inlines.Line(line) is { } i) return new MarkdownLimitHit(start + i.Column, i.Kind, i.Count, i.Limit);
            if (TableColumns(line) is { } t) return new MarkdownLimitHit(start + t.Column, MarkdownNesting.TableColumns,
                t.Count, MaxTableColumns);
            if (end == text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return null;
    }

    /// <summary>Where the line passes <see cref="MaxTableColumns"/> pipes, and how many it has.</summary>
    private static (int Column, int Count)? TableColumns(ReadOnlySpan<char> line)
    {
        int count = line.Count('|');
        if (count <= MaxTableColumns) return null;
        int column = 0;
        for (int seen = 0; seen <= MaxTableColumns; column++) if (line[column] == '|') seen++;
        return (column - 1, count);
    }

    /// <summary>
    /// Block containers: the quote markers and list markers that open a line, plus the lists the line sits in by
    /// indentation (a stack of list-marker columns, popped only by a later marker at or left of them — never by
    /// paragraph text, since lazy continuation lines keep lists open).
    /// </summary>
    private sealed class BlockNestingScan
    {
        private readonly Stack<int> _listColumns = new();
        private int _quotes;

        public (int Column, int Depth)? Line(ReadOnlySpan<char> line)
        {
            int i = 0, width = 0, quotes = 0, markers = 0, firstMarkerWidth = -1;
            while (true)
            {
                while (i < line.Length && line[i] is ' ' or '\t') width =
                    line[i++] == '\t' ? (width / 4 + 1) * 4 : width + 1;
                if (i >= line.Length) break;
                int markerLength = line[i] == '>' ? 1 : ListMarkerLength(line[i..]);
                if (markerLength == 0) break;
                if (line[i] == '>') quotes++;
                else
                {
                    if (firstMarkerWidth < 0) firstMarkerWidth = width;
                    markers++;
                }
                i += markerLength;
                width += markerLength;
                if (Depth(quotes, markers) > MaxBlockNesting) return (i - markerLength, Depth(quotes, markers));
            }
            if (quotes != _quotes) { _listColumns.Clear(); _quotes = quotes; }
            if (firstMarkerWidth < 0) return null;
            while (_listColumns.Count > 0 && _listColumns.Peek() >= firstMarkerWidth) _listColumns.Pop();
            int depth = Depth(quotes, markers + _listColumns.Count);
            _listColumns.Push(firstMarkerWidth);
            return depth > MaxBlockNesting ? (0, depth) : null;
        }

        private static int Depth(int quotes, int lists) => quotes + 2 * lists;

        /// <summary>
        /// Length of a bullet (<c>-</c>, <c>+</c>, <c>*</c>) or ordered (<c>12.</c>, <c>3)</c>) marker that ends the
        /// line or is followed by a blank.
        /// </summary>
        private static int ListMarkerLength(ReadOnlySpan<char> s)
        {
            int n = 0;
            if (s[0] is '-' or '+' or '*') n = 1;
            else
            {
                while (n < s.Length && n < 9 && char.IsAsciiDigit(s[n])) n++;
                if (n == 0 || n >= s.Length || s[n] is not ('.' or ')')) return 0;
                n++;
            }
            return n == s.Length || s[n] is ' ' or '\t' ? n : 0;
        }
    }

    /// <summary>
    /// Inline spans of one paragraph (reset at a blank line): open link brackets, emphasis delimiters that can only
    /// open, and those that can both open and close (never subtracted: they may fail to match and stay open). Runs
    /// that can only close subtract from the open-only count of their character. Code spans are literal text.
    /// Inside <c>&lt;…&gt;</c> (autolinks, raw HTML) nothing is taken as closing. Should a shape still be estimated
    /// too low, the site checks the parsed depth exactly before rendering.
    /// </summary>
    private sealed class InlineNestingScan
    {
        private int _brackets, _openStars, _openUnderscores, _both, _delimiters;
        private bool _codeSpansPairUp = true;

        public (int Column, MarkdownNesting Kind, int Count, int Limit)? Line(ReadOnlySpan<char> line)
        {
            if (line.IsWhiteSpace())
            {
                _brackets = _openStars = _openUnderscores = _both = _delimiters = 0;
                _codeSpansPairUp = true;
                return null;
            }
            int angleEnd = -1; // inside <...> (an autolink or raw HTML) a ']' or '*' may be literal: it closes nothing
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c == '\\') { i++; continue; }
                if (c == '`') { i = SkipCodeSpan(line, i); continue; }
                if (c == '<' && i > angleEnd) angleEnd = line[i..].IndexOf('>') is >= 0 and var close ? i + close : -1;
                bool mayClose = i > angleEnd;
                if ((c is '[' or '*' or '_')
                    && ++_delimiters > MaxInlineDelimiters) return (i, MarkdownNesting.InlineDelimiters, _delimiters,
                    MaxInlineDelimiters);
                if (c == '[') _brackets++;
                else if (c == ']') _brackets = mayClose ? Math.Max(0, _brackets - 1) : _brackets;
                else if (c is '*' or '_')
                {
                    int run = 1;
                    while (i + run < line.Length && line[i + run] == c) run++;
                    Delimiters(c, run, i == 0 ? ' ' : line[i - 1], i + run < line.Length ? line[i + run] : ' ',
                        mayClose);
                    // at the run's start
                    if (Depth > MaxInlineNesting) return (i, MarkdownNesting.Inlines, Depth, MaxInlineNesting);
                    i += run - 1;
                }
                else continue;
                if (Depth > MaxInlineNesting) return (i, MarkdownNesting.Inlines, Depth, MaxInlineNesting);
            }
            return null;
        }

        /// <summary>
        /// Past a code span that opens at <paramref name="start"/> and closes on the same line (its text is literal:
        /// wildcards like <c>'*\certutil*'</c> open nothing); else the index of the run's last backtick. Once a run
        /// finds no closer on its line, Markdig may pair it with a later line's run, so spans of this paragraph are no
        /// longer skipped: their text is counted (an over-estimate, never an under-estimate).
        /// </summary>
        private int SkipCodeSpan(ReadOnlySpan<char> line, int start)
        {
            int run = line[start..].IndexOfAnyExcept('`');
            if (run < 0) run = line.Length - start;
            int end = start + run - 1;
            if (!_codeSpansPairUp) return end;
            for (int i = end + 1; i < line.Length; i++)
            {
                if (line[i] != '`') continue;
                int other = line[i..].IndexOfAnyExcept('`');
                if (other < 0) other = line.Length - i;
                if (other == run) return i + other - 1;
                i += other - 1;
            }
            _codeSpansPairUp = false;
            return end;
        }

        private int Depth => _brackets + _openStars + _openUnderscores + _both;

        private void Delimiters(char c, int run, char before, char after, bool mayClose)
        {
            bool left =
                !char.IsWhiteSpace(after)
                    && (!IsPunctuation(after) || char.IsWhiteSpace(before) || IsPunctuation(before));
            bool right =
                !char.IsWhiteSpace(before)
                    && (!IsPunctuation(before) || char.IsWhiteSpace(after) || IsPunctuation(after));
            // '_' inside a word (snake_case) neither opens nor closes.
            if (c == '_' && left && right && !IsPunctuation(before) && !IsPunctuation(after)) return;
            ref int open = ref c == '*' ? ref _openStars : ref _openUnderscores;
            if (left && right) _both += run;
            else if (left) open += run;
            else if (right && mayClose) open = Math.Max(0, open - run);
        }

        private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
    }
}
