using AttackKb.Core.Model;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>The index pages: all techniques, all detections (and tests), all data components, all tactics.</summary>
public static class ListPages
{
    public static string Techniques(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Techniques);
        var h = p.H;
        h.Element("h1", "Techniques").Line();
        h.Element("p", $"{map.Techniques.Count} techniques: every technique with a note, the certificate hub's, those a detection or test maps to, and their parents.", "lead");
        MatrixPage.Legend(p);
        TechniqueTable(p, map.Techniques);
        return p.Finish("Techniques");
    }

    public static void TechniqueTable(PageWriter p, IEnumerable<TechniqueEntry> techniques)
    {
        var h = p.H;
        h.Open("div", "table-wrap").Open("table", "list").Open("thead").Open("tr");
        foreach (string col in new[] { "Technique", "Tactics", "Coverage", "Strategies", "Notes", "Sigma", "Tests" }) h.Element("th", col);
        h.Close("tr").Close("thead").Open("tbody").Line();
        foreach (var t in techniques)
        {
            var c = t.Coverage;
            h.Open("tr").Open("td");
            p.TechniqueLink(t.Id);
            h.Close("td").Open("td");
            p.Join(t.Tactics, p.TacticLink);
            h.Close("td").Open("td");
            p.CoverageBadge(c.Level);
            h.Close("td").Element("td", N(c.AttackStrategies), "num").Element("td", N(c.DetectionNotes), "num").Element("td", N(c.SigmaRules), "num").Element("td", N(c.Tests), "num").Close("tr").Line();
        }
        h.Close("tbody").Close("table").Close("div").Line();
    }

    public static string Detections(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Detections);
        var h = p.H;
        h.Element("h1", "Detections").Line();
        h.Element("p", $"{map.Detections.Count} team detections ({map.Detections.Count(d => !d.IsSigma)} detection notes, {map.Detections.Count(d => d.IsSigma)} Sigma rules), {map.Strategies.Count} ATT&CK detection strategies and {map.Tests.Count} Atomic test files.", "lead");
        foreach (var (title, items) in new[] { ("Detection notes", map.Detections.Where(d => !d.IsSigma)), ("Sigma rules", map.Detections.Where(d => d.IsSigma)) })
        {
            var list = items.ToArray();
            if (list.Length == 0) continue;
            h.Element("h2", title).Open("div", "table-wrap").Open("table", "list").Open("thead").Open("tr");
            foreach (string col in new[] { "Detection", "Level", "Status", "Author", "Techniques" }) h.Element("th", col);
            h.Close("tr").Close("thead").Open("tbody").Line();
            foreach (var d in list)
            {
                h.Open("tr").Open("td");
                p.DetectionLink(d);
                h.Close("td").Element("td", d.Detection.Level?.Value).Element("td", d.Detection.Status?.Value).Element("td", d.Detection.Author?.Value, "author").Open("td");
                p.Join(map.Kb.Links.TechniquesOf(d.Detection), id => p.TechniqueLink(id, withName: false));
                h.Close("td").Close("tr").Line();
            }
            h.Close("tbody").Close("table").Close("div").Line();
        }
        if (map.Strategies.Count > 0)
        {
            h.Element("h2", "ATT&CK detection strategies").Open("ul", "columns");
            foreach (var s in map.Strategies)
                h.Open("li").Open("a", null, ("href", p.Href(s.Url))).Element("span", s.Strategy.Id, "id").Text(" ").Text(s.Strategy.Name).Close("a").Close("li").Line();
            h.Close("ul");
        }
        if (map.Tests.Count > 0)
        {
            h.Element("h2", "Atomic tests").Open("ul");
            foreach (var t in map.Tests)
                h.Open("li").Open("a", null, ("href", p.Href(t.Url))).Element("span", t.DisplayId, "id").Text(" ").Text(t.Title).Close("a").Text($" ({t.Test.Tests.Count} tests)").Close("li").Line();
            h.Close("ul");
        }
        return p.Finish("Detections");
    }

    public static string DataComponents(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.DataComponents);
        var h = p.H;
        h.Element("h1", "Data components").Line();
        h.Element("p", "The data components the knowledge base's techniques and analytics read (ATT&CK v18: data component → log sources).", "lead");
        h.Open("ul", "columns");
        foreach (var dc in map.DataComponents)
            h.Open("li").Open("a", null, ("href", p.Href(dc.Url))).Element("span", dc.Component.Id, "id").Text(" ").Text(dc.Component.Name).Close("a").Text($" ({dc.Techniques.Count})").Close("li").Line();
        h.Close("ul");
        if (map.DataComponents.Count == 0) h.Element("p", "No ATT&CK release is pinned, or nothing names a data component.", "muted");
        return p.Finish("Data components");
    }

    public static string Tactics(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Tactics);
        var h = p.H;
        h.Element("h1", "Tactics").Line();
        h.Open("ol", "tactics");
        foreach (var t in map.Tactics)
        {
            int n = map.Techniques.Count(x => x.Tactics.Contains(t));
            h.Open("li");
            p.TacticLink(t);
            if (t.AttackId is { } id) h.Text(" ").Element("span", id, "id");
            h.Text($" ({n})").Close("li").Line();
        }
        h.Close("ol");
        return p.Finish("Tactics");
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
