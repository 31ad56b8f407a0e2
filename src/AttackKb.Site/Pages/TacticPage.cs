using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>A tactic and the knowledge base's techniques in it, with their coverage.</summary>
public static class TacticPage
{
    public static string Render(SiteMap map, TacticEntry t)
    {
        var p = new PageWriter(map, t.Url);
        var h = p.H;
        if (t.AttackId is { } id) p.IdHeading(id, t.Name);
        else h.Html($"<h1>{t.Name}</h1>").Line();
        h.Html($"""<p class="context">Tactic <code>{t.ShortName}</code>""");
        if (t.Official?.Url is { } url)
        {
            h.Html($" · ");
            p.ExternalLink(url, "ATT&CK " + t.AttackId);
        }
        h.Html($"</p>").Line();
        if (t.Official?.Description is { Length: > 0 } description) p.Markdown(description, null);
        h.Html($"<h2>Techniques in the knowledge base</h2>");
        ListPages.TechniqueTable(p, map.Techniques.Where(x => x.Tactics.Contains(t)));
        return p.Finish(t.Name, "tactic");
    }
}
