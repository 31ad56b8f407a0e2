using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// The home page of a KB about more than certificates (<c>"site": { "home": "overview" }</c>): coverage by tactic,
/// the documented gaps and how many techniques have neither a detection nor a reason, what changed since the previous
/// release when <c>site.since</c> names one, with the certificate hub one click away.
/// </summary>
public static class OverviewPage
{
    /// <summary>Best first, as the legend.</summary>
    private static readonly CoverageLevel[] Levels = Enum.GetValues<CoverageLevel>().Reverse().ToArray();

    public static string Render(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Home);
        var h = p.H;
        var techniques = map.Techniques;
        int detected = techniques.Count(t => t.Coverage.TeamDetections > 0);
        int gaps = techniques.Count(t => t.Coverage.Level == CoverageLevel.DocumentedGap);
        string summary = $"{techniques.Count} techniques: {detected} with team detections, {gaps} with a documented"
            + $" gap, {techniques.Count - detected - gaps} uncovered.";
        h.Html($"<h1>Coverage overview</h1>").Line();
        h.Html($"""<p class="lead">{summary} See the <a href="{p.Href(SitePaths.Matrix)}">coverage matrix</a>,""");
        h.Html($""" the <a href="{p.Href(SitePaths.Hub)}">certificate hub</a> ({map.Hub.Count} certificate""");
        h.Html($""" techniques along the attack lifecycle) and the""");
        h.Html($""" <a href="{p.Href(SitePaths.Layer)}">ATT&amp;CK Navigator layer</a>.</p>""").Line();

        h.Html($"""<h2 id="by-tactic">Coverage by tactic</h2>""").Line();
        MatrixPage.Legend(p);
        h.Html($"""<div class="table-wrap"><table class="list"><thead><tr><th>Tactic</th>""");
        h.Html($"""<th class="num">Techniques</th>""");
        foreach (var level in Levels) h.Html($"""<th class="num">{Coverage.ShortLabel(level)}</th>""");
        h.Html($"</tr></thead><tbody>").Line();
        foreach (var tactic in map.Tactics)
        {
            var column = techniques.Where(t => t.Tactics.Contains(tactic)).ToArray();
            h.Html($"<tr><td>");
            p.TacticLink(tactic);
            h.Html($"""</td><td class="num">{column.Length}</td>""");
            foreach (var level in Levels)
                h.Html($"""<td class="num">{column.Count(t => t.Coverage.Level == level)}</td>""");
            h.Html($"</tr>").Line();
        }
        h.Html($"</tbody></table></div>").Line();

        h.Html($"""<h2 id="gaps">Documented gaps</h2>""").Line();
        var documented = techniques.Where(t => t.Coverage.Level == CoverageLevel.DocumentedGap).ToArray();
        if (documented.Length == 0) h.Html($"""<p class="muted">The team has documented no gap.</p>""").Line();
        else
        {
            h.Html($"""<ul class="gaps">""");
            foreach (var t in documented)
            {
                h.Html($"<li>");
                p.TechniqueLink(t.Id);
                h.Html($": {t.Coverage.Gap}</li>").Line();
            }
            h.Html($"</ul>").Line();
        }
        ReleaseChanges.Write(p);
        return p.Finish("Coverage overview", "overview", summary);
    }
}
