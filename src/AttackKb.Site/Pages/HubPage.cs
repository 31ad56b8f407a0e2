using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// The home page: the certificate techniques along the attack lifecycle (each in the stage of its earliest tactic),
/// each with its detection coverage and gap. Same-named techniques are told apart by ID, tactic and parent.
/// </summary>
public static class HubPage
{
    public static string Render(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Home);
        var h = p.H;
        h.Element("h1", "Certificate techniques across the attack lifecycle").Line();
        int detected = map.Hub.Count(t => t.Coverage.TeamDetections > 0);
        int gaps = map.Hub.Count(t => t.Coverage.TeamDetections == 0 && t.Coverage.Gap is not null);
        h.Open("p", "lead").Text($"{map.Hub.Count} certificate techniques followed by the team: {detected} with team detections, {gaps} with a documented gap, {map.Hub.Count - detected - gaps} uncovered. ");
        h.Text("See also the ").Link(p.Href(SitePaths.Matrix), "coverage matrix").Text(" and the ").Link(p.Href(SitePaths.Layer), "ATT&CK Navigator layer").Text(".").Close("p").Line();

        if (map.Hub.Count == 0)
            h.Open("p", "muted").Text("The knowledge base has none of the certificate techniques. List the techniques this page follows, by ATT&CK ID, in ")
                .Element("code", "\"site\": { \"hub\": [...] }").Text(" of attackkb.json; the ").Link(p.Href(SitePaths.Techniques), "technique list")
                .Text(" has everything the knowledge base holds.").Close("p").Line();

        var sameName = map.Hub.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Id).ToArray(), StringComparer.OrdinalIgnoreCase);
        var stages = map.Hub
            .GroupBy(t => t.Tactics.Count == 0 ? "" : TacticOrder.Sort(t.Tactics, x => x.ShortName).First().ShortName)
            .OrderBy(g => g.Key.Length == 0 ? int.MaxValue : TacticOrder.Rank(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal);

        h.Open("ol", "lifecycle").Line();
        foreach (var stage in stages)
        {
            var tactic = map.TacticByShortName(stage.Key);
            h.Open("li", "stage").Open("h2");
            if (tactic is not null) p.TacticLink(tactic);
            else h.Text("No tactic");
            h.Close("h2").Open("ul", "cards").Line();
            foreach (var t in stage) Card(p, t, sameName.GetValueOrDefault(t.Name));
            h.Close("ul").Close("li").Line();
        }
        h.Close("ol").Line();
        return p.Finish("Certificate hub", "hub");
    }

    private static void Card(PageWriter p, TechniqueEntry t, string[]? namesakes)
    {
        var h = p.H;
        var c = t.Coverage;
        h.Open("li", "card " + Coverage.CssClass(c.Level), ("id", t.Id));
        h.Open("h3").Open("a", null, ("href", p.Href(t.Url))).Element("span", t.Id, "id").Text(" ").Text(t.Name).Close("a").Close("h3");
        h.Open("p", "context");
        if (t.ParentId is { } parent)
        {
            h.Text("Sub-technique of ");
            p.TechniqueLink(parent);
            h.Text(" · ");
        }
        p.Join(t.Tactics, p.TacticLink);
        h.Close("p");
        if (namesakes is not null)
            h.Open("p", "namesake").Text("Same name as ").Text(string.Join(", ", namesakes.Where(id => id != t.Id))).Text(": told apart by ID and tactic.").Close("p");
        p.CoverageBadge(c.Level);
        h.Open("ul", "counts");
        TechniquePage.Counts(p, c);
        h.Close("ul");
        if (c.Gap is { } gap) h.Open("p", "gap").Element("strong", "Gap: ").Text(gap).Close("p");
        else if (c.TeamDetections == 0) h.Element("p", "Gap: no team detection and no documented reason.", "gap undocumented");
        h.Close("li").Line();
    }
}
