using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Site.Assets;
using AttackKb.Site.Layer;
using AttackKb.Site.Model;
using AttackKb.Site.Output;
using AttackKb.Site.Pages;
using AttackKb.Site.Search;

namespace AttackKb.Site;

/// <summary>
/// Every file of the site and how to make it, without making any: the one list both `site` (renders and writes them
/// all) and `serve` (renders a file when it is asked for, again when the KB changes) use. Building a plan costs the
/// <see cref="SiteMap"/> (every page and cross-link); each page's render closure only looks things up in it.
/// </summary>
public sealed class SitePlan
{
    private SitePlan(SiteMap map, DiagnosticBag bag, IReadOnlyList<SitePage> pages)
    {
        Map = map;
        Bag = bag;
        Pages = pages;
    }

    public SiteMap Map { get; }

    /// <summary>The HTML pages, in the order `site` has always listed them.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>
    /// Diagnostics of the map and of links the site shows as text (AKB71xx); generation adds its own.
    /// </summary>
    internal DiagnosticBag Bag { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => Bag.Items;

    /// <summary>The theme's files (style, scripts, icons), the same bytes whatever the KB.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Assets() =>
        Theme.Assets().Select(asset => ("assets/" + SitePaths.Slug(asset.Name), asset.Bytes));

    /// <summary>The search index's files (built from the whole map at once).</summary>
    public IReadOnlyList<(string Path, byte[] Bytes)> SearchIndexFiles() => SearchIndex.Files(Map);

    /// <summary>The Navigator layer, published as <see cref="SitePaths.Layer"/>.</summary>
    public byte[] Layer() => NavigatorLayer.Write(Map);

    /// <summary>robots.txt: the whole site may be crawled.</summary>
    public static byte[] Robots() => "User-agent: *\nAllow: /\n"u8.ToArray();

    /// <param name="previous">The plan of the KB before an edit (`serve`), whose map may lend the next one what
    /// the edit did not change (see <see cref="SiteMap"/>).</param>
    public static SitePlan Of(KnowledgeBase kb, SiteOptions options, SitePlan? previous = null)
    {
        var bag = new DiagnosticBag();
        var map = new SiteMap(kb, options, bag, previous?.Map);
        UnpublishedLinks.Report(map, bag);
        return new SitePlan(map, bag, PagesOf(map));
    }

    private static List<SitePage> PagesOf(SiteMap map)
    {
        var options = map.Options;
        var pages = new List<SitePage>
        {
            new(HubPage.PathOf(options), null, () => HubPage.Render(map)),
            new(SitePaths.Matrix, null, () => MatrixPage.Render(map)),
            new(SitePaths.Detections, null, () => ListPages.Detections(map)),
            new(SitePaths.DataComponents, null, () => ListPages.DataComponents(map)),
            new(SitePaths.Tactics, null, () => ListPages.Tactics(map)),
            new(SitePaths.Rules, null, () => FixedPages.Rules(map)),
            new(SitePaths.Credits, null, () => FixedPages.CreditsPage(map)),
            new(SitePaths.Search, null, () => FixedPages.Search(map)),
            new(SitePaths.NotFound, null, () => FixedPages.NotFound(map)),
        };
        if (options.Home == HomePage.Overview) pages.Add(new(SitePaths.Home, null, () => OverviewPage.Render(map)));
        foreach (var platform in MatrixPlatforms.Of(map))
            pages.Add(new(platform.Page, null, () => MatrixPage.Render(map, platform)));
        for (int number = 1; number <= ListPages.TechniquePages(map).Count; number++)
        {
            int n = number;
            pages.Add(new(SitePaths.Continued(SitePaths.Techniques, n), null, () => ListPages.Techniques(map, n)));
        }
        foreach (var t in map.Techniques) pages.Add(new(t.Url, t.Note?.Path, () => TechniquePage.Render(map, t)));
        foreach (var d in map.Detections) pages.Add(new(d.Url, d.Detection.Path, () => DetectionPage.Render(map, d)));
        foreach (var t in map.Tests) pages.Add(new(t.Url, t.Test.Path, () => TestPage.Render(map, t)));
        foreach (var s in map.Strategies) pages.Add(new(s.Url, null, () => StrategyPage.Render(map, s)));
        foreach (var c in map.DataComponents) pages.Add(new(c.Url, null, () => DataComponentPage.Render(map, c)));
        foreach (var t in map.Tactics) pages.Add(new(t.Url, null, () => TacticPage.Render(map, t)));
        foreach (var t in map.Techniques)
            for (int number = 1; number <= t.ProcedurePages.Count; number++)
            {
                int n = number;
                string path = SitePaths.Continued(SitePaths.Procedures(t.Id), n);
                pages.Add(new(path, null, () => ProcedureListPage.Render(map, t, n)));
            }
        foreach (var kind in ObjectKinds.All)
        {
            if (map.Objects[kind].Count > 0)
                pages.Add(new(ObjectKinds.IndexPage(kind), null, () => ObjectListPage.Render(map, kind)));
            foreach (var o in map.Objects[kind])
                for (int number = 1; number <= o.Pages.Count; number++)
                {
                    int n = number;
                    pages.Add(new(SitePaths.Continued(o.Url, n), null, () => ObjectPage.Render(map, o, n)));
                }
        }
        foreach (var (name, markdown) in Theme.Pages())
        {
            string path = SitePaths.Slug(Path.GetFileNameWithoutExtension(name)) + ".html";
            pages.Add(new(path, null, () => HandWrittenPage.Render(map, path, markdown)));
        }
        return pages;
    }
}

/// <summary>One page of the site: where it goes, the KB file it shows (if any), how to render it.</summary>
public sealed record SitePage(string Path, string? Source, Func<string> Render);
