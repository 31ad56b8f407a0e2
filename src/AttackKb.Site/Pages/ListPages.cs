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
        h.Html($"<h1>Techniques</h1>").Line();
        h.Html($"""<p class="lead">{map.Techniques.Count} techniques: every technique with a note, the certificate""");
        h.Html($" hub&#39;s, those a detection or test maps to, and their parents.</p>");
        MatrixPage.Legend(p);
        TechniqueTable(p, map.Techniques);
        return p.Finish("Techniques");
    }

    public static void TechniqueTable(PageWriter p, IEnumerable<TechniqueEntry> techniques)
    {
        var h = p.H;
        h.Html($"""<div class="table-wrap"><table class="list"><thead><tr><th>Technique</th><th>Tactics</th>""");
        h.Html($"<th>Coverage</th><th>Strategies</th><th>Notes</th><th>Sigma</th><th>Tests</th></tr></thead><tbody>");
        h.Line();
        foreach (var t in techniques)
        {
            var c = t.Coverage;
            h.Html($"<tr><td>");
            p.TechniqueLink(t.Id);
            h.Html($"</td><td>");
            p.Join(t.Tactics, p.TacticLink);
            h.Html($"</td><td>");
            p.CoverageBadge(c.Level);
            h.Html($"""</td><td class="num">{c.AttackStrategies}</td><td class="num">{c.DetectionNotes}</td>""");
            h.Html($"""<td class="num">{c.SigmaRules}</td><td class="num">{c.Tests}</td></tr>""").Line();
        }
        h.Html($"</tbody></table></div>").Line();
    }

    public static string Detections(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Detections);
        var h = p.H;
        int sigmaRules = map.Detections.Count(d => d.IsSigma);
        h.Html($"<h1>Detections</h1>").Line();
        h.Html($"""<p class="lead">{map.Detections.Count} team detections""");
        h.Html($" ({map.Detections.Count - sigmaRules} detection notes, {sigmaRules} Sigma rules),");
        h.Html($" {map.Strategies.Count} ATT&amp;CK detection strategies and {map.Tests.Count} Atomic test files.</p>");
        foreach (var (title, items) in new[]
        {
            ("Detection notes", map.Detections.Where(d => !d.IsSigma)),
            ("Sigma rules", map.Detections.Where(d => d.IsSigma)),
        })
        {
            var list = items.ToArray();
            if (list.Length == 0) continue;
            h.Html($"""<h2>{title}</h2><div class="table-wrap"><table class="list"><thead><tr>""");
            h.Html($"<th>Detection</th><th>Level</th><th>Status</th><th>Author</th><th>Techniques</th>");
            h.Html($"</tr></thead><tbody>").Line();
            foreach (var d in list)
            {
                var detection = d.Detection;
                h.Html($"<tr><td>");
                p.DetectionLink(d);
                h.Html($"</td><td>{detection.Level?.Value}</td><td>{detection.Status?.Value}</td>");
                h.Html($"""<td class="author">{detection.Author?.Value}</td><td>""");
                p.Join(map.Kb.Links.TechniquesOf(detection), id => p.TechniqueLink(id, withName: false));
                h.Html($"</td></tr>").Line();
            }
            h.Html($"</tbody></table></div>").Line();
        }
        if (map.Strategies.Count > 0)
        {
            h.Html($"""<h2>ATT&amp;CK detection strategies</h2><ul class="columns">""");
            foreach (var s in map.Strategies)
            {
                var strategy = s.Strategy;
                h.Html($"""<li><a href="{p.Href(s.Url)}"><span class="id">{strategy.Id}</span> {strategy.Name}</a>""");
                h.Html($"</li>").Line();
            }
            h.Html($"</ul>");
        }
        if (map.Tests.Count > 0)
        {
            h.Html($"<h2>Atomic tests</h2><ul>");
            foreach (var t in map.Tests)
            {
                h.Html($"""<li><a href="{p.Href(t.Url)}"><span class="id">{t.DisplayId}</span> {t.Title}</a>""");
                h.Html($" ({t.Test.Tests.Count} tests)</li>").Line();
            }
            h.Html($"</ul>");
        }
        return p.Finish("Detections");
    }

    public static string DataComponents(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.DataComponents);
        var h = p.H;
        h.Html($"<h1>Data components</h1>").Line();
        h.Html($"""<p class="lead">The data components the knowledge base&#39;s techniques and analytics read""");
        h.Html($" (ATT&amp;CK v18: data component → log sources).</p>");
        h.Html($"""<ul class="columns">""");
        foreach (var dc in map.DataComponents)
        {
            var component = dc.Component;
            h.Html($"""<li><a href="{p.Href(dc.Url)}"><span class="id">{component.Id}</span> {component.Name}</a>""");
            h.Html($" ({dc.Techniques.Count})</li>").Line();
        }
        h.Html($"</ul>");
        if (map.DataComponents.Count == 0)
            h.Html($"""<p class="muted">No ATT&amp;CK release is pinned, or nothing names a data component.</p>""");
        return p.Finish("Data components");
    }

    public static string Tactics(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Tactics);
        var h = p.H;
        h.Html($"<h1>Tactics</h1>").Line();
        h.Html($"""<ol class="tactics">""");
        foreach (var t in map.Tactics)
        {
            int n = map.Techniques.Count(x => x.Tactics.Contains(t));
            h.Html($"<li>");
            p.TacticLink(t);
            if (t.AttackId is { } id) h.Html($""" <span class="id">{id}</span>""");
            h.Html($" ({n})</li>").Line();
        }
        h.Html($"</ol>");
        return p.Finish("Tactics");
    }
}
