using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Turns the HTML MITRE writes inside ATT&amp;CK's markdown text into its markdown meaning, once, when a release is
/// read: <c>&lt;code&gt;</c> becomes a code span, <c>&lt;br&gt;</c> a hard line break, <c>&lt;b&gt;</c> and
/// <c>&lt;i&gt;</c> emphasis. Every consumer (site, show, import, STIX export) then sees markdown only — a renderer
/// with raw HTML disabled would otherwise show the tags as escaped text. Other HTML elements keep their text and lose
/// the tag (the caller reports them). Angle-bracket placeholders such as <c>&lt;username&gt;</c> are not HTML: they
/// stay text. Markdown code spans are copied verbatim, so a placeholder inside backticks is never touched.
/// </summary>
public static partial class ReleaseMarkup
{
    /// <summary>HTML element names: a bracketed word outside this list is a placeholder (<c>&lt;pid&gt;</c>).</summary>
    private static readonly HashSet<string> HtmlElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
        "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead",
        "tr", "tt", "u", "ul", "var",
    };

    [GeneratedRegex(@"\G<(/?)([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>
    /// The markdown meaning of <paramref name="text"/>; <paramref name="dropped"/> is called with each tag that had
    /// no markdown meaning (or no partner) and was dropped. Text without a '&lt;' is returned as is.
    /// </summary>
    public static string ToMarkdown(string text, Action<string> dropped)
    {
        if (!text.Contains('<', StringComparison.Ordinal)) return text;
        var md = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '`') i = CopyCodeSpan(text, i, md);
            else if (c == '<' && Tag().Match(text, i) is { Success: true } tag
                && HtmlElements.Contains(tag.Groups[2].Value.ToLowerInvariant()))
                i = Convert(text, tag, md, dropped);
            else
            {
                md.Append(c);
                i++;
            }
        }
        return md.ToString();
    }

    /// <summary>Copies a markdown code span verbatim; an unmatched backtick run is plain text.</summary>
    private static int CopyCodeSpan(string text, int start, StringBuilder md)
    {
        int run = RunLength(text, start);
        string fence = text.Substring(start, run);
        int search = start + run;
        while (search < text.Length)
        {
            int close = text.IndexOf(fence, search, StringComparison.Ordinal);
            if (close < 0) break;
            int closeRun = RunLength(text, close);
            if (closeRun == run)
            {
                md.Append(text, start, close + run - start);
                return close + run;
            }
            search = close + closeRun;
        }
        md.Append(fence);
        return start + run;
    }

    private static int RunLength(string text, int start)
    {
        int end = start;
        while (end < text.Length && text[end] == '`') end++;
        return end - start;
    }

    private static int Convert(string text, Match tag, StringBuilder md, Action<string> dropped)
    {
        bool closing = tag.Groups[1].Length > 0;
        string name = tag.Groups[2].Value.ToLowerInvariant();
        int after = tag.Index + tag.Length;
        switch (name)
        {
            case "code" when !closing:
                return CodeSpan(text, tag.Index, after, md, dropped);
            case "br":
                return LineBreak(text, after, md);
            case "b" or "strong":
                md.Append("**");
                return after;
            case "i" or "em":
                md.Append('*');
                return after;
            default:
                dropped(closing ? $"</{name}>" : $"<{name}>");
                return after;
        }
    }

    /// <summary><c>&lt;code&gt;x&lt;/code&gt;</c>: a code span (a fenced block when it spans whole lines).</summary>
    private static int CodeSpan(string text, int open, int contentStart, StringBuilder md, Action<string> dropped)
    {
        int close = text.IndexOf("</code>", contentStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            dropped("<code>");
            return contentStart;
        }
        string content = CodeText(text[contentStart..close]);
        int after = close + "</code>".Length;
        if (content.Contains('\n', StringComparison.Ordinal) && StartsLine(text, open) && EndsLine(text, after))
            MarkdownCode.AppendBlock(md, content.Trim('\n'));
        else
            MarkdownCode.AppendSpan(md, content.Replace('\n', ' '));
        return after;
    }

    /// <summary>
    /// The literal text inside MITRE's <c>&lt;code&gt;</c>: entities decoded (<c>&amp;lt;username&amp;gt;</c>) and the
    /// markdown escapes a code span would show as backslashes (<c>job\_id</c>) undone; path backslashes stay.
    /// </summary>
    private static string CodeText(string raw)
    {
        string decoded = WebUtility.HtmlDecode(raw);
        var text = new StringBuilder(decoded.Length);
        for (int i = 0; i < decoded.Length; i++)
        {
            if (decoded[i] == '\\' && i + 1 < decoded.Length && decoded[i + 1] is '_' or '*' or '`' or '>') continue;
            text.Append(decoded[i]);
        }
        return text.ToString();
    }

    /// <summary>A hard break ("\" at the end of a line); at the end of a paragraph a break means nothing.</summary>
    private static int LineBreak(string text, int after, StringBuilder md)
    {
        int next = after;
        while (next < text.Length && text[next] is ' ' or '\t') next++;
        bool paragraphEnds = next >= text.Length || text.AsSpan(next).StartsWith("\n\n", StringComparison.Ordinal)
            || text.AsSpan(next).StartsWith("\r\n\r\n", StringComparison.Ordinal);
        if (paragraphEnds) return after;
        if (text[next] is '\n' or '\r')
        {
            md.Append('\\');
            return next;
        }
        md.Append("\\\n");
        return next;
    }

    private static bool StartsLine(string text, int index)
    {
        int i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] == '\n';
    }

    private static bool EndsLine(string text, int index)
    {
        int i = index;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
        return i >= text.Length || text[i] == '\n';
    }
}
