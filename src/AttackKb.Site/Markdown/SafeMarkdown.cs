using System.Globalization;
using System.Text;
using AttackKb.Core.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttackKb.Site.Markdown;

/// <summary>
/// Renders untrusted note markdown to HTML: raw HTML disabled (it shows as text), links through the allow-list
/// (<see cref="LinkPolicy"/>, then the page's resolver), images shown as links (the CSP allows no remote images),
/// headings shifted below the page's own, <c>(Citation: X)</c> linked to the page's numbered references.
/// One frozen pipeline, shared by all threads.
/// </summary>
public static partial class SafeMarkdown
{
    private const char CiteOpen = '\uE000', CiteClose = '\uE001';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string Render(string? markdown, MarkdownContext context)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        // Text that nests past the limits would make Markdig throw: show it verbatim, escaped, instead.
        // Notes never get here (the reader leaves them out, AKB1026); descriptions from YAML fields can.
        if (AttackKb.Core.Text.MarkdownLimits.Check(markdown) is not null) return Verbatim(markdown);
        string text = MarkCitations(markdown.Replace(CiteOpen, '\uFFFD').Replace(CiteClose, '\uFFFD'), context.Citations);
        var document = Markdig.Markdown.Parse(text, Pipeline);
        if (MarkdownDepth.Exceeds(document)) return Verbatim(markdown);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkRenderer(context));
        renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkRenderer(context));
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new ShiftedHeadingRenderer(context.MinHeadingLevel));
        renderer.Render(document);
        writer.Flush();
        return LinkCitations(writer.ToString());
    }

    /// <summary>Text too deeply nested to render as markdown, shown as it was written (escaped).</summary>
    private static string Verbatim(string markdown) => "<pre>" + AttackKb.Site.Html.HtmlText.Escape(markdown) + "</pre>\n";

    /// <summary>
    /// Replaces known citations (<see cref="CitationSyntax"/>, the grammar the linter checks) with a private-use token
    /// the renderer passes through as text.
    /// </summary>
    private static string MarkCitations(string markdown, IReadOnlyDictionary<string, int> citations)
    {
        if (citations.Count == 0 || !markdown.Contains(CitationSyntax.Opening, StringComparison.Ordinal)) return markdown;
        var sb = new StringBuilder(markdown.Length);
        int copied = 0;
        foreach (var c in CitationSyntax.Find(markdown))
        {
            if (!c.Terminated || !citations.TryGetValue(c.Name, out int n)) continue;
            sb.Append(markdown, copied, c.Index - copied).Append(CiteOpen)
                .Append(n.ToString(CultureInfo.InvariantCulture)).Append(CiteClose);
            copied = c.Index + c.Length;
        }
        return sb.Append(markdown, copied, markdown.Length - copied).ToString();
    }

    /// <summary>Turns the tokens into reference links, outside tags only (attribute values are escaped, so '&lt;' and '&gt;' delimit tags).</summary>
    private static string LinkCitations(string html)
    {
        if (!html.Contains(CiteOpen, StringComparison.Ordinal)) return html;
        var sb = new StringBuilder(html.Length + 64);
        bool inTag = false;
        int i = 0;
        while (i < html.Length)
        {
            // Copy up to the next character that matters, then handle it.
            int next = html.AsSpan(i).IndexOfAny(Special);
            if (next < 0) { sb.Append(html, i, html.Length - i); break; }
            sb.Append(html, i, next);
            i += next;
            char c = html[i];
            if (c is '<' or '>')
            {
                inTag = c == '<';
                sb.Append(c);
            }
            else if (c == CiteOpen && !inTag && html.IndexOf(CiteClose, i) is var close and > 0 && int.TryParse(html.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            {
                string num = n.ToString(CultureInfo.InvariantCulture);
                sb.Append("<sup class=\"cite\"><a href=\"#ref-").Append(num).Append("\">[").Append(num).Append("]</a></sup>");
                i = close;
            }
            else sb.Append('\uFFFD');
            i++;
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(['<', '>', CiteOpen, CiteClose]);

    private static string? Resolve(MarkdownContext context, string? url)
    {
        var kind = LinkPolicy.Classify(url);
        return kind == LinkClass.Disallowed ? null : context.ResolveLink(url!.Trim(), kind);
    }

    private sealed class SafeLinkRenderer(MarkdownContext context) : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            string? href = Resolve(context, link.GetDynamicUrl?.Invoke() ?? link.Url);
            if (href is null)
            {
                renderer.WriteChildren(link);   // the text stays, the link goes
                return;
            }
            renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">");
            if (link.IsImage) renderer.Write("[image: ");
            renderer.WriteChildren(link);
            if (link.IsImage) renderer.Write("]");
            renderer.Write("</a>");
        }
    }

    private sealed class SafeAutolinkRenderer(MarkdownContext context) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            string url = link.IsEmail ? "mailto:" + link.Url : link.Url;
            string? href = Resolve(context, url);
            if (href is null)
            {
                renderer.WriteEscape(link.Url);
                return;
            }
            renderer.Write("<a href=\"").WriteEscapeUrl(href).Write("\">").WriteEscape(link.Url).Write("</a>");
        }
    }

    private sealed class ShiftedHeadingRenderer(int minLevel) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            string tag = "h" + Math.Clamp(heading.Level, minLevel, 6).ToString(CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).Write('>').WriteLine();
        }
    }
}
