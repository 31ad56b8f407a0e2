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

    /// <summary>The reference's number on the page (1-based), the target of <c>#ref-N</c>.</summary>
    public required int Number { get; init; }
}
