using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>A tactic and the knowledge base's techniques in it, with their coverage.</summary>
public static class TacticPage
{
    public static string Render(SiteMap map, TacticEntry t)
    {
        var p = new PageWriter(map, t.Url);
        var h = p.H;
        h.Open("h1");
        if (t.AttackId is { } id) h.Element("span", id, "id").Text(" ");
        h.Text(t.Name).Close("h1").Line();
        h.Open("p", "context").Text("Tactic ").Element("code", t.ShortName);
        if (t.Official?.Url is { } url) { h.Text(" · "); p.ExternalLink(url, "ATT&CK " + t.AttackId); }
        h.Close("p").Line();
        if (t.Official?.Description is { Length: > 0 } description) p.Markdown(description, null);
        h.Element("h2", "Techniques in the knowledge base");
        ListPages.TechniqueTable(p, map.Techniques.Where(x => x.Tactics.Contains(t)));
        return p.Finish(t.Name, "tactic");
    }
}
