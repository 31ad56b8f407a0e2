using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>A platform the matrix can be filtered by, and the page of its matrix.</summary>
public sealed record MatrixPlatform(string Name, string Page)
{
    /// <summary>Whether the technique runs on this platform (names compared by their page slug, so "macOS" written
    /// as "MacOS" in a note is the same platform).</summary>
    public bool Holds(TechniqueEntry t) => t.View.Platforms.Any(x => MatrixPlatforms.PageOf(x) == Page);
}

/// <summary>
/// The matrix's platform filter: one page per platform the KB's techniques name (<c>matrix-windows.html</c>…),
/// linked from every matrix page. Links rather than a script or CSS trick: no JavaScript, and each page stays small.
/// </summary>
public static class MatrixPlatforms
{
    public static string PageOf(string platform) =>
        "matrix-" + SitePaths.Slug(platform.Trim().ToLowerInvariant().Replace(' ', '-')) + ".html";

    /// <summary>The platforms of the site's techniques, one per page, in ordinal order of their page.</summary>
    public static IReadOnlyList<MatrixPlatform> Of(SiteMap map) =>
        map.Techniques.SelectMany(t => t.View.Platforms)
            .Where(x => x.Trim().Length > 0)
            .Select(x => new MatrixPlatform(x.Trim(), PageOf(x)))
            .DistinctBy(x => x.Page)
            .OrderBy(x => x.Page, StringComparer.Ordinal)
            .ToArray();

    /// <summary>"All platforms · Windows · Linux…", the current one marked.</summary>
    public static void Filter(PageWriter p, MatrixPlatform? current)
    {
        var platforms = Of(p.Map);
        if (platforms.Count == 0) return;
        var h = p.H;
        h.Html($"""<nav class="platforms" aria-label="Platform filter"><ul><li>""");
        if (current is null) h.Html($"""<a href="{p.Href(SitePaths.Matrix)}" aria-current="page">All platforms</a>""");
        else h.Html($"""<a href="{p.Href(SitePaths.Matrix)}">All platforms</a>""");
        h.Html($"</li>");
        foreach (var x in platforms)
        {
            if (x.Page == current?.Page) h.Html($"""<li><a href="{p.Href(x.Page)}" aria-current="page">{x.Name}</a>""");
            else h.Html($"""<li><a href="{p.Href(x.Page)}">{x.Name}</a>""");
            h.Html($"</li>");
        }
        h.Html($"</ul></nav>").Line();
    }
}
