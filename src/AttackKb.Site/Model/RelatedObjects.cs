using AttackKb.Core.Attack;

namespace AttackKb.Site.Model;

/// <summary>
/// Joins the site's groups, software and campaigns among themselves, as attack.mitre.org does: a group's software
/// (<c>uses</c>) and the campaigns attributed to it (<c>attributed-to</c>), a software's groups and campaigns, a
/// campaign's groups and software. Both ends read the same relationship, so every link has its way back. Revoked and
/// deprecated objects are left out, as they are from the technique lists.
/// </summary>
internal static class RelatedObjects
{
    public static IReadOnlyList<RelatedSection> Of(
        AttackRelease release, ObjectEntry entry, IReadOnlyDictionary<string, ObjectEntry> byStixId)
    {
        if (entry.Kind is not (ObjectKind.Group or ObjectKind.Software or ObjectKind.Campaign)) return [];
        string self = entry.Object.StixId;
        var rows = new List<RelatedObject>();
        foreach (var r in release.RelationshipsFrom(self).Concat(release.RelationshipsTo(self)))
        {
            if (r.Type is not ("uses" or "attributed-to")) continue;
            string other = r.SourceStixId == self ? r.TargetStixId : r.SourceStixId;
            if (release.FindByStixId(other) is not { Revoked: false, Deprecated: false } o
                || ObjectKinds.Of(o) is not (ObjectKind.Group or ObjectKind.Software or ObjectKind.Campaign))
                continue;
            rows.Add(new RelatedObject(o, byStixId.GetValueOrDefault(o.StixId), r));
        }
        return rows
            .GroupBy(r => ObjectKinds.Of(r.Object)!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new RelatedSection(
                ObjectKinds.Plural(g.Key).ToLowerInvariant(),
                Heading(entry.Kind, g.Key),
                g.OrderBy(r => r.Object.Id, StringComparer.Ordinal)
                    .ThenBy(r => r.Relationship.StixId, StringComparer.Ordinal).ToArray()))
            .ToArray();
    }

    /// <summary>What the relationship says, read from the page's object.</summary>
    private static string Heading(ObjectKind self, ObjectKind other) => (self, other) switch
    {
        (ObjectKind.Campaign, ObjectKind.Group) => "Attributed to",
        (_, ObjectKind.Group) => "Groups that use it",
        (ObjectKind.Group, ObjectKind.Campaign) => "Campaigns attributed to it",
        (_, ObjectKind.Campaign) => "Campaigns that use it",
        (ObjectKind.Software, _) => "Software it uses",
        _ => "Software used",
    };
}
