using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// A citation as a superscript link to its numbered reference, <c>[3]</c> → <c>#ref-3</c>, with the number left as
/// a slot of the template being written (each page numbers its references its own way).
/// </summary>
internal sealed class CitationHtmlRenderer(TemplateWriter template) : HtmlObjectRenderer<CitationInline>
{
    protected override void Write(HtmlRenderer renderer, CitationInline citation)
    {
        renderer.Write("<sup class=\"cite\"><a href=\"#ref-");
        template.CitationNumber(citation.Source);
        renderer.Write("\">[");
        template.CitationNumber(citation.Source);
        renderer.Write("]</a></sup>");
    }
}
