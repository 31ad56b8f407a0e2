using AttackKb.Core.Diff;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// The overview's "changed since" section: the release diff (<see cref="ReleaseDiff"/>, the same comparison as
/// `attackkb diff`) between <c>site.since</c> and the pinned release, as counts per kind and changelog category, then
/// the knowledge base's own techniques that changed, most significant change first.
/// </summary>
public static class ReleaseChanges
{
    /// <summary>Techniques listed by name; the rest are counted (the full list is `attackkb diff`'s).</summary>
    private const int ListedTechniques = 60;

    public static void Write(PageWriter p)
    {
        if (p.Map.Options.Since is not { } previous || p.Map.Release is not { } current) return;
        var h = p.H;
        var diff = ReleaseDiff.Compare(
            DiffSide.FromRelease(previous, previous.Info.DisplayName),
            DiffSide.FromRelease(current, current.Info.DisplayName));
        h.Html($"""<h2 id="since">Changed since {previous.Info.DisplayName}</h2>""").Line();
        var kinds = DiffKinds.All.Where(k => diff.Entries.Any(e => e.Kind == k.Json)).ToArray();
        if (kinds.Length == 0)
        {
            h.Html($"""<p class="muted">Nothing changed between the two releases.</p>""").Line();
            return;
        }
        h.Html($"""<div class="table-wrap"><table class="list"><thead><tr><th>Kind</th>""");
        foreach (var c in ChangeCategories.All) h.Html($"""<th class="num">{ChangeCategories.Title(c)}</th>""");
        h.Html($"</tr></thead><tbody>").Line();
        foreach (var (json, title) in kinds)
        {
            h.Html($"<tr><td>{title}</td>");
            foreach (var c in ChangeCategories.All) h.Html($"""<td class="num">{diff.Of(json, c).Count()}</td>""");
            h.Html($"</tr>").Line();
        }
        h.Html($"</tbody></table></div>").Line();

        var ours = diff.Entries.Where(e => e.Kind == "techniques" && p.Map.Technique(e.Current.Id) is not null)
            .OrderBy(e => e.Category).ThenBy(e => e.Current.Id, StringComparer.Ordinal).ToArray();
        h.Html($"<p>{ours.Length} of the knowledge base&#39;s techniques changed.</p>").Line();
        if (ours.Length == 0) return;
        h.Html($"""<ul class="columns">""");
        foreach (var e in ours.Take(ListedTechniques))
        {
            h.Html($"<li>");
            p.TechniqueLink(e.Current.Id);
            h.Html($""" <span class="muted">({ChangeCategories.Title(e.Category).ToLowerInvariant()})</span></li>""");
        }
        h.Html($"</ul>").Line();
        if (ours.Length > ListedTechniques)
            h.Html($"""<p class="muted">And {ours.Length - ListedTechniques} more: <code>attackkb diff</code>""")
                .Html($""" lists every change.</p>""").Line();
    }
}
