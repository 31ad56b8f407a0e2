using AttackKb.Core.Attack;
using AttackKb.Site.Html;
using AttackKb.Site.Output;

using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// The shell of every page: doctype, lang, charset, viewport, a Content-Security-Policy that allows only the site's
/// own script and style files (no inline script or style anywhere), the header with navigation and search, the footer
/// with MITRE's copyright designation and the other credits.
/// </summary>
public static class Layout
{
    /// <summary>
    /// Only same-origin files: works from file:// and any static host; no CDN, no network, no inline code.
    /// <c>connect-src 'self'</c> lets crawlers' in-page checks read <c>robots.txt</c> (Lighthouse's SEO audit fails
    /// without it); the site's own script never fetches, and no script but the site's own can run.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'";

    /// <summary>The analysts' pages; tool-facing ones (lint rules, the layer, credits) are linked from the footer.
    /// </summary>
    private static readonly (string Path, string Label)[] Navigation =
    [
        (SitePaths.Matrix, "Matrix"),
        (SitePaths.Techniques, "Techniques"),
        (SitePaths.Detections, "Detections"),
        (SitePaths.DataComponents, "Data components"),
        (SitePaths.Tactics, "Tactics"),
    ];

    /// <summary>
    /// The home page (the hub, or the overview with the hub beside it), the fixed entries, and the index of each
    /// object kind the site has pages of after "Tactics".
    /// </summary>
    private static IEnumerable<(string Path, string Label)> NavigationOf(SiteMap map)
    {
        if (map.Options.Home == HomePage.Overview)
        {
            yield return (SitePaths.Home, "Overview");
            yield return (SitePaths.Hub, "Certificate hub");
        }
        else yield return (SitePaths.Home, "Certificate hub");
        foreach (var entry in Navigation)
        {
            yield return entry;
            if (entry.Path != SitePaths.Tactics) continue;
            foreach (var kind in ObjectKinds.All)
                if (map.Objects[kind].Count > 0) yield return (ObjectKinds.IndexPage(kind), ObjectKinds.Plural(kind));
        }
    }

    private const string SearchPlaceholder = "Search: T1553.004, root certificate, DET0056…";

    public static string Render(PageWriter page, string title, string? bodyClass, string description)
    {
        // The page is the head, the body as the page wrote it, and the foot, joined once: copying the body into a
        // builder and that builder into a string made five copies of every page, most of the site's allocations.
        var head = HtmlBuilder.Rent();
        var h = head;
        string root = page.Root;
        string siteTitle = page.Map.Options.Title;
        // The raw literals' line breaks are the output's: .gitattributes keeps sources LF on every checkout.
        h.Html($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy}">
            <meta name="referrer" content="no-referrer">
            <title>{title} · {siteTitle}</title>
            <meta name="description" content="{description}">
            <link rel="stylesheet" href="{root}assets/style.css">
            <link rel="icon" href="{root}assets/favicon.svg" type="image/svg+xml">
            <script src="{root}assets/search.js" defer=""></script>
            </head>

            """);
        if (bodyClass is null) h.Html($"""<body data-root="{root}">""").Line();
        else h.Html($"""<body class="{bodyClass}" data-root="{root}">""").Line();
        h.Html($"""
            <a class="skip" href="#main">Skip to content</a>
            <header class="site"><div class="bar"><a class="brand" href="{root}{SitePaths.Home}">{siteTitle}</a>
            """);
        h.Html($"""
            <form class="search" role="search" action="{root}{SitePaths.Search}" method="get">
            """);
        h.Html($"""
            <label class="visually-hidden" for="q">Search techniques, detections, IDs</label>
            """);
        h.Html($"""<input id="q" name="q" type="search" placeholder="{SearchPlaceholder}" """
            + $"""autocomplete="off" spellcheck="false">""");
        h.Html($"""<ul class="results" id="search-results" hidden=""></ul></form></div>""").Line();
        h.Html($"""<nav aria-label="Site"><ul>""");
        foreach (var (path, label) in NavigationOf(page.Map))
        {
            if (path == page.Path) h.Html($"""<li><a href="{root}{path}" aria-current="page">{label}</a></li>""");
            else h.Html($"""<li><a href="{root}{path}">{label}</a></li>""");
        }
        h.Html($"""
            </ul></nav></header>
            <main id="main">

            """);
        var foot = h = HtmlBuilder.Rent();
        h.Html($"""
            </main>
            <footer class="site"><p>Contains facts from MITRE ATT&amp;CK®
            """);
        if (page.Map.Release is { } r) h.Html($" ({r.Info.DisplayName})");
        h.Html($". {AttackNotice.Designation} {Credits.AttackTrademark} ");
        h.Html($"""<a href="{root}{SitePaths.Credits}">Licence and credits</a>.</p>""").Line();
        h.Html($"""<p>{Credits.SigmaCredit} {Credits.AtomicCredit}</p>""").Line();
        h.Html($"""<p>Coverage as an ATT&amp;CK Navigator layer:""");
        h.Html($""" <a href="{root}{SitePaths.Layer}">coverage.json</a>.""");
        h.Html($""" The linter&#39;s <a href="{root}{SitePaths.Rules}">diagnostic codes</a>.""");
        h.Html($""" Generated by attackkb from the team&#39;s knowledge base.</p></footer>""").Line();
        h.Html($"""
            </body>
            </html>

            """);
        string html = HtmlBuilder.Join(head, page.H, foot);
        head.Return();
        foot.Return();
        return html;
    }
}
