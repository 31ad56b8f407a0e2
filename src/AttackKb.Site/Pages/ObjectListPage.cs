using AttackKb.Core.Attack;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>The index page of one kind of object (mitigations, groups, software, campaigns, assets).</summary>
public static class ObjectListPage
{
    public static string Render(SiteMap map, ObjectKind kind)
    {
        string title = ObjectKinds.Plural(kind);
        var p = new PageWriter(map, ObjectKinds.IndexPage(kind));
        var h = p.H;
        var entries = map.Objects[kind];
        h.Html($"<h1>{title}</h1>").Line();
        h.Html($"""<p class="lead">{entries.Count} {title.ToLowerInvariant()} of the ATT&amp;CK release""");
        h.Html($" that the knowledge base&#39;s techniques reach; the number of those techniques in brackets.</p>");
        h.Line();
        if (entries.Count == 0)
            h.Html($"""<p class="muted">No ATT&amp;CK release is pinned, or no technique reaches one.</p>""");
        else
        {
            h.Html($"""<ul class="columns">""");
            foreach (var e in entries)
            {
                h.Html($"<li>");
                p.ObjectLink(e);
                if (e.Object is AttackSoftware s) h.Html($""" <span class="muted">{s.StixType}</span>""");
                h.Html($" ({e.Techniques.Count})</li>").Line();
            }
            h.Html($"</ul>");
        }
        return p.Finish(title);
    }
}
