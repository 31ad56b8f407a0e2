using System.Text;
using AttackKb.Core.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttackKb.Site.Markdown;

/// <summary>
/// The first sentence of note markdown as plain text, for a page's <c>&lt;meta name="description"&gt;</c>: the first
/// paragraph's text (code spans and link texts kept, markup and <c>(Citation: X)</c> dropped), cut after its first
/// sentence and to at most <see cref="MaxLength"/> characters at a word boundary.
/// </summary>
public static class FirstSentence
{
    /// <summary>What search engines show of a description.</summary>
    public const int MaxLength = 160;

    public static string? Of(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown) || MarkdownLimits.Check(markdown) is not null) return null;
        var document = Markdig.Markdown.Parse(markdown, SafeMarkdown.Pipeline);
        if (MarkdownDepth.Exceeds(document)) return null;
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null) return null;
        var text = new StringBuilder();
        Append(paragraph.Inline, text);
        return Shorten(WithoutCitations(text.ToString()));
    }

    /// <summary>Plain text, whitespace collapsed, cut after the first sentence and to
    /// <see cref="MaxLength"/>.</summary>
    public static string? Shorten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string s = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        for (int i = 0; i < s.Length - 1; i++)
            if (s[i] is '.' or '!' or '?' && s[i + 1] == ' ' && i > 0 && !char.IsUpper(s[i - 1]))
            {
                s = s[..(i + 1)];
                break;
            }
        if (s.Length <= MaxLength) return s;
        int cut = s.LastIndexOf(' ', MaxLength - 1);
        return s[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline inner: Append(inner, text); break;
            }
    }

    private static string WithoutCitations(string text)
    {
        var sb = new StringBuilder(text.Length);
        int at = 0;
        foreach (var c in CitationSyntax.Find(text).Where(c => c.Terminated))
        {
            sb.Append(text, at, c.Index - at);
            at = c.Index + c.Length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
