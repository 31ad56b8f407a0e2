using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// Tactics × the techniques the site has pages for, each cell marked by coverage in words as well as colour, with a
/// legend. Sub-techniques sit collapsed in a <c>&lt;details&gt;</c> under their parent (no script needed), and the
/// columns shrink to fit the window (all 14 Enterprise tactics at 1,300 px) and wrap on a phone. The platform filter is
/// one page per platform (<see cref="MatrixPlatforms"/>): the CSP forbids inline script, and a CSS-only filter would
/// put every cell's platforms into the one page that must stay small.
/// </summary>
public static class MatrixPage
{
    /// <summary>The whole matrix (<paramref name="platform"/> null) or the techniques of one platform.</summary>
    public static string Render(SiteMap map, MatrixPlatform? platform = null)
    {
        var p = new PageWriter(map, platform?.Page ?? SitePaths.Matrix);
        var h = p.H;
        var techniques = platform is null ? map.Techniques : map.Techniques.Where(platform.Holds).ToArray();
        string title = platform is null ? "Coverage matrix" : "Coverage matrix: " + platform.Name;
        h.Html($"<h1>{title}</h1>").Line();
        h.Html($"""<p class="lead">Tactics × the knowledge base&#39;s {techniques.Count} techniques""");
        if (platform is not null) h.Html($" for {platform.Name}");
        h.Html($""", each marked with its detection coverage. Sub-techniques are folded under their parent.""");
        h.Html($""" Also as an <a href="{p.Href(SitePaths.Layer)}">ATT&amp;CK Navigator layer</a>.</p>""").Line();
        MatrixPlatforms.Filter(p, platform);
        Legend(p, withCellWords: true);
        h.Html($"""<div class="matrix">""").Line();
        foreach (var tactic in map.Tactics)
        {
            var column = techniques.Where(t => t.Tactics.Contains(tactic)).ToArray();
            if (column.Length == 0) continue;
            h.Html($"""<section class="column"><h2>""");
            p.TacticLink(tactic);
            h.Html($""" <span class="n">{column.Length}</span></h2><ul>""").Line();
            var here = column.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var t in column.Where(t => t.ParentId is null || !here.Contains(t.ParentId)))
                Cell(p, t, column.Where(s => s.ParentId == t.Id).ToArray());
            h.Html($"</ul></section>").Line();
        }
        h.Html($"</div>").Line();
        var untactical = techniques.Where(t => t.Tactics.Count == 0).ToArray();
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
        string description = platform is null
            ? "ATT&CK tactics × the knowledge base's techniques, each marked with its detection coverage."
            : $"ATT&CK tactics × the knowledge base's {platform.Name} techniques, each marked with its coverage.";
        return p.Finish(title, "matrix-page", description);
    }

    /// <summary>
    /// One technique: its ID, name and coverage in words; its sub-techniques (of the same tactic) folded below.
    /// </summary>
    private static void Cell(PageWriter p, TechniqueEntry t, IReadOnlyList<TechniqueEntry> subtechniques)
    {
        var h = p.H;
        var level = t.Coverage.Level;
        h.Html($"""<li class="c{(int)level}">""");
        CellLink(p, t, t.Id);
        if (subtechniques.Count > 0)
        {
            string noun = subtechniques.Count == 1 ? "sub-technique" : "sub-techniques";
            h.Html($"<details><summary>{subtechniques.Count} {noun}</summary><ul>");
            foreach (var s in subtechniques)
            {
                h.Html($"""<li class="c{(int)s.Coverage.Level}">""");
                // ".002" under T1553: the parent's ID is right above it, and the column is narrow.
                CellLink(p, s, s.ParentId is { } parent && s.Id.StartsWith(parent, StringComparison.Ordinal)
                    ? s.Id[parent.Length..]
                    : s.Id);
                h.Html($"</li>");
            }
            h.Html($"</ul></details>");
        }
        h.Html($"</li>").Line();
    }

    /// <summary>
    /// The cell's link and its coverage word. Cells of <see cref="Unmarked"/> coverage (ATT&amp;CK's strategies only:
    /// most cells of a KB holding the whole release) carry no word, which the legend says: the page stays under
    /// 100 kB with all of Enterprise ATT&amp;CK, and the team's own coverage stands out.
    /// </summary>
    private static void CellLink(PageWriter p, TechniqueEntry t, string shownId)
    {
        p.H.Html($"""<a href="{p.Href(t.Url)}"><b>{shownId}</b> {t.Name}</a>""");
        if (t.Coverage.Level != Unmarked) p.H.Html($"""<small>{Coverage.ShortLabel(t.Coverage.Level)}</small>""");
    }

    private const CoverageLevel Unmarked = CoverageLevel.AttackOnly;

    /// <summary>
    /// Each coverage level in its colour and words, best first; on the matrix, with the word its cells carry.
    /// </summary>
    public static void Legend(PageWriter p, bool withCellWords = false)
    {
        var h = p.H;
        h.Html($"""<ul class="legend" aria-label="Legend">""");
        foreach (var level in Enum.GetValues<CoverageLevel>().Reverse())
        {
            string label = Coverage.Label(level);
            if (!withCellWords) h.Html($"""<li class="{Coverage.CssClass(level)}">{label}</li>""");
            else if (level == Unmarked) h.Html($"""<li class="{Coverage.CssClass(level)}">unmarked: {label}</li>""");
            else
                h.Html($"""<li class="{Coverage.CssClass(level)}"><small>{Coverage.ShortLabel(level)}</small>""")
                    .Html($""": {label}</li>""");
        }
        h.Html($"</ul>").Line();
    }
}
