using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>Tactics × the techniques the site has pages for, each cell shaded by coverage, with a legend.</summary>
public static class MatrixPage
{
    public static string Render(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Matrix);
        var h = p.H;
        h.Element("h1", "Coverage matrix").Line();
        h.Open("p", "lead").Text("Tactics × the knowledge base's techniques, shaded by detection coverage. Also as an ").Link(p.Href(SitePaths.Layer), "ATT&CK Navigator layer").Text(".").Close("p");
        Legend(p);
        h.Open("div", "matrix-wrap").Open("div", "matrix").Line();
        foreach (var tactic in map.Tactics)
        {
            var techniques = map.Techniques.Where(t => t.Tactics.Any(x => x.ShortName == tactic.ShortName)).ToArray();
            h.Open("section", "column").Open("h2");
            p.TacticLink(tactic);
            h.Open("span", "n").Text(techniques.Length).Close("span").Close("h2").Open("ul").Line();
            foreach (var t in techniques)
            {
                h.Open("li", Coverage.CssClass(t.Coverage.Level) + (t.ParentId is null ? "" : " sub"));
                h.Open("a", null, ("href", p.Href(t.Url)), ("title", Coverage.Label(t.Coverage.Level))).Element("span", t.Id, "id").Text(" ").Text(t.Name).Close("a");
                h.Close("li").Line();
            }
            h.Close("ul").Close("section").Line();
        }
        h.Close("div").Close("div").Line();
        var untactical = map.Techniques.Where(t => t.Tactics.Count == 0).ToArray();
        if (untactical.Length > 0)
        {
            h.Element("h2", "Without a tactic").Open("ul");
            foreach (var t in untactical) { h.Open("li"); p.TechniqueLink(t.Id); h.Close("li"); }
            h.Close("ul");
        }
        return p.Finish("Coverage matrix", "matrix-page");
    }

    public static void Legend(PageWriter p)
    {
        var h = p.H;
        h.Open("ul", "legend", ("aria-label", "Legend"));
        foreach (var level in Enum.GetValues<CoverageLevel>().Reverse())
            h.Open("li", Coverage.CssClass(level)).Text(Coverage.Label(level)).Close("li");
        h.Close("ul").Line();
    }
}
