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
/// <see cref="SiteMap"/> (every page and cross-link); each page renders from the map (<see cref="Render"/>) and only
/// looks things up in it.
/// </summary>
public sealed class SitePlan
{
    private readonly PageSet _pages;

    private SitePlan(SiteMap map, DiagnosticBag bag, PageSet pages, Dictionary<object, Diagnostic[]> linkFindings)
    {
        Map = map;
        Bag = bag;
        _pages = pages;
        _linkFindings = linkFindings;
    }

    /// <summary>The unpublished links found in each file, for the next plan (see <see cref="UnpublishedLinks"/>).
    /// </summary>
    private readonly Dictionary<object, Diagnostic[]> _linkFindings;

    public SiteMap Map { get; }

    /// <summary>The HTML pages, in the order `site` has always listed them.</summary>
    public IReadOnlyList<SitePage> Pages => _pages.List;

    /// <summary>The page at a site path, or null when the site has none.</summary>
    public SitePage? Page(string path) => _pages.ByPath.GetValueOrDefault(path);

    /// <summary>A page of this plan, rendered from its map.</summary>
    public string Render(SitePage page) => page.RenderFrom(Map);

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
        var links = UnpublishedLinks.Report(map, bag, previous?._linkFindings, previous?.Map);
        // The same pages as before (most edits): the previous list serves, its pages render from the new map.
        var pages = previous is not null && map.SamePages(previous.Map) ? previous._pages : PagesOf(map);
        return new SitePlan(map, bag, pages, links);
    }

    /// <summary>
    /// Every page, each rendering from whichever map it is given: entries are looked up by ID or by position, never
    /// held, so that the list serves the next plan when <see cref="SiteMap.SamePages"/> says the pages are the same.
    /// </summary>
    private static PageSet PagesOf(SiteMap map)
    {
        var options = map.Options;
        var pages = new List<SitePage>
        {
            new(HubPage.PathOf(options), null, HubPage.Render),
            new(SitePaths.Matrix, null, m => MatrixPage.Render(m)),
            new(SitePaths.Detections, null, ListPages.Detections),
            new(SitePaths.DataComponents, null, ListPages.DataComponents),
            new(SitePaths.Tactics, null, ListPages.Tactics),
            new(SitePaths.Rules, null, FixedPages.Rules),
            new(SitePaths.Credits, null, FixedPages.CreditsPage),
            new(SitePaths.Search, null, FixedPages.Search),
            new(SitePaths.NotFound, null, FixedPages.NotFound),
        };
        if (options.Home == HomePage.Overview) pages.Add(new(SitePaths.Home, null, OverviewPage.Render));
        foreach (var platform in MatrixPlatforms.Of(map))
            pages.Add(new(platform.Page, null, m => MatrixPage.Render(m, platform)));
        for (int number = 1; number <= ListPages.TechniquePages(map).Count; number++)
        {
            int n = number;
            pages.Add(new(SitePaths.Continued(SitePaths.Techniques, n), null, m => ListPages.Techniques(m, n)));
        }
        foreach (var t in map.Techniques)
        {
            string id = t.Id;
            pages.Add(new(t.Url, t.Note?.Path, m => TechniquePage.Render(m, m.Technique(id)!)));
        }
        AddEach(pages, map.Detections, m => m.Detections, d => d.Url, d => d.Detection.Path, DetectionPage.Render);
        AddEach(pages, map.Tests, m => m.Tests, t => t.Url, t => t.Test.Path, TestPage.Render);
        AddEach(pages, map.Strategies, m => m.Strategies, s => s.Url, _ => null, StrategyPage.Render);
        AddEach(pages, map.DataComponents, m => m.DataComponents, c => c.Url, _ => null, DataComponentPage.Render);
        AddEach(pages, map.Tactics, m => m.Tactics, t => t.Url, _ => null, TacticPage.Render);
        foreach (var t in map.Techniques)
            for (int number = 1; number <= t.ProcedurePages.Count; number++)
            {
                int n = number;
                string id = t.Id, path = SitePaths.Continued(SitePaths.Procedures(t.Id), n);
                pages.Add(new(path, null, m => ProcedureListPage.Render(m, m.Technique(id)!, n)));
            }
        foreach (var kind in ObjectKinds.All)
        {
            if (map.Objects[kind].Count > 0)
                pages.Add(new(ObjectKinds.IndexPage(kind), null, m => ObjectListPage.Render(m, kind)));
            for (int i = 0; i < map.Objects[kind].Count; i++)
            {
                var o = map.Objects[kind][i];
                for (int number = 1; number <= o.Pages.Count; number++)
                {
                    int at = i, n = number;
                    pages.Add(new(
                        SitePaths.Continued(o.Url, n), null, m => ObjectPage.Render(m, m.Objects[kind][at], n)));
                }
            }
        }
        foreach (var (name, markdown) in Theme.Pages())
        {
            string path = SitePaths.Slug(Path.GetFileNameWithoutExtension(name)) + ".html";
            pages.Add(new(path, null, m => HandWrittenPage.Render(m, path, markdown)));
        }
        return new PageSet(pages);
    }

    /// <summary>A page for each entry of one of the map's lists, rendering the entry at the same position of the
    /// map it is given.</summary>
    private static void AddEach<T>(
        List<SitePage> pages, IReadOnlyList<T> entries, Func<SiteMap, IReadOnlyList<T>> listOf, Func<T, string> url,
        Func<T, string?> source, Func<SiteMap, T, string> render)
    {
        for (int i = 0; i < entries.Count; i++)
        {
            int at = i;
            pages.Add(new(url(entries[i]), source(entries[i]), m => render(m, listOf(m)[at])));
        }
    }

    /// <summary>The pages in order, and by path (made once, shared by every plan that reuses the list).</summary>
    private sealed class PageSet(List<SitePage> list)
    {
        private Dictionary<string, SitePage>? _byPath;

        public IReadOnlyList<SitePage> List { get; } = list;

        public Dictionary<string, SitePage> ByPath
        {
            get
            {
                if (Volatile.Read(ref _byPath) is { } made) return made;
                var byPath = new Dictionary<string, SitePage>(StringComparer.Ordinal);
                foreach (var page in List) byPath[page.Path] = page;   // as `site` writes them: the last wins
                Interlocked.CompareExchange(ref _byPath, byPath, null);
                return _byPath!;
            }
        }
    }
}

/// <summary>
/// One page of the site: where it goes, the KB file it shows (if any), how to render it from the site map (see
/// <see cref="SitePlan.Render"/>).
/// </summary>
public sealed record SitePage(string Path, string? Source, Func<SiteMap, string> RenderFrom);
