using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// A data component: its log sources, the techniques it helps detect, and the ATT&amp;CK and team analytics that read
/// it.
/// </summary>
public static class DataComponentPage
{
    /// <summary>Past this many detection strategies (Process Creation has hundreds) they are listed by ID.</summary>
    private const int NamedStrategiesAtMost = 60;

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
            // By detection strategy, each with its number of analytics reading this component (its page lists them):
            // Process Creation is read by hundreds of analytics, one line each made its page 245 KiB.
            h.Html($"<h2>ATT&amp;CK analytics</h2>");
            var strategies = e.AttackAnalytics.GroupBy(x => x.Strategy).ToArray();
            h.Html($"""<p class="muted">{e.AttackAnalytics.Count} analytics of {strategies.Length}""");
            h.Html($" detection strategies (the number of analytics in brackets):</p>").Line();
            bool compact = strategies.Length > NamedStrategiesAtMost;
            if (compact) h.Html($"""<p class="id-list">""");
            else h.Html($"<ul>");
            foreach (var group in strategies)
            {
                var s = group.Key;
                if (compact) h.Html($"""<a href="{p.Href(s.Url)}">{s.Strategy.Id}</a> ({group.Count()}) """);
                else
                {
                    h.Html($"""<li><a href="{p.Href(s.Url)}"><span class="id">{s.Strategy.Id}</span>""");
                    h.Html($" {s.Strategy.Name}</a> ({group.Count()})</li>").Line();
                }
            }
            if (compact) h.Html($"</p>");
            else h.Html($"</ul>");
        }
        return p.Finish($"{dc.Id} {dc.Name}", "component");
    }
}
