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
    /// <summary>The page's body; given back when the page is finished (<see cref="Finish"/>).</summary>
    public HtmlBuilder H { get; } = HtmlBuilder.Rent();

    /// <summary>
    /// The first sentence of the first markdown the page shows (its description, usually), the page's
    /// <c>&lt;meta name="description"&gt;</c> unless <see cref="Finish"/> is given one.
    /// </summary>
    public string? FirstSentence { get; private set; }

    /// <summary>
    /// What this page prefixes to root-relative paths: "../" per folder level, or, on the 404 page when the site's
    /// <see cref="SiteOptions.BaseUrl"/> is known, that URL (a static host serves 404.html at any depth, where relative
    /// links would break).
    /// </summary>
    public string Root => Path == SitePaths.NotFound && Map.Options.BaseUrl.Length > 0
        ? Map.Options.BaseUrl
        : SitePaths.RootOf(Path);

    /// <summary>The href from this page to a root-relative site path.</summary>
    public string Href(string target) => Path == SitePaths.NotFound ? Root + target : SitePaths.Relative(Path, target);

    /// <summary>
    /// A technique's ID and name, linked to its page on the site, or to attack.mitre.org when the site has none.
    /// </summary>
    public void TechniqueLink(string id, bool withName = true)
    {
        var t = Map.Technique(id);
        string name = t?.Name ?? Map.Release?.Technique(id)?.Name ?? "";
        string href = t is not null ? Href(t.Url) : AttackId.TechniqueUrl(id);
        if (t is null) H.Html($"""<a class="ext" href="{href}">""");
        else H.Html($"""<a href="{href}">""");
        H.Html($"""<span class="id">{id}</span>""");
        if (withName && name.Length > 0) H.Html($" {name}");
        H.Html($"</a>");
    }

    /// <summary>A mitigation's, group's, software's, campaign's or asset's ID (and name) linked to its page.</summary>
    public void ObjectLink(ObjectEntry o, bool withName = true, string? page = null, string? fragment = null)
    {
        string href = Href(page ?? o.Url) + (fragment is null ? "" : "#" + fragment);
        H.Html($"""<a href="{href}"><span class="id">{o.Object.Id}</span>""");
        if (withName) H.Html($" {o.Object.Name}");
        H.Html($"</a>");
    }

    /// <summary>The page's title: the ID (styled as one) and the name.</summary>
    public void IdHeading(string id, string name) =>
        H.Html($"""<h1><span class="id">{id}</span> {name}</h1>""").Line();

    /// <summary>
    /// One log source as a list item: its name as code, its channel, and "→" the data component it feeds when known
    /// (ATT&amp;CK analytics, team analytics, data component pages).
    /// </summary>
    public void LogSourceItem(string name, string? channel, string? dataComponent)
    {
        H.Html($"<li><code>{name}</code>");
        if (channel is { Length: > 0 }) H.Html($""" <span class="channel">{channel}</span>""");
        if (dataComponent is not null)
        {
            H.Html($" → ");
            DataComponentLink(dataComponent);
        }
        H.Html($"</li>");
    }

    public void DetectionLink(DetectionEntry d) =>
        H.Html($"""<a href="{Href(d.Url)}"><span class="id">{d.DisplayId}</span> {d.Title}</a>""");

    public void DataComponentLink(string? idOrName)
    {
        if (Map.DataComponent(idOrName) is { } dc)
            H.Html($"""<a href="{Href(dc.Url)}"><span class="id">{dc.Component.Id}</span> {dc.Component.Name}</a>""");
        else H.Text(idOrName);
    }

    public void TacticLink(TacticEntry t) => H.Html($"""<a href="{Href(t.Url)}">{t.Name}</a>""");

    /// <summary>
    /// An external link from note data (a reference URL): only if the link policy allows it, else text.
    /// </summary>
    public void ExternalLink(string? url, string text)
    {
        if (url is not null && LinkPolicy.Classify(url) == LinkClass.External)
            H.Html($"""<a class="ext" href="{url.Trim()}">{text}</a>""");
        else H.Text(text);
    }

    /// <summary>
    /// Note markdown rendered safely, links resolved relative to the KB file it came from. The text is rendered once
    /// per site (<see cref="RenderedTexts"/>) and filled in with this page's citation numbers and hrefs.
    /// </summary>
    public void Markdown(string? markdown, string? fromKbPath, IReadOnlyDictionary<string, int>? citations = null)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return;
        FirstSentence ??= Site.Markdown.FirstSentence.Of(markdown);
        citations ??= NoCitations;
        var template = Map.Texts.For(markdown, fromKbPath, citations);
        var html = new RawHtml_AlreadySanitized_DoNotWrapNoteText(page => template.FillInto(page, citations, Href));
        H.Html($"""<div class="md">{html}</div>""").Line();
    }

    private static readonly IReadOnlyDictionary<string, int> NoCitations =
        new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>A definition-list row with escaped text; skipped when empty.</summary>
    public void Fact(string term, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        H.Html($"<dt>{term}</dt><dd>{value}</dd>").Line();
    }

    /// <summary>A definition-list row whose value is written by <paramref name="value"/>.</summary>
    public void Fact(string term, Action value)
    {
        H.Html($"<dt>{term}</dt><dd>");
        value();
        H.Html($"</dd>").Line();
    }

    public void Badge(string? text, string cssClass)
    {
        if (!string.IsNullOrWhiteSpace(text)) H.Html($"""<span class="badge {cssClass}">{text}</span>""");
    }

    public void CoverageBadge(CoverageLevel level) =>
        H.Html($"""<span class="badge {Coverage.CssClass(level)}">{Coverage.Label(level)}</span>""");

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
        if (d.Author?.Value is { Length: > 0 } a) H.Html($""" by <span class="author">{a}</span>""");
    }

    /// <summary>
    /// The whole page, the last call on this writer. <paramref name="description"/> (plain text) is its meta
    /// description; without one, the first sentence of its first markdown, else its title and the site's.
    /// </summary>
    public string Finish(string title, string? cssClass = null, string? description = null)
    {
        string meta = Site.Markdown.FirstSentence.Shorten(description) ?? FirstSentence
            ?? $"{title}: from {Map.Options.Title}, the team's MITRE ATT&CK knowledge base.";
        string html = Layout.Render(this, title, cssClass, meta);
        H.Return();
        return html;
    }
}
