using Markdig.Syntax.Inlines;

namespace AttackKb.Site.Markdown.Citations;

/// <summary>
/// A <c>(Citation: X)</c> of the page's references, as one node of the syntax tree: rendered as the reference's
/// number, never re-read as markdown (code spans and fences hold text, so a citation there stays code).
/// </summary>
public sealed class CitationInline : LeafInline
{
    /// <summary>The cited source name, trimmed, as the reader lists it.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Which of the sources the text cites this is (0-based, in order of first citation); the page's number for it,
    /// the target of <c>#ref-N</c>, is filled in per page (<see cref="MarkdownTemplate"/>).
    /// </summary>
    public required int Source { get; init; }
}
