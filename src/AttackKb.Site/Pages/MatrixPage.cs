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
        h.Html($"<h1>Coverage matrix</h1>").Line();
        h.Html($"""<p class="lead">Tactics × the knowledge base&#39;s techniques, shaded by detection coverage.""");
        h.Html($""" Also as an <a href="{p.Href(SitePaths.Layer)}">ATT&amp;CK Navigator layer</a>.</p>""");
        Legend(p);
        h.Html($"""<div class="matrix-wrap"><div class="matrix">""").Line();
        foreach (var tactic in map.Tactics)
        {
            var techniques = map.Techniques.Where(t => t.Tactics.Any(x => x.ShortName == tactic.ShortName)).ToArray();
            h.Html($"""<section class="column"><h2>""");
            p.TacticLink(tactic);
            h.Html($"""<span class="n">{techniques.Length}</span></h2><ul>""").Line();
            foreach (var t in techniques)
            {
                string level = Coverage.CssClass(t.Coverage.Level), label = Coverage.Label(t.Coverage.Level);
                if (t.ParentId is null) h.Html($"""<li class="{level}">""");
                else h.Html($"""<li class="{level} sub">""");
                h.Html($"""<a href="{p.Href(t.Url)}" title="{label}"><span class="id">{t.Id}</span> {t.Name}</a>""");
                h.Html($"</li>").Line();
            }
            h.Html($"</ul></section>").Line();
        }
        h.Html($"</div></div>").Line();
        var untactical = map.Techniques.Where(t => t.Tactics.Count == 0).ToArray();
        if (untactical.Length > 0)
        {
            h.Html($"<h2>Without a tactic</h2><ul>");
            foreach (var t in untactical)
            {
                h.Html($"<li>");
                p.TechniqueLink(t.Id);
                h.Html($"</li>");
            }
            h.Html($"</ul>");
        }
        return p.Finish("Coverage matrix", "matrix-page");
    }

    public static void Legend(PageWriter p)
    {
        var h = p.H;
        h.Html($"""<ul class="legend" aria-label="Legend">""");
        foreach (var level in Enum.GetValues<CoverageLevel>().Reverse())
            h.Html($"""<li class="{Coverage.CssClass(level)}">{Coverage.Label(level)}</li>""");
        h.Html($"</ul>").Line();
    }
}
