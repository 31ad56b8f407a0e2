using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// A data component: its log sources, the techniques it helps detect, and the ATT&amp;CK and team analytics that read
/// it.
/// </summary>
public static class DataComponentPage
{
    public static string Render(SiteMap map, DataComponentEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var dc = e.Component;
        p.IdHeading(dc.Id, dc.Name);
        h.Html($"""<p class="context">Data component""");
        if (dc.DataSourceName is { } source)
            h.Html($" of data source {source} (legacy name <code>{dc.LegacyName}</code>)");
        h.Html($"</p>").Line();
        h.Html($"""<section class="facts" aria-label="Facts"><dl>""");
        p.Fact("STIX id", dc.StixId);
        p.Fact("Version", dc.Version);
        if (dc.Url is { } url) p.Fact("Official page", () => p.ExternalLink(url, "ATT&CK " + dc.Id));
        h.Html($"</dl></section>").Line();
        if (!string.IsNullOrWhiteSpace(dc.Description)) p.Markdown(dc.Description, null);
        if (dc.LogSources.Count > 0)
        {
            h.Html($"<h2>Log sources</h2><ul>");
            foreach (var l in dc.LogSources) p.LogSourceItem(l.Name, l.Channel, dataComponent: null);
            h.Html($"</ul>").Line();
        }
        h.Html($"<h2>Techniques</h2>");
        if (e.Techniques.Count == 0) h.Html($"""<p class="muted">No technique of the knowledge base names it.</p>""");
        else
        {
            h.Html($"""<ul class="techniques">""");
            foreach (string id in e.Techniques)
            {
                h.Html($"<li>");
                p.TechniqueLink(id);
                h.Html($"</li>");
            }
            h.Html($"</ul>").Line();
        }
        if (e.TeamAnalytics.Count > 0)
        {
            h.Html($"<h2>Team analytics</h2><ul>");
            foreach (var (d, a) in e.TeamAnalytics)
            {
                string href = p.Href(d.Url) + (a.Id?.Value is { } aid ? "#" + SitePaths.Slug(aid) : "");
                h.Html($"""<li><a href="{href}"><span class="id">{a.Id?.Value ?? d.DisplayId}</span> {d.Title}</a>""");
                h.Html($""" <span class="platform">{a.Platform.Value}</span></li>""").Line();
            }
            h.Html($"</ul>");
        }
        if (e.AttackAnalytics.Count > 0)
        {
            h.Html($"<h2>ATT&amp;CK analytics</h2><ul>");
            foreach (var (s, a) in e.AttackAnalytics)
            {
                string href = p.Href(s.Url);
                h.Html($"""<li><a href="{href}#{a.Id}"><span class="id">{a.Id}</span> {s.Strategy.Name}</a>""");
                h.Html($""" <span class="platform">{string.Join(", ", a.Platforms)}</span></li>""").Line();
            }
            h.Html($"</ul>");
        }
        return p.Finish($"{dc.Id} {dc.Name}", "component");
    }
}
