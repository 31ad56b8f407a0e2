using AttackKb.Core.Attack;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// A technique page's "Procedure examples" (the groups, software and campaigns using it, with ATT&amp;CK's text and its
/// citations), "Mitigations" (how each applies) and, in ICS, "Targeted assets". Techniques like T1059.001 have
/// hundreds of procedure examples: the page shows the first ones and links to the full list (procedures/T1105.html,
/// split in pages like an object's).
/// </summary>
public static class ProcedureExamples
{
    /// <summary>The procedure examples the page shows with their text: the first ones, in ID order.</summary>
    public static IReadOnlyList<ObjectLink> ShownWithText(TechniqueEntry t) =>
        t.Procedures.Take(t.ProceduresWithText).ToArray();

    public static void Write(PageWriter p, TechniqueEntry t, IReadOnlyList<ObjectLink> withText,
        IReadOnlyDictionary<string, int> citations)
    {
        if (t.Procedures.Count == 0) return;
        var h = p.H;
        h.Html($"""<section id="procedures"><h2>Procedure examples</h2>""").Line();
        Table(p, withText, "Procedure", showKind: true, citations);
        if (t.ProcedurePages.Count > 0)
        {
            string all = p.Href(SitePaths.Procedures(t.Id));
            h.Html($"""<p class="more"><a href="{all}">All {t.Procedures.Count} procedure examples</a>""");
            h.Html($" ({t.Procedures.Count - withText.Count} more than shown here).</p>").Line();
        }
        h.Html($"</section>").Line();
    }

    public static void WriteMitigations(PageWriter p, TechniqueEntry t, IReadOnlyDictionary<string, int> citations)
    {
        var h = p.H;
        if (t.Mitigations.Count > 0)
        {
            h.Html($"""<section id="mitigations"><h2>Mitigations</h2>""").Line();
            Table(p, t.Mitigations, "How it mitigates", showKind: false, citations);
            h.Html($"</section>").Line();
        }
        if (t.Assets.Count > 0)
        {
            h.Html($"""<section id="assets"><h2>Targeted assets</h2><ul class="columns">""");
            foreach (var link in t.Assets)
            {
                h.Html($"<li>");
                ObjectLinkTo(p, link, withName: true);
                h.Html($"</li>");
            }
            h.Html($"</ul></section>").Line();
        }
    }

    /// <summary>
    /// The team's own mappings (a canonical note's <c>mitigations</c>, <c>groups</c>, <c>software</c>,
    /// <c>campaigns</c>), beside ATT&amp;CK's and marked as the team's: linked to the object's page when the site has
    /// one, named from the release when it knows the ID, else shown as written (the linter reports it).
    /// </summary>
    public static void WriteTeamMappings(PageWriter p, TechniqueEntry t)
    {
        var mappings = t.View.Notes
            .SelectMany(n => new[]
            {
                (Kind: "mitigation", Ids: n.Mitigations), (Kind: "group", Ids: n.Groups),
                (Kind: "software", Ids: n.Software), (Kind: "campaign", Ids: n.Campaigns),
            })
            .SelectMany(m => m.Ids.Select(id => (m.Kind, Id: id.Value)))
            .Distinct().ToArray();
        if (mappings.Length == 0) return;
        var h = p.H;
        h.Html($"""<section id="team-mappings"><h2>The team's own mappings</h2>""").Line();
        h.Html($"""<div class="table-wrap"><table class="procedures"><thead><tr><th>ID</th><th>Name</th>""");
        h.Html($"<th>Kind</th><th>Source</th></tr></thead><tbody>").Line();
        foreach (var (kind, id) in mappings)
        {
            var official = p.Map.Release?.Find(id);
            h.Html($"<tr><td>");
            if (official is not null && p.Map.Object(official.StixId) is { } page) p.ObjectLink(page, withName: false);
            else h.Html($"{id}");
            h.Html($"</td><td>{official?.Name ?? "unknown to the pinned release"}</td><td>{kind}</td>");
            h.Html($"<td>the team's note</td></tr>").Line();
        }
        h.Html($"</tbody></table></div></section>").Line();
    }

    /// <summary>The object, linked to the row of its page that lists this technique.</summary>
    internal static void ObjectLinkTo(PageWriter p, ObjectLink link, bool withName) =>
        p.ObjectLink(link.Object, withName, link.PageUrl, ObjectPage.Anchor(link.TechniqueId));

    internal static void Table(PageWriter p, IEnumerable<ObjectLink> links, string textHeading, bool showKind,
        IReadOnlyDictionary<string, int> citations) =>
        Table(p, links.Select(l => new ProcedureRow(
            l.Object.Object, l.Relationship, () => ObjectLinkTo(p, l, withName: false))),
            textHeading, showKind, citations);

    /// <summary>
    /// The table of objects with a relationship's text each (ID, name, optionally kind, the text with its citations
    /// linked to the page's references); each row's ID cell is written by its <see cref="ProcedureRow.WriteId"/>.
    /// </summary>
    internal static void Table(PageWriter p, IEnumerable<ProcedureRow> rows, string textHeading, bool showKind,
        IReadOnlyDictionary<string, int> citations)
    {
        var h = p.H;
        h.Html($"""<div class="table-wrap"><table class="procedures"><thead><tr><th>ID</th><th>Name</th>""");
        if (showKind) h.Html($"<th>Kind</th>");
        h.Html($"<th>{textHeading}</th></tr></thead><tbody>").Line();
        foreach (var row in rows)
        {
            var o = row.Object;
            if (row.RowId is { } id) h.Html($"""<tr id="{id}"><td>""");
            else h.Html($"<tr><td>");
            row.WriteId();
            h.Html($"</td><td>{o.Name}</td>");
            if (showKind) h.Html($"<td>{AttackKind.Of(o)}</td>");
            h.Html($"<td>");
            p.Markdown(row.Relationship.Description, null, citations);
            h.Html($"</td></tr>").Line();
        }
        h.Html($"</tbody></table></div>").Line();
    }
}
