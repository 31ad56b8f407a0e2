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
/// One frozen pipeline, shared by all threads. A text is rendered once into a <see cref="MarkdownTemplate"/> that each
/// page showing it fills in.
/// </summary>
public static class SafeMarkdown
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .UseAttackCitations()
        .Build();

    public static string Render(string? markdown, MarkdownContext context) =>
        string.IsNullOrWhiteSpace(markdown)
            ? ""
            : Template(markdown, context.ResolveLink, context.Citations.ContainsKey, context.MinHeadingLevel)
                .Fill(context.Citations, context.PageHref);

    /// <summary>
    /// The text rendered once for every page that shows it (<see cref="MarkdownTemplate"/>): links resolved with
    /// <paramref name="resolveLink"/>, the sources <paramref name="citable"/> lets through read as citations.
    /// </summary>
    public static MarkdownTemplate Template(string markdown, Func<string, LinkClass, LinkHref?> resolveLink,
        Func<string, bool> citable, int minHeadingLevel)
    {
        // Text that nests past the limits would make Markdig throw: show it verbatim, escaped, instead.
        // Notes never get here (the reader leaves them out, AKB1026); descriptions from YAML fields can.
        if (AttackKb.Core.Text.MarkdownLimits.Check(markdown) is not null) return Verbatim(markdown);
        var writer = TemplateWriter.Take().Begin(resolveLink, citable, minHeadingLevel);
        try
        {
            var document = Markdig.Markdown.Parse(
                markdown, Pipeline, CitationInlineParser.WithSources(writer.SourceIndex));
            return MarkdownDepth.Exceeds(document) ? Verbatim(markdown) : writer.Render(document);
        }
        finally { writer.End(); }
    }

    /// <summary>Text too deeply nested to render as markdown, shown as it was written (escaped).</summary>
    private static MarkdownTemplate Verbatim(string markdown) =>
        MarkdownTemplate.Literal("<pre>" + AttackKb.Site.Html.HtmlText.Escape(markdown) + "</pre>\n");

    private static LinkHref? Resolve(TemplateWriter writer, string? url)
    {
        var kind = LinkPolicy.Classify(url);
        return kind == LinkClass.Disallowed ? null : writer.ResolveLink(url!.Trim(), kind);
    }

    internal sealed class SafeLinkRenderer(TemplateWriter template) : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (Resolve(template, link.GetDynamicUrl?.Invoke() ?? link.Url) is not { } href)
            {
                renderer.WriteChildren(link);   // the text stays, the link goes
                return;
            }
            renderer.Write("<a href=\"");
            template.Href(renderer, href);
            renderer.Write("\">");
            if (link.IsImage) renderer.Write("[image: ");
            renderer.WriteChildren(link);
            if (link.IsImage) renderer.Write("]");
            renderer.Write("</a>");
        }
    }

    internal sealed class SafeAutolinkRenderer(TemplateWriter template) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            string url = link.IsEmail ? "mailto:" + link.Url : link.Url;
            if (Resolve(template, url) is not { } href)
            {
                renderer.WriteEscape(link.Url);
                return;
            }
            renderer.Write("<a href=\"");
            template.Href(renderer, href);
            renderer.Write("\">").WriteEscape(link.Url).Write("</a>");
        }
    }

    internal sealed class ShiftedHeadingRenderer(TemplateWriter template) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            int level = Math.Clamp(heading.Level, template.MinHeadingLevel, 6);
            string tag = "h" + level.ToString(CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).Write('>').WriteLine();
        }
    }
}
