using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>A citation as a superscript link to its numbered reference: <c>[3]</c> → <c>#ref-3</c>.</summary>
public sealed class CitationHtmlRenderer : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        string number = citation.Number.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<sup class=\"cite\"><a href=\"#ref-").Write(number).Write("\">[").Write(number)
            .Write("]</a></sup>");
    }
}
