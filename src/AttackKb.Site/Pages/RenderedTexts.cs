using System.Collections.Concurrent;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// The site's markdown texts, each rendered once (per KB file its relative links start from) and shared by every page
/// that shows it: pages fill in their own citation numbers and hrefs (<see cref="MarkdownTemplate"/>). One per
/// <see cref="SiteMap"/>; pages render in parallel, so a text two pages meet at once may be rendered twice, to the
/// same template.
/// </summary>
public sealed class RenderedTexts(SiteMap map)
{
    private readonly ConcurrentDictionary<(string Markdown, string? From), MarkdownTemplate> _templates = new();

    /// <summary>
    /// The text's template for a page numbering <paramref name="citations"/>: the shared one (every source it cites
    /// read as a citation), or, when the page lacks one of those sources (that citation stays text, which parses
    /// differently), one rendered for the page alone.
    /// </summary>
    public MarkdownTemplate For(string markdown, string? fromKbPath, IReadOnlyDictionary<string, int> citations)
    {
        var shared = _templates.GetOrAdd((markdown, fromKbPath), key => Render(key.Markdown, key.From, _ => true));
        return shared.Fits(citations) ? shared : Render(markdown, fromKbPath, citations.ContainsKey);
    }

    private MarkdownTemplate Render(string markdown, string? fromKbPath, Func<string, bool> citable) =>
        SafeMarkdown.Template(markdown, LinkResolver(fromKbPath), citable, MarkdownContext.NoteHeadingLevel);

    /// <summary>
    /// Links in a text from <paramref name="fromKbPath"/>: site pages as site paths, the rest as they are.
    /// </summary>
    private Func<string, LinkClass, LinkHref?> LinkResolver(string? fromKbPath) => (url, kind) =>
        LinkTargets.Resolve(map, fromKbPath, url, kind, out bool isPage) is { } target
            ? new LinkHref(target, isPage)
            : null;
}
