using System.Globalization;
using AttackKb.Site.Markdown.Citations;
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
/// headings shifted below the page's own, <c>(Citation: X)</c> linked to the page's numbered references
/// (<see cref="CitationExtension"/>).
/// One frozen pipeline, shared by all threads.
/// </summary>
public static class SafeMarkdown
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .UseAttackCitations()
        .Build();

    public static string Render(string? markdown, MarkdownContext context)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return "";
        // Text that nests past the limits would make Markdig throw: show it verbatim, escaped, instead.
        // Notes never get here (the reader leaves them out, AKB1026); descriptions from YAML fields can.
        if (AttackKb.Core.Text.MarkdownLimits.Check(markdown) is not null) return Verbatim(markdown);
        var document = Markdig.Markdown.Parse(
            markdown, Pipeline, CitationInlineParser.WithNumbers(context.Citations));
        if (MarkdownDepth.Exceeds(document)) return Verbatim(markdown);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkRenderer(context));
        renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkRenderer(context));
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new ShiftedHeadingRenderer(context.MinHeadingLevel));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Text too deeply nested to render as markdown, shown as it was written (escaped).</summary>
    private static string Verbatim(string markdown) =>
        "<pre>" + AttackKb.Site.Html.HtmlText.Escape(markdown) + "</pre>\n";

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
