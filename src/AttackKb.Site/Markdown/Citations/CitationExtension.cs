using Markdig;
using Markdig.Renderers;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// Citations as a Markdig extension: the parser reads them inline (so code and escapes keep their meaning). Register
/// with <see cref="CitationPipelineExtensions.UseAttackCitations"/>. Their renderer
/// (<see cref="CitationHtmlRenderer"/>) writes into a template, so the template writer adds it to its renderer.
/// </summary>
public sealed class CitationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.InlineParsers.AddIfNotAlready<CitationInlineParser>();

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
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
