using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Site.Assets;
using AttackKb.Site.Layer;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;
using AttackKb.Site.Output;
using AttackKb.Site.Pages;
using AttackKb.Site.Search;

namespace AttackKb.Site;

/// <summary>
/// `attackkb site`: the static reference site. The one public entry point: build the <see cref="SiteMap"/> once (every
/// page and cross-link), then render every page (in parallel; each page only looks things up) and write it through
/// <see cref="SiteOutput"/>, which keeps every file inside <c>outputDir</c>. Output is byte-identical for the same KB.
/// Callers write into a staging folder and swap it in (the CLI's OutputFolder), so a failed build leaves no half site;
/// this method never deletes anything.
/// </summary>
public static class SiteGenerator
{
    public static SiteResult Generate(KnowledgeBase kb, SiteOptions options, string outputDir)
    {
        RefuseKnowledgeBaseFolder(kb.Root, outputDir);
        var bag = new DiagnosticBag();
        var map = new SiteMap(kb, options, bag);
        ReportUnpublishedLinks(map, bag);
        var output = new SiteOutput(outputDir);

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

        if (options.Parallel) Parallel.ForEach(pages, page => Write(page, output, bag));
        else foreach (var page in pages) Write(page, output, bag);

        foreach (var (name, bytes) in Theme.Assets()) output.WriteBytes("assets/" + SitePaths.Slug(name), bytes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var index = SearchIndex.Files(map);
        if (options.Parallel) Parallel.ForEach(index, file => output.WriteBytes(file.Path, file.Bytes));
        else foreach (var file in index) output.WriteBytes(file.Path, file.Bytes);
        var indexTime = clock.Elapsed;
        output.WriteBytes(SitePaths.Layer, NavigatorLayer.Write(map));
        output.WriteBytes(SitePaths.Robots, "User-agent: *\nAllow: /\n"u8.ToArray());

        var sizes = output.Written;
        foreach (var t in map.Techniques)
            if (sizes.TryGetValue(t.Url, out long size) && size > options.TechniquePageBudget)
                bag.Report(
                    SiteDiagnostics.PageOverBudget,
                    t.Note is { } n ? Core.Text.SourceLocation.File(n.Path) : null,
                    t.Id,
                    size,
                    options.TechniquePageBudget);

        var html = sizes.Where(kv => kv.Key.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        return new SiteResult
        {
            OutputDir = Path.GetFullPath(outputDir),
            Diagnostics = bag.Items.Order().ToArray(),
            Pages = html.Length,
            Files = sizes.Count,
            TotalBytes = sizes.Values.Sum(),
            Techniques = map.Techniques.Count,
            Detections = map.Detections.Count,
            LargestPage = Largest(html),
            LargestTechniquePage = Largest(html.Where(kv =>
                kv.Key.StartsWith("techniques/", StringComparison.Ordinal) && kv.Key != SitePaths.Techniques)),
            SearchIndexBytes = index.Sum(f => f.Bytes.LongLength),
            SearchIndexTime = indexTime,
        };
    }

    /// <summary>One page of the site: where it goes, the KB file it shows (if any), how to render it.</summary>
    private sealed record SitePage(string Path, string? Source, Func<string> Render);

    /// <summary>
    /// Renders and writes one page. A page whose rendering throws is a bug of ours: it is reported (AKB7106) at the
    /// file it shows and left out, and the other pages still go on.
    /// </summary>
    private static void Write(SitePage page, SiteOutput output, DiagnosticBag bag)
    {
        string html;
        try { html = page.Render(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var at = page.Source is { } source
                ? Core.Text.SourceLocation.File(source)
                : (Core.Text.SourceLocation?)null;
            lock (bag) bag.Report(SiteDiagnostics.PageFailed, at, page.Path, e.GetType().Name); // pages run in parallel
            return;
        }
        output.WriteText(page.Path, html);
    }

    /// <summary>
    /// Writes only the Navigator layer (the `layer` command): same map, same bytes as the site's coverage.json.
    /// </summary>
    public static (byte[] Layer, IReadOnlyList<Diagnostic> Diagnostics) Layer(KnowledgeBase kb, SiteOptions options)
    {
        var bag = new DiagnosticBag();
        var map = new SiteMap(kb, options, bag);
        return (NavigatorLayer.Write(map), bag.Items.Order().ToArray());
    }

    /// <summary>The site must never be written over, around or into the knowledge base it is built from.</summary>
    private static void RefuseKnowledgeBaseFolder(string kbRoot, string outputDir)
    {
        if (Core.Text.KbPath.OverlapsKnowledgeBase(outputDir, kbRoot))
            throw new ArgumentException(
                $"the site's output folder '{outputDir}' must be outside the knowledge base '{kbRoot}'",
                nameof(outputDir));
    }

    /// <summary>
    /// Links in notes that the site shows as text: unsafe schemes (AKB7101) and relative links to no published page
    /// (AKB7102).
    /// </summary>
    private static void ReportUnpublishedLinks(SiteMap map, DiagnosticBag bag)
    {
        var linksByFile = map.Kb.Notes.Select(n => (n.Path, n.Links))
            .Concat(map.Kb.Detections.Select(d => (d.Path, d.Links)));
        foreach (var (path, links) in linksByFile)
            foreach (var link in links)
            {
                if (link.Kind == Core.Model.LinkKind.Wikilink) continue;
                var kind = LinkPolicy.Classify(link.Target);
                if (kind == LinkClass.Disallowed)
                    bag.Report(SiteDiagnostics.UnsafeLinkAsText, link.Location, link.Target);
                else if (kind == LinkClass.Relative && !link.Target.StartsWith('#')
                    && LinkTargets.Resolve(map, path, link.Target.Trim(), kind, out _) is null)
                    bag.Report(SiteDiagnostics.RelativeLinkAsText, link.Location, link.Target);
            }
    }

    private static (string, long) Largest(IEnumerable<KeyValuePair<string, long>> files) =>
        files.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value)).FirstOrDefault(("", 0));
}
