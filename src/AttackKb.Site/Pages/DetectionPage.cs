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
        if (e.IsSigma) h.Element("h1", e.Title).Line();
        else p.IdHeading(e.DisplayId, e.Title);
        h.Open("p", "context").Text(e.IsSigma ? "Sigma rule " : "Detection note (detection strategy)");
        if (e.IsSigma) h.Element("span", e.DisplayId, "id");
        p.Badge(d.Level?.Value, "level");
        p.Badge(d.Status?.Value, "status");
        p.Author(d);
        h.Close("p").Line();

        var techniques = map.Kb.Links.TechniquesOf(d);
        h.Open("section", null, ("id", "techniques")).Element("h2", "Techniques").Line();
        if (techniques.Count == 0) h.Element("p", "This detection maps to no ATT&CK technique.", "muted");
        else
        {
            h.Open("ul", "techniques");
            foreach (string id in techniques)
            {
                h.Open("li");
                p.TechniqueLink(id);
                h.Close("li");
            }
            h.Close("ul");
        }
        h.Close("section").Line();

        h.Open("section", "facts", ("aria-label", "Facts")).Open("dl").Line();
        p.Fact("ID", d.Id?.Value);
        p.Fact("Author", d.Author?.Value);
        p.Fact("Licence", d.License?.Value ?? (e.IsSigma ? Credits.SigmaLicense : null));
        p.Fact("Status", d.Status?.Value);
        p.Fact("Level", d.Level?.Value);
        p.Fact("Date", d.Date?.Value);
        p.Fact("Modified", d.Modified?.Value);
        if (d.LogSource is { } ls) p.Fact("Log source", LogSourceFull(ls));
        if (d.Tags.Count > 0) p.Fact("Tags", () => p.Join(d.Tags, t => h.Element("code", t.Value), " "));
        if (d.Related.Count > 0)
            p.Fact("Related", () => p.Join(d.Related, r =>
            {
                if (map.DetectionById(r.Id.Value) is { } other) p.DetectionLink(other);
                else h.Element("code", r.Id.Value);
                if (r.Type?.Value is { } type) h.Text(" (").Text(type).Text(")");
            }));
        p.Fact("Source file", () => h.Element("code", d.Path));
        h.Close("dl").Close("section").Line();

        if (d.Description?.Value is { } description && !string.IsNullOrWhiteSpace(description))
        {
            h.Element("h2", "Description");
            if (e.IsSigma) h.Element("p", description);
            else p.Markdown(description, d.Path);
        }
        foreach (var s in d.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Markdown)))
        {
            h.Element("h2", s.Name).Line();
            p.Markdown(s.Markdown, d.Path);
        }

        if (d.Analytics.Count > 0)
        {
            h.Open("section", null, ("id", "analytics")).Element("h2", "Analytics").Line();
            foreach (var a in d.Analytics) Analytic(p, a);
            h.Close("section").Line();
        }

        if (d.FalsePositives.Count > 0)
        {
            h.Element("h2", "False positives").Open("ul");
            foreach (var f in d.FalsePositives) h.Element("li", f.Value);
            h.Close("ul").Line();
        }

        if (e.IsSigma && (d.RuleText ?? d.Logic?.Value) is { } rule)
        {
            h.Open("section", null, ("id", "rule")).Element("h2", d.RuleText is not null ? "Rule" : "Detection logic");
            h.Open("pre", "code").Open("code", "language-yaml").Text(rule).Close("code").Close("pre").Close("section").Line();
        }

        if (d.References.Count > 0)
        {
            h.Element("h2", "References").Open("ul", "refs");
            foreach (var r in d.References)
            {
                h.Open("li");
                p.ExternalLink(r.Value, r.Value);
                h.Close("li");
            }
            h.Close("ul").Line();
        }

        h.Open("p", "credit").Text(e.IsSigma
            ? $"Sigma rule by {d.Author?.Value ?? "an unnamed author"}, {d.License?.Value ?? Credits.SigmaLicense}. Shown as data; never executed."
            : $"Detection note by {d.Author?.Value ?? "an unnamed author"}{(d.License?.Value is { } l ? ", " + l : "")}.").Close("p").Line();
        return p.Finish($"{e.DisplayId} {e.Title}", "detection");
    }

    private static void Analytic(PageWriter p, AnalyticSpec a)
    {
        var h = p.H;
        string? anchor = a.Id?.Value is { } id ? SitePaths.Slug(id) : null;
        h.Open("article", "analytic", ("id", anchor));
        h.Open("h3");
        if (a.Id?.Value is { } aid) h.Element("span", aid, "id").Text(" ");
        h.Text(a.Platform.Value).Close("h3").Line();
        if (!string.IsNullOrWhiteSpace(a.Description)) h.Element("p", a.Description);
        if (a.DataComponents.Count > 0)
        {
            h.Open("p").Text("Data components: ");
            p.Join(a.DataComponents, dc => p.DataComponentLink(dc.Value), "; ");
            h.Close("p");
        }
        if (a.LogSources.Count > 0)
        {
            h.Open("div", "table-wrap").Open("table").Open("thead").Open("tr").Element("th", "Log source").Element("th", "Channel").Element("th", "Data component").Close("tr").Close("thead").Open("tbody");
            foreach (var l in a.LogSources)
            {
                h.Open("tr").Open("td").Element("code", l.Name.Value).Close("td").Element("td", l.Channel?.Value).Open("td");
                p.DataComponentLink(l.DataComponent?.Value);
                h.Close("td").Close("tr");
            }
            h.Close("tbody").Close("table").Close("div");
        }
        if (a.Query?.Value is { Length: > 0 } query)
        {
            h.Open("p").Text("Query").Text(a.QueryLanguage is { } lang ? $" ({lang})" : "").Text(":").Close("p");
            h.Open("pre", "code").Open("code").Text(query).Close("code").Close("pre");
        }
        h.Close("article").Line();
    }

    private static string LogSourceFull(LogSource ls) =>
        string.Join(", ", new[] { ("product", ls.Product?.Value), ("category", ls.Category?.Value), ("service", ls.Service?.Value), ("definition", ls.Definition?.Value) }
            .Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}: {x.Item2}"));
}
