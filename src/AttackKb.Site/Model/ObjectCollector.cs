using AttackKb.Core.Attack;
using AttackKb.Site.Output;

namespace AttackKb.Site.Model;

/// <summary>
/// Finds the mitigations, groups, software, campaigns and assets that the techniques with pages reach (through the
/// release's <c>uses</c>, <c>mitigates</c> and <c>targets</c> relationships), links both ways, and splits each
/// object's technique list into pages. Identity is the STIX id; revoked and deprecated objects get no page.
/// </summary>
internal static class ObjectCollector
{
    /// <summary>Estimated bytes of technique rows per object page: well under the 150 kB page budget.</summary>
    internal const int PageWeight = 90_000;

    public static IReadOnlyDictionary<ObjectKind, IReadOnlyList<ObjectEntry>> Collect(
        AttackRelease? release, IReadOnlyList<TechniqueEntry> techniques, Dictionary<string, ObjectEntry> byStixId)
    {
        if (release is not null)
            foreach (var t in techniques)
            {
                if (t.Official is not { } technique) continue;
                foreach (var (user, r) in release.ProceduresOf(technique)) Link(t, user, r, t.Procedures, byStixId);
                foreach (var (mitigation, r) in release.MitigationsOf(technique))
                    Link(t, mitigation, r, t.Mitigations, byStixId);
                foreach (var r in release.RelationshipsFrom(technique.StixId))
                    if (r.Type == "targets" && release.FindByStixId(r.TargetStixId) is AttackAsset asset)
                        Link(t, asset, r, t.Assets, byStixId);
            }
        foreach (var t in techniques) t.Assets.Sort((a, b) => string.CompareOrdinal(a.Object.Object.Id, b.Object.Object.Id));
        foreach (var e in byStixId.Values)
        {
            e.Techniques.Sort((a, b) => string.CompareOrdinal(a.TechniqueId, b.TechniqueId));
            e.Pages = Split(e.Techniques);
            for (int i = 0; i < e.Pages.Count; i++)
                foreach (var link in e.Pages[i]) link.PageUrl = SitePaths.Continued(e.Url, i + 1);
        }
        return ObjectKinds.All.ToDictionary(k => k, k => (IReadOnlyList<ObjectEntry>)byStixId.Values
            .Where(e => e.Kind == k)
            .OrderBy(e => e.Object.Id, StringComparer.Ordinal).ThenBy(e => e.Object.StixId, StringComparer.Ordinal)
            .ToArray());
    }

    private static void Link(TechniqueEntry t, AttackObject o, AttackRelationship r, List<ObjectLink> onTechnique,
        Dictionary<string, ObjectEntry> byStixId)
    {
        if (o.Revoked || o.Deprecated || ObjectKinds.Of(o) is not { } kind) return;
        if (!byStixId.TryGetValue(o.StixId, out var entry))
            byStixId[o.StixId] = entry = new ObjectEntry(o, kind, ObjectKinds.Page(kind, o.Id));
        var link = new ObjectLink(t.Id, entry, r);
        onTechnique.Add(link);
        entry.Techniques.Add(link);
    }

    private static IReadOnlyList<IReadOnlyList<ObjectLink>> Split(List<ObjectLink> links)
    {
        var pages = new List<IReadOnlyList<ObjectLink>>();
        var current = new List<ObjectLink>();
        int weight = 0;
        foreach (var link in links)
        {
            if (current.Count > 0 && weight + link.Weight > PageWeight)
            {
                pages.Add(current);
                current = [];
                weight = 0;
            }
            current.Add(link);
            weight += link.Weight;
        }
        pages.Add(current);
        return pages;
    }
}
