using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>A data component: its log sources, the techniques it helps detect, and the ATT&CK and team analytics that read it.</summary>
public static class DataComponentPage
{
    public static string Render(SiteMap map, DataComponentEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var dc = e.Component;
        p.IdHeading(dc.Id, dc.Name);
        h.Open("p", "context").Text("Data component");
        if (dc.DataSourceName is { } source) h.Text(" of data source ").Text(source).Text(" (legacy name ").Element("code", dc.LegacyName).Text(")");
        h.Close("p").Line();
        h.Open("section", "facts", ("aria-label", "Facts")).Open("dl");
        p.Fact("STIX id", dc.StixId);
        p.Fact("Version", dc.Version);
        if (dc.Url is { } url) p.Fact("Official page", () => p.ExternalLink(url, "ATT&CK " + dc.Id));
        h.Close("dl").Close("section").Line();
        if (!string.IsNullOrWhiteSpace(dc.Description)) p.Markdown(dc.Description, null);
        if (dc.LogSources.Count > 0)
        {
            h.Element("h2", "Log sources").Open("ul");
            foreach (var l in dc.LogSources) p.LogSourceItem(l.Name, l.Channel, dataComponent: null);
            h.Close("ul").Line();
        }
        h.Element("h2", "Techniques");
        if (e.Techniques.Count == 0) h.Element("p", "No technique of the knowledge base names it.", "muted");
        else
        {
            h.Open("ul", "techniques");
            foreach (string id in e.Techniques) { h.Open("li"); p.TechniqueLink(id); h.Close("li"); }
            h.Close("ul").Line();
        }
        if (e.TeamAnalytics.Count > 0)
        {
            h.Element("h2", "Team analytics").Open("ul");
            foreach (var (d, a) in e.TeamAnalytics)
            {
                h.Open("li");
                string href = p.Href(d.Url) + (a.Id?.Value is { } aid ? "#" + SitePaths.Slug(aid) : "");
                h.Open("a", null, ("href", href)).Element("span", a.Id?.Value ?? d.DisplayId, "id").Text(" ").Text(d.Title).Close("a");
                h.Text(" ").Element("span", a.Platform.Value, "platform").Close("li").Line();
            }
            h.Close("ul");
        }
        if (e.AttackAnalytics.Count > 0)
        {
            h.Element("h2", "ATT&CK analytics").Open("ul");
            foreach (var (s, a) in e.AttackAnalytics)
            {
                h.Open("li").Open("a", null, ("href", p.Href(s.Url) + "#" + a.Id)).Element("span", a.Id, "id").Text(" ").Text(s.Strategy.Name).Close("a");
                h.Text(" ").Element("span", string.Join(", ", a.Platforms), "platform").Close("li").Line();
            }
            h.Close("ul");
        }
        return p.Finish($"{dc.Id} {dc.Name}", "component");
    }
}
