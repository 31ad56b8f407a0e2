using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>The pages that do not depend on one entry: lint rules, credits, search, 404.</summary>
public static class FixedPages
{
    /// <summary>
    /// Every diagnostic code of <see cref="DiagnosticCatalog"/>, each with an anchor (<c>rules.html#AKB1001</c>).
    /// </summary>
    public static string Rules(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Rules);
        var h = p.H;
        h.Html($"<h1>Lint rules and diagnostic codes</h1>").Line();
        h.Html($"""<p class="lead">Every code <code>attackkb</code> can report.""");
        h.Html($" Severities can be changed per code in <code>attackkb.json</code>");
        h.Html($" (<code>&quot;severity&quot;</code>).</p>");
        h.Line();
        foreach (var group in DiagnosticCatalog.All.GroupBy(d => d.Category))
        {
            h.Html($"""<h2>{Category(group.Key)}</h2><div class="table-wrap"><table class="list rules"><thead><tr>""");
            h.Html($"<th>Code</th><th>Severity</th><th>Title</th><th>Help</th></tr></thead><tbody>").Line();
            foreach (var d in group)
            {
                string severity = d.DefaultSeverity.ToName();
                h.Html($"""<tr id="{d.Id}"><td><code>{d.Id}</code></td><td class="sev-{severity}">{severity}</td>""");
                h.Html($"<td>{d.Title}</td><td>{d.Help}</td></tr>").Line();
            }
            h.Html($"</tbody></table></div>").Line();
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
        h.Html($"<h1>Licence and credits</h1>").Line();
        h.Html($"<h2>MITRE ATT&amp;CK®</h2><p>This site contains facts from MITRE ATT&amp;CK®");
        if (map.Release is { } r)
        {
            if (r.Info.SourceSha256 is { } sha) h.Html($" ({r.Info.DisplayName}, source SHA-256 {sha})");
            else h.Html($" ({r.Info.DisplayName})");
        }
        h.Html($". Copyright designation:</p><blockquote>{AttackNotice.Designation}</blockquote>");
        h.Html($"<p>Licence (reproduced as it requires):</p>");
        h.Html($"""
            <pre class="licence">License
            -------
            {AttackNotice.License}

            &quot;{AttackNotice.Designation}&quot;</pre>
            """);
        h.Html($"<p>{Credits.AttackTrademark} MITRE does not claim ATT&amp;CK enumerates every technique:");
        h.Html($" covering every technique listed here does not guarantee full defensive coverage.");
        h.Html($" The data is provided as is, without warranty.</p>");
        h.Html($"<p>{AttackNotice.TextsAreMitre} Each group, software, campaign and mitigation page links to its");
        h.Html($" official page on attack.mitre.org.</p>");
        h.Html($"<h2>Sigma rules</h2><p>{Credits.SigmaCredit} Each Sigma rule page shows its author and licence.</p>");
        h.Html($"<h2>Atomic tests</h2><p>{Credits.AtomicCredit}</p>");
        h.Html($"<h2>The knowledge base</h2><p>Notes, detection notes and tests not credited otherwise");
        h.Html($" are the team&#39;s own work; each page names its source file.</p>");
        return p.Finish("Licence and credits");
    }

    public static string Search(SiteMap map)
    {
        var p = new PageWriter(map, SitePaths.Search);
        var h = p.H;
        h.Html($"<h1>Search</h1>").Line();
        h.Html($"""<p class="lead">Type an ATT&amp;CK ID or its start (T1553.004, T1553, DET0056, AN0153, M1028),""");
        h.Html($" a command (certutil.exe) or any words of a page in the search box above.</p>");
        h.Html($"""<div class="search-filters" id="search-filters"></div>""").Line();
        h.Html($"""<ol class="search-page" id="search-page-results"></ol>""").Line();
        h.Html($"<noscript><p>Search needs JavaScript; every page is also reachable from the lists");
        h.Html($" in the navigation.</p></noscript>");
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
        h.Html($"<h1>Page not found</h1>").Line();
        h.Html($"""<p>No page here. Try the search box, the <a href="{p.Href(SitePaths.Home)}">home page</a>""");
        h.Html($""" or the <a href="{p.Href(SitePaths.Techniques)}">technique list</a>.</p>""");
        return p.Finish("Page not found");
    }
}
