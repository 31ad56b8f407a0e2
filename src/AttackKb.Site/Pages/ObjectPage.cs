using System.Globalization;
using AttackKb.Core.Attack;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// A mitigation, group, software, campaign or asset: its facts and description, then the techniques it reaches, each
/// with the relationship's text (the procedure, how it mitigates) and its citations. A long list continues on
/// further pages (G0016-2.html…), each with its own references.
/// </summary>
public static class ObjectPage
{
    /// <summary>The id of a technique's row on an object page: technique pages link to it.</summary>
    public static string Anchor(string techniqueId) => "t-" + SitePaths.Slug(techniqueId);

    /// <summary>Renders page <paramref name="number"/> (1-based) of the object.</summary>
    public static string Render(SiteMap map, ObjectEntry e, int number)
    {
        string path = SitePaths.Continued(e.Url, number);
        var p = new PageWriter(map, path);
        var h = p.H;
        var o = e.Object;
        p.IdHeading(o.Id, o.Name);
        string kind = AttackKind.Of(o);
        h.Html($"""<p class="context">{char.ToUpperInvariant(kind[0])}{kind[1..]}""");
        if (o is AttackSoftware software) h.Html($" ({software.StixType})");
        if (e.Pages.Count > 1) h.Html($" · page {number} of {e.Pages.Count}");
        h.Html($"</p>").Line();

        var references = new PageReferences();
        if (number == 1)
        {
            references.AddAttack(o.References, skipKnown: false);
            foreach (var row in e.Related.SelectMany(s => s.Rows)) references.AddAttack(row.Relationship.References);
        }
        var rows = e.Pages[number - 1];
        foreach (var link in rows) references.AddAttack(link.Relationship.References);
        references.NumberByFirstCitation(TextsInPageOrder(e, number, rows));

        if (number == 1)
        {
            Facts(p, o);
            if (!string.IsNullOrWhiteSpace(o.Description))
            {
                h.Html($"""<section id="description"><h2>Description</h2>""").Line();
                p.Markdown(o.Description, null, references.Citations);
                h.Html($"</section>").Line();
            }
            foreach (var section in e.Related) Related(p, e, section, references.Citations);
        }
        Pager.Write(p, e.Url, e.Pages, number, l => l.TechniqueId);
        h.Html($"""<section id="techniques"><h2>{ObjectKinds.TechniquesHeading(e.Kind)} ({e.Techniques.Count})</h2>""");
        h.Line();
        h.Html($"""<div class="table-wrap"><table class="procedures"><thead><tr><th>Technique</th>""");
        h.Html($"<th>{(e.Kind == ObjectKind.Mitigation ? "How it mitigates" : "Procedure")}</th></tr></thead><tbody>");
        h.Line();
        foreach (var link in rows)
        {
            h.Html($"""<tr id="{Anchor(link.TechniqueId)}"><td>""");
            p.TechniqueLink(link.TechniqueId);
            h.Html($"</td><td>");
            p.Markdown(link.Relationship.Description, null, references.Citations);
            h.Html($"</td></tr>").Line();
        }
        h.Html($"</tbody></table></div></section>").Line();
        Pager.Write(p, e.Url, e.Pages, number, l => l.TechniqueId);
        references.Write(p);
        string title = e.Pages.Count > 1 && number > 1
            ? $"{o.Id} {o.Name} (page {number.ToString(CultureInfo.InvariantCulture)})"
            : $"{o.Id} {o.Name}";
        return p.Finish(title, "object");
    }

    /// <summary>
    /// The markdown the page shows, top to bottom: on the first page the description and the related sections' texts,
    /// then the techniques' rows. The first citation a reader meets is [1], as on technique pages.
    /// </summary>
    private static IEnumerable<string?> TextsInPageOrder(ObjectEntry e, int number, IEnumerable<ObjectLink> rows)
    {
        var texts = new List<string?>();
        if (number == 1)
        {
            texts.Add(e.Object.Description);
            texts.AddRange(e.Related.SelectMany(s => s.Rows).Select(r => r.Relationship.Description));
        }
        texts.AddRange(rows.Select(r => r.Relationship.Description));
        return texts;
    }

    /// <summary>The id of a related object's row (a group's software…): that object's page links to it.</summary>
    public static string RelatedAnchor(string objectId) => "o-" + SitePaths.Slug(objectId);

    /// <summary>
    /// A section of related groups, software or campaigns, each with the relationship's text, linked to the row of
    /// its page that names this object back, or named as text when the site gives it no page.
    /// </summary>
    private static void Related(PageWriter p, ObjectEntry e, RelatedSection section,
        IReadOnlyDictionary<string, int> citations)
    {
        var h = p.H;
        h.Html($"""<section id="{section.Anchor}"><h2>{section.Heading} ({section.Rows.Count})</h2>""").Line();
        var anchored = new HashSet<string>(StringComparer.Ordinal);
        var rows = section.Rows.Select(r => new ProcedureRow(
            r.Object,
            r.Relationship,
            () =>
            {
                if (r.Page is { } page) p.ObjectLink(page, withName: false, fragment: RelatedAnchor(e.Object.Id));
                else h.Html($"""<span class="id">{r.Object.Id}</span>""");
            },
            anchored.Add(r.Object.Id) ? RelatedAnchor(r.Object.Id) : null)).ToArray();
        string textHeading = section.Rows[0].Relationship.Type == "attributed-to" ? "Attribution" : "Procedure";
        ProcedureExamples.Table(p, rows, textHeading, showKind: false, citations);
        h.Html($"</section>").Line();
    }

    private static void Facts(PageWriter p, AttackObject o)
    {
        var h = p.H;
        h.Html($"""<section class="facts" aria-label="Facts"><dl>""").Line();
        p.Fact("ATT&CK ID", o.Id);
        p.Fact("STIX id", o.StixId);
        switch (o)
        {
            case AttackGroup g:
                p.Fact("Also known as", string.Join(", ", g.Aliases));
                break;
            case AttackSoftware s:
                p.Fact("Also known as", string.Join(", ", s.Aliases));
                p.Fact("Platforms", string.Join(", ", s.Platforms));
                break;
            case AttackCampaign c:
                p.Fact("First seen", c.FirstSeen);
                p.Fact("Last seen", c.LastSeen);
                break;
            case AttackAsset a:
                p.Fact("Platforms", string.Join(", ", a.Platforms));
                break;
        }
        p.Fact("Version", o.Version);
        p.Fact("Created", o.Created);
        p.Fact("Modified", o.Modified);
        if (o.Url is { } url) p.Fact("Official page", () => p.ExternalLink(url, "ATT&CK " + o.Id));
        h.Html($"</dl></section>").Line();
    }
}
