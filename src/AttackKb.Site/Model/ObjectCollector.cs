using AttackKb.Core.Attack;
using AttackKb.Site.Output;
using AttackKb.Site.Pages;

namespace AttackKb.Site.Model;

/// <summary>
/// Finds the mitigations, groups, software, campaigns and assets that the techniques with pages reach (through the
/// release's <c>uses</c>, <c>mitigates</c> and <c>targets</c> relationships), links both ways, joins groups, software
/// and campaigns among themselves (<see cref="RelatedObjects"/>), and splits each object's technique list into pages.
/// Identity is the STIX id; revoked and deprecated objects get no page.
/// </summary>
internal static class ObjectCollector
{
    /// <summary>Estimated bytes of technique rows per object page: well under the 150 kB page budget.</summary>
    internal const int PageWeight = 90_000;
    /// <summary>Estimated bytes of procedure text a technique page shows: well under its 50 kB budget.</summary>
    internal const int TechniqueTextBudget = 16_000;

    public static ObjectCollection Collect(AttackRelease? release, IReadOnlyList<TechniqueEntry> techniques)
    {
        var byStixId = new Dictionary<string, ObjectEntry>(StringComparer.Ordinal);
        var ofTechnique = new Dictionary<string, TechniqueObjects>(StringComparer.Ordinal);
        if (release is not null)
            foreach (var t in techniques)
            {
                if (t.Official is not { } technique) continue;
                var objects = ofTechnique[t.Id] = new TechniqueObjects();
                foreach (var (user, r) in release.ProceduresOf(technique))
                    Link(t, user, r, objects.Procedures, byStixId);
                foreach (var (mitigation, r) in release.MitigationsOf(technique))
                    Link(t, mitigation, r, objects.Mitigations, byStixId);
                foreach (var r in release.RelationshipsFrom(technique.StixId))
                    if (r.Type == "targets" && release.FindByStixId(r.TargetStixId) is AttackAsset asset)
                        Link(t, asset, r, objects.Assets, byStixId);
                objects.Assets.Sort((a, b) => string.CompareOrdinal(a.Object.Object.Id, b.Object.Object.Id));
                objects.ProceduresWithText = ProceduresWithText(objects.Procedures);
                if (objects.ProceduresWithText < objects.Procedures.Count)
                    objects.ProcedurePages = Pager.Split(objects.Procedures, l => l.Weight, PageWeight);
            }
        foreach (var e in byStixId.Values)
        {
            e.Techniques.Sort((a, b) => string.CompareOrdinal(a.TechniqueId, b.TechniqueId));
            if (release is not null) e.Related = RelatedObjects.Of(release, e, byStixId);
            // Page 1 also carries the related groups, software and campaigns: their rows take from its budget.
            e.Pages = Pager.Split(e.Techniques, l => l.Weight, PageWeight, e.Related.Sum(s => s.Weight));
            for (int i = 0; i < e.Pages.Count; i++)
                foreach (var link in e.Pages[i]) link.PageUrl = SitePaths.Continued(e.Url, i + 1);
        }
        var byKind = ObjectKinds.All.ToDictionary(k => k, k => (IReadOnlyList<ObjectEntry>)byStixId.Values
            .Where(e => e.Kind == k)
            .OrderBy(e => e.Object.Id, StringComparer.Ordinal).ThenBy(e => e.Object.StixId, StringComparer.Ordinal)
            .ToArray());
        return new ObjectCollection(release, ObjectCollection.KeyOf(techniques), byStixId, byKind, ofTechnique);
    }

    /// <summary>How many of the first procedure examples a technique page shows with their text.</summary>
    private static int ProceduresWithText(List<ObjectLink> procedures)
    {
        int weight = 0, count = 0;
        foreach (var link in procedures)
        {
            if (weight + link.Weight > TechniqueTextBudget) break;
            weight += link.Weight;
            count++;
        }
        return count;
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
}
