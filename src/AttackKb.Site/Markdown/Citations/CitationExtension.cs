using Markdig;
using Markdig.Renderers;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// Citations as a Markdig extension: the parser reads them inline (so code and escapes keep their meaning), the
/// renderer links them. Register with <see cref="CitationPipelineExtensions.UseAttackCitations"/>.
/// </summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<CitationInlineParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready<CitationHtmlRenderer>();
    }
}

public static class CitationPipelineExtensions
{
    public static MarkdownPipelineBuilder UseAttackCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }
}
