using AttackKb.Site.Html;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// A page written by hand in site/pages/*.md, rendered with the same safe markdown and layout as the rest.
/// </summary>
public static class HandWrittenPage
{
    public static string Render(SiteMap map, string path, string markdown)
    {
        var p = new PageWriter(map, path);
        string title = markdown.Split('\n')
            .FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim()
            ?? Path.GetFileNameWithoutExtension(path);
        var context = new MarkdownContext
        {
            ResolveLink = (url, kind) => new LinkHref(url, IsSitePath: kind != LinkClass.External),
            PageHref = p.Href,
            MinHeadingLevel = 1,
        };
        p.H.Html($"{new RawHtml_AlreadySanitized_DoNotWrapNoteText(SafeMarkdown.Render(markdown, context))}");
        return p.Finish(title);
    }
}
