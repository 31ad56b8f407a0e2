using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// The home page: the certificate techniques along the attack lifecycle (each in the stage of its earliest tactic),
/// each with its detection coverage and gap. Same-named techniques are told apart by ID, tactic and parent. It is
/// index.html, or hub.html beside the overview (<see cref="SiteOptions.Home"/>).
/// </summary>
public static class HubPage
{
    private const string HubSetting = "\"site\": { \"hub\": [...] }";

    public static string PathOf(SiteOptions options) =>
        options.Home == HomePage.Overview ? SitePaths.Hub : SitePaths.Home;

    public static string Render(SiteMap map)
    {
        var p = new PageWriter(map, PathOf(map.Options));
        var h = p.H;
        h.Html($"<h1>Certificate techniques across the attack lifecycle</h1>").Line();
        int followed = map.Hub.Count;
        int detected = map.Hub.Count(t => t.Coverage.TeamDetections > 0);
        int gaps = map.Hub.Count(t => t.Coverage.TeamDetections == 0 && t.Coverage.Gap is not null);
        h.Html($"""<p class="lead">{followed} certificate techniques followed by the team:""");
        h.Html($" {detected} with team detections, {gaps} with a documented gap,");
        h.Html($" {followed - detected - gaps} uncovered. ");
        h.Html($"""See also the <a href="{p.Href(SitePaths.Matrix)}">coverage matrix</a>""");
        h.Html($""" and the <a href="{p.Href(SitePaths.Layer)}">ATT&amp;CK Navigator layer</a>.</p>""").Line();

        if (map.Hub.Count == 0)
        {
            h.Html($"""<p class="muted">The knowledge base has none of the certificate techniques.""");
            h.Html($""" List the techniques this page follows, by ATT&amp;CK ID, in""");
            h.Html($""" <code>{HubSetting}</code> of attackkb.json; the""");
            h.Html($""" <a href="{p.Href(SitePaths.Techniques)}">technique list</a>""");
            h.Html($" has everything the knowledge base holds.</p>").Line();
        }

        var sameName = map.Hub.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Id).ToArray(), StringComparer.OrdinalIgnoreCase);
        var stages = map.Hub
            .GroupBy(t => t.Tactics.Count == 0 ? "" : TacticOrder.Sort(t.Tactics, x => x.ShortName).First().ShortName)
            .OrderBy(g => g.Key.Length == 0 ? int.MaxValue : TacticOrder.Rank(g.Key))
            .ThenBy(g => g.Key, StringComparer.Ordinal);

        h.Html($"""<ol class="lifecycle">""").Line();
        foreach (var stage in stages)
        {
            var tactic = map.TacticByShortName(stage.Key);
            h.Html($"""<li class="stage"><h2>""");
            if (tactic is not null) p.TacticLink(tactic);
            else h.Html($"No tactic");
            h.Html($"""</h2><ul class="cards">""").Line();
            foreach (var t in stage) Card(p, t, sameName.GetValueOrDefault(t.Name));
            h.Html($"</ul></li>").Line();
        }
        h.Html($"</ol>").Line();
        return p.Finish(
            "Certificate hub",
            "hub",
            $"{followed} certificate techniques across the attack lifecycle, "
            + "each with its detection coverage and gap.");
    }

    private static void Card(PageWriter p, TechniqueEntry t, string[]? namesakes)
    {
        var h = p.H;
        var c = t.Coverage;
        h.Html($"""<li class="card {Coverage.CssClass(c.Level)}" id="{t.Id}">""");
        h.Html($"""<h3><a href="{p.Href(t.Url)}"><span class="id">{t.Id}</span> {t.Name}</a></h3>""");
        h.Html($"""<p class="context">""");
        if (t.ParentId is { } parent)
        {
            h.Html($"Sub-technique of ");
            p.TechniqueLink(parent);
            h.Html($" · ");
        }
        p.Join(t.Tactics, p.TacticLink);
        h.Html($"</p>");
        if (namesakes is not null)
        {
            string others = string.Join(", ", namesakes.Where(id => id != t.Id));
            h.Html($"""<p class="namesake">Same name as {others}: told apart by ID and tactic.</p>""");
        }
        p.CoverageBadge(c.Level);
        h.Html($"""<ul class="counts">""");
        TechniquePage.Counts(p, c);
        h.Html($"</ul>");
        if (c.Gap is { } gap) h.Html($"""<p class="gap"><strong>Gap: </strong>{gap}</p>""");
        else if (c.TeamDetections == 0)
            h.Html($"""<p class="gap undocumented">Gap: no team detection and no documented reason.</p>""");
        h.Html($"</li>").Line();
    }
}
