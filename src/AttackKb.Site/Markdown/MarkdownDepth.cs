using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AttackKb.Site.Markdown;

/// <summary>
/// How deep a parsed document nests, walked without recursion. Markdig's renderer throws past 128 levels; the text
/// pre-scan (<see cref="Core.Text.MarkdownLimits"/>) keeps real and hostile notes far below that, and this exact
/// check is the site's backstop for any text shape the pre-scan estimates too low.
/// </summary>
public static class MarkdownDepth
{
    /// <summary>Below Markdig's 128 with room for the renderer's own frames.</summary>
    public const int MaxRenderDepth = 100;

    public static bool Exceeds(MarkdownDocument document, int limit = MaxRenderDepth)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > limit) return true;
            switch (node)
            {
                case ContainerBlock blocks:
                    foreach (var child in blocks) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                        pending.Push((child, depth + 1));
                    break;
            }
        }
        return false;
    }
}
