using AttackKb.Core.Diagnostics;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>The pages that do not depend on one entry: lint rules, credits, search, 404.</summary>
public static class FixedPages
{
    /// <summary>Every diagnostic code of <see cref="DiagnosticCatalog"/>, each with an anchor (<c>rules.html#AKB1001</c>).</summary>
    public static string Rules(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Rules);
        var h = p.H;
        h.Element("h1", "Lint rules and diagnostic codes").Line();
        h.Open("p", "lead").Text("Every code ").Element("code", "attackkb").Text(" can report. Severities can be changed per code in ").Element("code", "attackkb.json").Text(" (").Element("code", "\"severity\"").Text(").").Close("p").Line();
        foreach (var group in DiagnosticCatalog.All.GroupBy(d => d.Category))
        {
            h.Element("h2", Category(group.Key)).Open("div", "table-wrap").Open("table", "list rules").Open("thead").Open("tr");
            foreach (string col in new[] { "Code", "Severity", "Title", "Help" }) h.Element("th", col);
            h.Close("tr").Close("thead").Open("tbody").Line();
            foreach (var d in group)
            {
                h.Open("tr", null, ("id", d.Id)).Open("td").Element("code", d.Id).Close("td").Element("td", d.DefaultSeverity.ToName(), "sev-" + d.DefaultSeverity.ToName());
                h.Element("td", d.Title).Element("td", d.Help).Close("tr").Line();
            }
            h.Close("tbody").Close("table").Close("div").Line();
        }
        return p.Finish("Lint rules");
    }

    private static string Category(DiagnosticCategory c) => c switch
    {
        DiagnosticCategory.InputFile => "AKB1xxx — input files",
        DiagnosticCategory.NoteSchema => "AKB2xxx — note fields and dialects",
        DiagnosticCategory.AttackRefs => "AKB3xxx — ATT&CK references",
        DiagnosticCategory.LinksCitations => "AKB4xxx — links and citations",
        DiagnosticCategory.Consistency => "AKB5xxx — consistency across files",
        DiagnosticCategory.Detections => "AKB6xxx — detections and tests",
        DiagnosticCategory.Outputs => "AKB7xxx — outputs (STIX, site, import, diff)",
        DiagnosticCategory.Release => "AKB8xxx — ATT&CK release data",
        _ => "AKB9xxx — tool and configuration",
    };

    public static string CreditsPage(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Credits);
        var h = p.H;
        h.Element("h1", "Licence and credits").Line();
        h.Element("h2", "MITRE ATT&CK®");
        h.Open("p").Text("This site contains facts from MITRE ATT&CK®");
        if (map.Release is { } r) h.Text(" (").Text(r.Info.DisplayName).Text(r.Info.SourceSha256 is { } sha ? $", source SHA-256 {sha}" : "").Text(")");
        h.Text(". Copyright designation:").Close("p");
        h.Element("blockquote", Credits.AttackDesignation);
        h.Element("p", "Licence (reproduced as it requires):");
        h.Open("pre", "licence").Text("License\n-------\n").Text(Credits.AttackLicense).Text("\n\n\"").Text(Credits.AttackDesignation).Text("\"").Close("pre");
        h.Element("p", Credits.AttackTrademark + " MITRE does not claim ATT&CK enumerates every technique: covering every technique listed here does not guarantee full defensive coverage. The data is provided as is, without warranty.");
        h.Element("h2", "Sigma rules");
        h.Element("p", Credits.SigmaCredit + " Each Sigma rule page shows its author and licence.");
        h.Element("h2", "Atomic tests");
        h.Element("p", Credits.AtomicCredit);
        h.Element("h2", "The knowledge base");
        h.Element("p", "Notes, detection notes and tests not credited otherwise are the team's own work; each page names its source file.");
        return p.Finish("Licence and credits");
    }

    public static string Search(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Search);
        var h = p.H;
        h.Element("h1", "Search").Line();
        h.Element("p", "Type an ATT&CK ID (T1553.004, DET0056, DC0063, TA0005), a detection id or words of a name in the search box above.", "lead");
        h.Open("ol", "search-page", ("id", "search-page-results")).Close("ol").Line();
        h.Open("noscript").Element("p", "Search needs JavaScript; every page is also reachable from the lists in the navigation.").Close("noscript");
        return p.Finish("Search", "search-page");
    }

    /// <summary>
    /// Served by static hosts for any missing path: its links are relative to the site's root folder, or absolute when
    /// the site's base URL is configured (then it works at any depth).
    /// </summary>
    public static string NotFound(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.NotFound);
        var h = p.H;
        h.Element("h1", "Page not found").Line();
        h.Open("p").Text("No page here. Try the search box, the ").Link(p.Href(SitePaths.Home), "certificate hub").Text(" or the ").Link(p.Href(SitePaths.Techniques), "technique list").Text(".").Close("p");
        return p.Finish("Page not found");
    }
}
