using AttackKb.Core.Model;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// A team detection: a Sigma rule (the rule verbatim as code, its author and the DRL credit) or a detection note
/// (strategy with analytics per platform, log sources, data components, queries as code). Links back to every
/// technique it covers.
/// </summary>
public static class DetectionPage
{
    public static string Render(SiteMap map, DetectionEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var d = e.Detection;
        // A Sigma rule's id is a UUID: too long for the heading on a phone, so it goes to the line below.
        if (e.IsSigma)
        {
            h.Html($"<h1>{e.Title}</h1>").Line();
            h.Html($"""<p class="context">Sigma rule <span class="id">{e.DisplayId}</span>""");
        }
        else
        {
            p.IdHeading(e.DisplayId, e.Title);
            h.Html($"""<p class="context">Detection note (detection strategy)""");
        }
        p.Badge(d.Level?.Value, "level");
        p.Badge(d.Status?.Value, "status");
        p.Author(d);
        h.Html($"</p>").Line();

        var techniques = map.Kb.Links.TechniquesOf(d);
        h.Html($"""<section id="techniques"><h2>Techniques</h2>""").Line();
        if (techniques.Count == 0) h.Html($"""<p class="muted">This detection maps to no ATT&amp;CK technique.</p>""");
        else
        {
            h.Html($"""<ul class="techniques">""");
            foreach (string id in techniques)
            {
                h.Html($"<li>");
                p.TechniqueLink(id);
                h.Html($"</li>");
            }
            h.Html($"</ul>");
        }
        h.Html($"</section>").Line();

        h.Html($"""<section class="facts" aria-label="Facts"><dl>""").Line();
        p.Fact("ID", d.Id?.Value);
        p.Fact("Author", d.Author?.Value);
        p.Fact("Licence", d.License?.Value ?? (e.IsSigma ? Credits.SigmaLicense : null));
        p.Fact("Status", d.Status?.Value);
        p.Fact("Level", d.Level?.Value);
        p.Fact("Date", d.Date?.Value);
        p.Fact("Modified", d.Modified?.Value);
        if (d.LogSource is { } ls) p.Fact("Log source", LogSourceFull(ls));
        if (d.Tags.Count > 0) p.Fact("Tags", () => p.Join(d.Tags, t => h.Html($"<code>{t.Value}</code>"), " "));
        if (d.Related.Count > 0)
            p.Fact("Related", () => p.Join(d.Related, r =>
            {
                if (map.DetectionById(r.Id.Value) is { } other) p.DetectionLink(other);
                else h.Html($"<code>{r.Id.Value}</code>");
                if (r.Type?.Value is { } type) h.Html($" ({type})");
            }));
        p.Fact("Source file", () => h.Html($"<code>{d.Path}</code>"));
        h.Html($"</dl></section>").Line();

        string? description = d.Description?.Value;
        bool described = !string.IsNullOrWhiteSpace(description);
        if (described)
        {
            h.Html($"<h2>Description</h2>");
            if (e.IsSigma) h.Html($"<p>{description}</p>");
            else p.Markdown(description, d.Path);
        }
        // A note's description is its "Description" section: shown above, so not a second time here.
        foreach (var s in d.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Markdown)
            && !(described && string.Equals(s.Name, "Description", StringComparison.OrdinalIgnoreCase))))
        {
            h.Html($"<h2>{s.Name}</h2>").Line();
            p.Markdown(s.Markdown, d.Path);
        }

        if (d.Analytics.Count > 0)
        {
            h.Html($"""<section id="analytics"><h2>Analytics</h2>""").Line();
            foreach (var a in d.Analytics) Analytic(p, a, d.Path);
            h.Html($"</section>").Line();
        }

        if (d.FalsePositives.Count > 0)
        {
            h.Html($"<h2>False positives</h2><ul>");
            foreach (var f in d.FalsePositives) h.Html($"<li>{f.Value}</li>");
            h.Html($"</ul>").Line();
        }

        if (e.IsSigma && (d.RuleText ?? d.Logic?.Value) is { } rule)
        {
            h.Html($"""<section id="rule"><h2>{(d.RuleText is not null ? "Rule" : "Detection logic")}</h2>""");
            h.Html($"""<pre class="code"><code class="language-yaml">{rule}</code></pre></section>""").Line();
        }

        if (d.References.Count > 0)
        {
            h.Html($"""<h2>References</h2><ul class="refs">""");
            foreach (var r in d.References)
            {
                h.Html($"<li>");
                p.ExternalLink(r.Value, r.Value);
                h.Html($"</li>");
            }
            h.Html($"</ul>").Line();
        }

        string author = d.Author?.Value ?? "an unnamed author";
        if (e.IsSigma)
        {
            string licence = d.License?.Value ?? Credits.SigmaLicense;
            h.Html($"""<p class="credit">Sigma rule by {author}, {licence}. Shown as data; never executed.</p>""");
        }
        else if (d.License?.Value is { } l) h.Html($"""<p class="credit">Detection note by {author}, {l}.</p>""");
        else h.Html($"""<p class="credit">Detection note by {author}.</p>""");
        h.Line();
        return p.Finish($"{e.DisplayId} {e.Title}", "detection");
    }

    private static void Analytic(PageWriter p, AnalyticSpec a, string notePath)
    {
        var h = p.H;
        if (a.Id?.Value is not { } id) h.Html($"""<article class="analytic"><h3>""");
        else h.Html($"""<article class="analytic" id="{SitePaths.Slug(id)}"><h3><span class="id">{id}</span> """);
        h.Html($"{a.Platform.Value}</h3>").Line();
        p.Markdown(a.Description, notePath);
        if (a.DataComponents.Count > 0)
        {
            h.Html($"<p>Data components: ");
            p.Join(a.DataComponents, dc => p.DataComponentLink(dc.Value), "; ");
            h.Html($"</p>");
        }
        if (a.LogSources.Count > 0)
        {
            h.Html($"""<div class="table-wrap"><table><thead><tr>""");
            h.Html($"<th>Log source</th><th>Channel</th><th>Data component</th></tr></thead><tbody>");
            foreach (var l in a.LogSources)
            {
                h.Html($"<tr><td><code>{l.Name.Value}</code></td><td>{l.Channel?.Value}</td><td>");
                p.DataComponentLink(l.DataComponent?.Value);
                h.Html($"</td></tr>");
            }
            h.Html($"</tbody></table></div>");
        }
        if (a.Query?.Value is { Length: > 0 } query)
        {
            if (a.QueryLanguage is { } lang) h.Html($"<p>Query ({lang}):</p>");
            else h.Html($"<p>Query:</p>");
            h.Html($"""<pre class="code"><code>{query}</code></pre>""");
        }
        h.Html($"</article>").Line();
    }

    private static string LogSourceFull(LogSource ls) =>
        string.Join(", ", new[]
            {
                ("product", ls.Product?.Value), ("category", ls.Category?.Value),
                ("service", ls.Service?.Value), ("definition", ls.Definition?.Value),
            }
            .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}: {x.Item2}"));
}
