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

    /// <summary>The text's template, every source it cites read as a citation.</summary>
    public MarkdownTemplate For(string markdown, string? fromKbPath) =>
        _templates.GetOrAdd((markdown, fromKbPath), key =>
            SafeMarkdown.Template(key.Markdown, LinkResolver(key.From), _ => true, MarkdownContext.NoteHeadingLevel));

    /// <summary>
    /// Links in a text from <paramref name="fromKbPath"/>: site pages as site paths, the rest as they are.
    /// </summary>
    public Func<string, LinkClass, LinkHref?> LinkResolver(string? fromKbPath) => (url, kind) =>
        LinkTargets.Resolve(map, fromKbPath, url, kind, out bool isPage) is { } target
            ? new LinkHref(target, isPage)
            : null;
}
