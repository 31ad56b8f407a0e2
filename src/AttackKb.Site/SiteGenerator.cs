using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Site.Layer;
using AttackKb.Site.Model;
using AttackKb.Site.Output;
using AttackKb.Site.Pages;

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
        var plan = SitePlan.Of(kb, options);
        var bag = plan.Bag;
        var map = plan.Map;
        var pages = plan.Pages;
        var output = new SiteOutput(outputDir);
        // The search index reads only the map: it is built while the pages render, on the core their tail and its
        // own single-threaded steps leave idle, and written after them.
        var indexFiles = options.Parallel
            ? Task.Run(plan.SearchIndexFiles)
            : Task.FromResult(plan.SearchIndexFiles());

        if (options.Parallel) Parallel.ForEach(pages, page => Write(plan, page, output, bag));
        else foreach (var page in pages) Write(plan, page, output, bag);

        foreach (var (path, bytes) in SitePlan.Assets()) output.WriteBytes(path, bytes);
        // What the index adds once the pages are written: waiting for it, then writing its files.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var index = indexFiles.GetAwaiter().GetResult();
        if (options.Parallel) Parallel.ForEach(index, file => output.WriteBytes(file.Path, file.Bytes));
        else foreach (var file in index) output.WriteBytes(file.Path, file.Bytes);
        var indexTime = clock.Elapsed;
        output.WriteBytes(SitePaths.Layer, plan.Layer());
        output.WriteBytes(SitePaths.Robots, SitePlan.Robots());

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

    /// <summary>
    /// Renders and writes one page. A page whose rendering throws is a bug of ours: it is reported (AKB7106) at the
    /// file it shows and left out, and the other pages still go on.
    /// </summary>
    private static void Write(SitePlan plan, SitePage page, SiteOutput output, DiagnosticBag bag)
    {
        string html;
        try { html = plan.Render(page); }
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

    private static (string, long) Largest(IEnumerable<KeyValuePair<string, long>> files) =>
        files.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => (kv.Key, kv.Value)).FirstOrDefault(("", 0));
}
