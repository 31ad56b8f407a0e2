using AttackKb.Core.Attack;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// An ATT&amp;CK detection strategy of the release: its analytics per platform with log sources and data components,
/// and
/// the techniques it detects.
/// </summary>
public static class StrategyPage
{
    public static string Render(SiteMap map, StrategyEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var s = e.Strategy;
        p.IdHeading(s.Id, s.Name);
        string release = map.Release!.Info.DisplayName;
        h.Html($"""<p class="context">ATT&amp;CK detection strategy ({release})</p>""").Line();
        h.Html($"""<section id="techniques"><h2>Techniques</h2><ul class="techniques">""");
        foreach (string id in s.Techniques)
        {
            h.Html($"<li>");
            p.TechniqueLink(id);
            h.Html($"</li>");
        }
        h.Html($"</ul></section>").Line();
        h.Html($"""<section class="facts" aria-label="Facts"><dl>""");
        p.Fact("STIX id", s.StixId);
        p.Fact("Version", s.Version);
        p.Fact("Modified", s.Modified);
        p.Fact("Official page", () =>
            p.ExternalLink(s.Url ?? "https://attack.mitre.org/detectionstrategies/" + s.Id, "ATT&CK " + s.Id));
        h.Html($"</dl></section>").Line();
        if (!string.IsNullOrWhiteSpace(s.Description)) p.Markdown(s.Description, null);

        h.Html($"""<section id="analytics"><h2>Analytics</h2>""").Line();
        foreach (var a in e.Analytics)
        {
            string platforms = string.Join(", ", a.Platforms);
            h.Html($"""<article class="analytic" id="{a.Id}">""");
            h.Html($"""<h3><span class="id">{a.Id}</span> {platforms}</h3>""").Line();
            if (!string.IsNullOrWhiteSpace(a.Description)) p.Markdown(a.Description, null);
            if (a.LogSourceReferences.Count > 0)
            {
                h.Html($"""<div class="table-wrap"><table><thead><tr>""");
                h.Html($"<th>Data component</th><th>Log source</th><th>Channel</th></tr></thead><tbody>");
                foreach (var r in a.LogSourceReferences)
                {
                    h.Html($"<tr><td>");
                    p.DataComponentLink(r.DataComponentId);
                    h.Html($"</td><td><code>{r.Name}</code></td><td>{r.Channel}</td></tr>");
                }
                h.Html($"</tbody></table></div>");
            }
            h.Html($"</article>").Line();
        }
        if (e.Analytics.Count == 0)
            h.Html($"""<p class="muted">The release lists no analytics for this strategy.</p>""");
        h.Html($"</section>").Line();
        h.Html($"""<p class="credit">From MITRE ATT&amp;CK®. {AttackNotice.Designation}</p>""").Line();
        return p.Finish($"{s.Id} {s.Name}", "strategy");
    }
}
