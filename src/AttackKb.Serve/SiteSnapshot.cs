using System.Collections.Concurrent;
using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Site;
using AttackKb.Site.Output;

namespace AttackKb.Serve;

/// <summary>
/// The site for one state of the KB: every path of its <see cref="SitePlan"/>, each rendered the first time it is
/// asked for and then kept (until the KB changes and a new snapshot replaces this one, so memory holds one site at a
/// time). A page's bytes are the ones `site` writes, plus what <see cref="ServedOnly"/> injects. A note that no
/// longer reads keeps its last good page from the previous snapshot, with the banner saying so.
/// </summary>
internal sealed class SiteSnapshot
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    /// <summary>The theme's files and robots.txt: the same bytes in every snapshot.</summary>
    private static readonly Dictionary<string, byte[]> FixedFiles = SitePlan.Assets()
        .Append((Path: SitePaths.Robots, Bytes: SitePlan.Robots()))
        .ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);

    private readonly Lazy<Dictionary<string, byte[]>> _searchIndex;
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _errorsByFile;
    /// <summary>The last good page of each file that no longer reads: its HTML and the file.</summary>
    private readonly Dictionary<string, (string Html, string Source)> _lastGoodPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ServedFile?>> _served = new(StringComparer.Ordinal);

    public SiteSnapshot(SitePlan plan, IReadOnlyList<Diagnostic> lint, IReadOnlyList<string> leftOut,
        SiteSnapshot? previous)
    {
        Plan = plan;
        _searchIndex = new(() =>
            plan.SearchIndexFiles().ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal));
        _errorsByFile = lint
            .Where(d => d.Severity == Severity.Error && d.Location is not null)
            .GroupBy(d => d.Location!.Value.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.Order().ToArray(), StringComparer.Ordinal);
        if (previous is not null && leftOut.Count > 0) KeepLastGoodPages(previous, leftOut);
    }

    public SitePlan Plan { get; }

    /// <summary>The file at a site path, or null when the site has none (or its page failed to render).</summary>
    public ServedFile? Get(string path) =>
        _served.GetOrAdd(path, p => new Lazy<ServedFile?>(() => Make(p))).Value;

    /// <summary>The version a page's reload script compares ("" when the path has no page now).</summary>
    public string VersionOf(string path) => Get(path)?.Version ?? "";

    private ServedFile? Make(string path)
    {
        if (Plan.Page(path) is { } page && !HasLastGoodPage(path, page))
            return Page(path, () => Plan.Render(page), page.Source, lastGood: false);
        if (_lastGoodPages.TryGetValue(path, out var kept))
            return Page(path, () => kept.Html, kept.Source, lastGood: true);
        if (path == SitePaths.Layer) return Bytes(path, Plan.Layer());
        if (FixedFiles.TryGetValue(path, out var bytes)) return Bytes(path, bytes);
        if (path.StartsWith(Site.Search.SearchIndex.Folder, StringComparison.Ordinal)
            && _searchIndex.Value.TryGetValue(path, out var index))
            return Bytes(path, index);
        return null;
    }

    private static ServedFile Bytes(string path, byte[] bytes) =>
        ServedFile.Of(bytes, ContentTypes.Of(path), ServedFile.Hash(bytes));

    /// <summary>A page made from the release alone gives way to the last good page of the note that made it.
    /// </summary>
    private bool HasLastGoodPage(string path, SitePage page) =>
        page.Source is null && _lastGoodPages.ContainsKey(path);

    private ServedFile? Page(string path, Func<string> render, string? source, bool lastGood)
    {
        string html;
        try { html = render(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // `site` reports this page as AKB7106 and leaves it out; serve answers 404 for it the same way.
            return null;
        }
        string? banner = source is null
            ? null
            : LintBanner.Of(source, _errorsByFile.GetValueOrDefault(source) ?? [], lastGood);
        string version = ServedFile.Hash(Utf8.GetBytes(banner is null ? html : html + banner));
        return ServedFile.Of(Utf8.GetBytes(ServedOnly.Inject(html, version, banner)), ContentTypes.Of(path), version);
    }

    /// <summary>
    /// For each file that no longer reads and had a page in the previous snapshot: that page, rendered now (the
    /// previous snapshot is not kept alive by a closure), under the same path, unless another file's page took it (a
    /// page made from the release alone, as every technique of the release has, gives way).
    /// </summary>
    private void KeepLastGoodPages(SiteSnapshot previous, IReadOnlyList<string> leftOut)
    {
        var broken = leftOut.ToHashSet(StringComparer.Ordinal);
        var pagesOfBroken = previous.Plan.Pages.Where(p => p.Source is not null && broken.Contains(p.Source))
            .Select(p => (p.Path, Source: p.Source!, Render: (Func<string>)(() => previous.Plan.Render(p))))
            .Concat(previous._lastGoodPages.Where(p => broken.Contains(p.Value.Source))
                .Select(p => (p.Key, p.Value.Source, Render: (Func<string>)(() => p.Value.Html))));
        foreach (var (path, source, render) in pagesOfBroken)
        {
            if (Plan.Page(path)?.Source is not null || _lastGoodPages.ContainsKey(path)) continue;
            string html;
            try { html = render(); }
            catch (Exception e) when (e is not OutOfMemoryException) { continue; }
            _lastGoodPages[path] = (html, source);
        }
    }
}
