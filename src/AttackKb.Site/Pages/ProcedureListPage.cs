using System.Globalization;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// Every procedure example of a technique with more than its page can show (T1105 has hundreds), with the text and
/// its references, split in pages.
/// </summary>
public static class ProcedureListPage
{
    public static string Render(SiteMap map, TechniqueEntry t, int number)
    {
        string first = SitePaths.Procedures(t.Id);
        var p = new PageWriter(map, SitePaths.Continued(first, number));
        var h = p.H;
        h.Html($"""<h1>Procedure examples of <span class="id">{t.Id}</span> {t.Name}</h1>""").Line();
        h.Html($"""<p class="context">{t.Procedures.Count} groups, software and campaigns use """);
        p.TechniqueLink(t.Id);
        if (t.ProcedurePages.Count > 1) h.Html($" · page {number} of {t.ProcedurePages.Count}");
        h.Html($"</p>").Line();
        var rows = t.ProcedurePages[number - 1];
        var references = new PageReferences();
        foreach (var link in rows) references.AddAttack(link.Relationship.References);
        // The first citation a reader meets is [1], as on technique pages.
        references.NumberByFirstCitation(rows.Select(link => link.Relationship.Description));
        Pager.Write(p, first, t.ProcedurePages, number, l => l.Object.Object.Id);
        h.Html($"""<section id="procedures">""");
        ProcedureExamples.Table(p, rows, "Procedure", showKind: true, references.Citations);
        h.Html($"</section>").Line();
        Pager.Write(p, first, t.ProcedurePages, number, l => l.Object.Object.Id);
        references.Write(p);
        string page = number > 1 ? $" (page {number.ToString(CultureInfo.InvariantCulture)})" : "";
        return p.Finish($"Procedure examples of {t.Id} {t.Name}{page}", "object");
    }
}
