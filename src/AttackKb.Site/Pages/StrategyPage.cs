using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>An ATT&CK detection strategy of the release: its analytics per platform with log sources and data components, and the techniques it detects.</summary>
public static class StrategyPage
{
    public static string Render(SiteMap map, StrategyEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var s = e.Strategy;
        p.IdHeading(s.Id, s.Name);
        h.Open("p", "context").Text("ATT&CK detection strategy (").Text(map.Release!.Info.DisplayName).Text(")").Close("p").Line();
        h.Open("section", null, ("id", "techniques")).Element("h2", "Techniques").Open("ul", "techniques");
        foreach (string id in s.Techniques)
        {
            h.Open("li");
            p.TechniqueLink(id);
            h.Close("li");
        }
        h.Close("ul").Close("section").Line();
        h.Open("section", "facts", ("aria-label", "Facts")).Open("dl");
        p.Fact("STIX id", s.StixId);
        p.Fact("Version", s.Version);
        p.Fact("Modified", s.Modified);
        p.Fact("Official page", () => p.ExternalLink(s.Url ?? "https://attack.mitre.org/detectionstrategies/" + s.Id, "ATT&CK " + s.Id));
        h.Close("dl").Close("section").Line();
        if (!string.IsNullOrWhiteSpace(s.Description)) p.Markdown(s.Description, null);

        h.Open("section", null, ("id", "analytics")).Element("h2", "Analytics").Line();
        foreach (var a in e.Analytics)
        {
            h.Open("article", "analytic", ("id", a.Id)).Open("h3").Element("span", a.Id, "id").Text(" ").Text(string.Join(", ", a.Platforms)).Close("h3").Line();
            if (!string.IsNullOrWhiteSpace(a.Description)) p.Markdown(a.Description, null);
            if (a.LogSourceReferences.Count > 0)
            {
                h.Open("div", "table-wrap").Open("table").Open("thead").Open("tr").Element("th", "Data component").Element("th", "Log source").Element("th", "Channel").Close("tr").Close("thead").Open("tbody");
                foreach (var r in a.LogSourceReferences)
                {
                    h.Open("tr").Open("td");
                    p.DataComponentLink(r.DataComponentId);
                    h.Close("td").Open("td").Element("code", r.Name).Close("td").Element("td", r.Channel).Close("tr");
                }
                h.Close("tbody").Close("table").Close("div");
            }
            h.Close("article").Line();
        }
        if (e.Analytics.Count == 0) h.Element("p", "The release lists no analytics for this strategy.", "muted");
        h.Close("section").Line();
        h.Element("p", "From MITRE ATT&CK®. " + Credits.AttackDesignation, "credit").Line();
        return p.Finish($"{s.Id} {s.Name}", "strategy");
    }
}
