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
    private readonly Dictionary<string, Func<string>> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sourceOfPage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, byte[]>> _searchIndex;
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _errorsByFile;
    private readonly HashSet<string> _lastGoodPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ServedFile?>> _served = new(StringComparer.Ordinal);

    public SiteSnapshot(SitePlan plan, IReadOnlyList<Diagnostic> lint, IReadOnlyList<string> leftOut,
        SiteSnapshot? previous)
    {
        Plan = plan;
        foreach (var page in plan.Pages)
        {
            _pages[page.Path] = page.Render;
            if (page.Source is { } source) _sourceOfPage[page.Path] = source;
        }
        foreach (var (path, bytes) in SitePlan.Assets()) _files[path] = bytes;
        _files[SitePaths.Robots] = SitePlan.Robots();
        _searchIndex = new(() =>
            plan.SearchIndexFiles().ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal));
        _errorsByFile = lint
            .Where(d => d.Severity == Severity.Error && d.Location is not null)
            .GroupBy(d => d.Location!.Value.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.Order().ToArray(), StringComparer.Ordinal);
        if (previous is not null) KeepLastGoodPages(previous, leftOut);
    }

    public SitePlan Plan { get; }

    /// <summary>The file at a site path, or null when the site has none (or its page failed to render).</summary>
    public ServedFile? Get(string path) =>
        _served.GetOrAdd(path, p => new Lazy<ServedFile?>(() => Make(p))).Value;

    /// <summary>The version a page's reload script compares ("" when the path has no page now).</summary>
    public string VersionOf(string path) => Get(path)?.Version ?? "";

    private ServedFile? Make(string path)
    {
        if (_pages.TryGetValue(path, out var render)) return Page(path, render);
        if (path == SitePaths.Layer) return Bytes(path, Plan.Layer());
        if (_files.TryGetValue(path, out var bytes)) return Bytes(path, bytes);
        if (path.StartsWith(Site.Search.SearchIndex.Folder, StringComparison.Ordinal)
            && _searchIndex.Value.TryGetValue(path, out var index))
            return Bytes(path, index);
        return null;
    }

    private static ServedFile Bytes(string path, byte[] bytes) =>
        ServedFile.Of(bytes, ContentTypes.Of(path), ServedFile.Hash(bytes));

    private ServedFile? Page(string path, Func<string> render)
    {
        string html;
        try { html = render(); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // `site` reports this page as AKB7106 and leaves it out; serve answers 404 for it the same way.
            return null;
        }
        string? banner = null;
        if (_sourceOfPage.TryGetValue(path, out var source))
            banner = LintBanner.Of(source, _errorsByFile.GetValueOrDefault(source) ?? [],
                _lastGoodPages.Contains(path));
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
        foreach (var (path, source) in previous._sourceOfPage)
        {
            if (!broken.Contains(source) || _sourceOfPage.ContainsKey(path)) continue;
            string html;
            try { html = previous._pages[path](); }
            catch (Exception e) when (e is not OutOfMemoryException) { continue; }
            _pages[path] = () => html;
            _sourceOfPage[path] = source;
            _lastGoodPages.Add(path);
        }
    }
}
