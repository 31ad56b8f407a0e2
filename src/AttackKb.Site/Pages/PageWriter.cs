using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Site.Html;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// Writes one page: the shared layout (<see cref="Layout"/>) around a body, with helpers that know the page's place in
/// the site (relative hrefs) and how to link techniques, detections and tests. One per page; not shared across threads.
/// </summary>
public sealed class PageWriter
{
    public PageWriter(SiteMap map, string path)
    {
        Map = map;
        Path = path;
    }

    public SiteMap Map { get; }
    /// <summary>Root-relative path of the page being written.</summary>
    public string Path { get; }
    public HtmlBuilder H { get; } = new();

    /// <summary>
    /// What this page prefixes to root-relative paths: "../" per folder level, or, on the 404 page when the site's
    /// <see cref="SiteOptions.BaseUrl"/> is known, that URL (a static host serves 404.html at any depth, where relative
    /// links would break).
    /// </summary>
    public string Root => Path == SitePaths.NotFound && Map.Options.BaseUrl.Length > 0 ? Map.Options.BaseUrl : SitePaths.RootOf(Path);

    /// <summary>The href from this page to a root-relative site path.</summary>
    public string Href(string target) => Path == SitePaths.NotFound ? Root + target : SitePaths.Relative(Path, target);

    /// <summary>A technique's ID and name, linked to its page on the site, or to attack.mitre.org when the site has none.</summary>
    public void TechniqueLink(string id, bool withName = true)
    {
        var t = Map.Technique(id);
        string name = t?.Name ?? Map.Release?.Technique(id)?.Name ?? "";
        string href = t is not null ? Href(t.Url) : AttackId.TechniqueUrl(id);
        H.Open("a", t is null ? "ext" : null, ("href", href)).Element("span", id, "id");
        if (withName && name.Length > 0) H.Text(" ").Text(name);
        H.Close("a");
    }

    /// <summary>The page's title: the ID (styled as one) and the name.</summary>
    public void IdHeading(string id, string name) =>
        H.Open("h1").Element("span", id, "id").Text(" ").Text(name).Close("h1").Line();

    /// <summary>
    /// One log source as a list item: its name as code, its channel, and "→" the data component it feeds when known
    /// (ATT&amp;CK analytics, team analytics, data component pages).
    /// </summary>
    public void LogSourceItem(string name, string? channel, string? dataComponent)
    {
        H.Open("li").Element("code", name);
        if (channel is { Length: > 0 }) H.Text(" ").Element("span", channel, "channel");
        if (dataComponent is not null)
        {
            H.Text(" → ");
            DataComponentLink(dataComponent);
        }
        H.Close("li");
    }

    public void DetectionLink(DetectionEntry d) =>
        H.Open("a", null, ("href", Href(d.Url))).Element("span", d.DisplayId, "id").Text(" ").Text(d.Title).Close("a");

    public void DataComponentLink(string? idOrName)
    {
        if (Map.DataComponent(idOrName) is { } dc)
            H.Open("a", null, ("href", Href(dc.Url))).Element("span", dc.Component.Id, "id").Text(" ").Text(dc.Component.Name).Close("a");
        else H.Text(idOrName);
    }

    public void TacticLink(TacticEntry t) => H.Link(Href(t.Url), t.Name);

    /// <summary>An external link from note data (a reference URL): only if the link policy allows it, else text.</summary>
    public void ExternalLink(string? url, string text)
    {
        if (url is not null && LinkPolicy.Classify(url) == LinkClass.External) H.Link(url.Trim(), text, "ext");
        else H.Text(text);
    }

    /// <summary>Note markdown rendered safely, links resolved relative to the KB file it came from.</summary>
    public void Markdown(string? markdown, string? fromKbPath, IReadOnlyDictionary<string, int>? citations = null)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return;
        var context = new MarkdownContext
        {
            ResolveLink = (url, kind) =>
                LinkTargets.Resolve(Map, fromKbPath, url, kind, out bool isPage) is { } target ? (isPage ? Href(target) : target) : null,
            Citations = citations ?? new Dictionary<string, int>(StringComparer.Ordinal),
        };
        H.Open("div", "md").RawHtml_AlreadySanitized_DoNotPassNoteText(SafeMarkdown.Render(markdown, context)).Close("div").Line();
    }

    /// <summary>A definition-list row with escaped text; skipped when empty.</summary>
    public void Fact(string term, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        H.Element("dt", term).Element("dd", value).Line();
    }

    /// <summary>A definition-list row whose value is written by <paramref name="value"/>.</summary>
    public void Fact(string term, Action value)
    {
        H.Element("dt", term).Open("dd");
        value();
        H.Close("dd").Line();
    }

    public void Badge(string? text, string cssClass)
    {
        if (!string.IsNullOrWhiteSpace(text)) H.Element("span", text, "badge " + cssClass);
    }

    public void CoverageBadge(CoverageLevel level) => H.Element("span", Coverage.Label(level), "badge " + Coverage.CssClass(level));

    /// <summary>Items joined with ", " each written by <paramref name="write"/>.</summary>
    public void Join<T>(IEnumerable<T> items, Action<T> write, string separator = ", ")
    {
        bool first = true;
        foreach (var item in items)
        {
            if (!first) H.Text(separator);
            first = false;
            write(item);
        }
    }

    /// <summary>"by X" credit for a detection (Sigma's DRL requires the author wherever the rule is shown).</summary>
    public void Author(Detection d)
    {
        if (d.Author?.Value is { Length: > 0 } a) H.Text(" by ").Element("span", a, "author");
    }

    public string Finish(string title, string? cssClass = null) => Layout.Render(this, title, cssClass);
}
