using AttackKb.Stix.Catalog;
using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Reading;

/// <summary>Reads the compact catalog written by <see cref="Catalog.CatalogWriter"/> back into an <see cref="AttackRelease"/>.</summary>
internal static class CatalogReader
{
    public static AttackRelease Read(JsonElement root, string sha256, string sourceName, DiagnosticBag bag)
    {
        if (!root.TryGetProperty("formatVersion", out var v) || !v.TryGetInt32(out int version) || version > CatalogFormat.Version)
            throw new ReleaseReadException($"{sourceName}: catalog format version is not supported by this attackkb (expected ≤ {CatalogFormat.Version})");
        var rel = root.TryGetProperty("release", out var r) && r.ValueKind == JsonValueKind.Object ? r : default;
        var info = new AttackReleaseInfo(
            rel.ValueKind == JsonValueKind.Object ? rel.String("domain") ?? "enterprise-attack" : "enterprise-attack",
            rel.ValueKind == JsonValueKind.Object ? rel.String("version") ?? "unknown" : "unknown",
            rel.ValueKind == JsonValueKind.Object ? rel.String("sourceSha256") ?? sha256 : sha256,
            rel.ValueKind == JsonValueKind.Object ? rel.String("sourceName") ?? sourceName : sourceName,
            rel.ValueKind == JsonValueKind.Object ? rel.String("modified") : null)
        {
            CollectionStixId = rel.ValueKind == JsonValueKind.Object ? rel.String("collectionId") : null,
            CollectionName = rel.ValueKind == JsonValueKind.Object ? rel.String("collectionName") : null,
        };

        return new AttackRelease(info,
            Items(root, "techniques", o => Common(new AttackTechnique
            {
                Id = "", StixId = "", Name = "",
                Tactics = o.Strings("tactics"), Platforms = o.Strings("platforms"), IsSubtechnique = o.Bool("subtechnique"),
                ParentId = o.String("parent"), RevokedBy = o.String("revokedBy"), DataSources = o.Strings("dataSources"),
                Contributors = o.Strings("contributors"), PermissionsRequired = o.Strings("permissionsRequired"),
                SystemRequirements = o.Strings("systemRequirements"), DefensesBypassed = o.Strings("defensesBypassed"),
                AttackSpecVersion = o.String("attackSpecVersion"), DetectionStrategies = o.Strings("detectionStrategies"),
                Mitigations = o.Strings("mitigations"),
            }, o)),
            Items(root, "tactics", o => Common(new AttackTactic { Id = "", StixId = "", Name = "", ShortName = o.String("shortName") ?? "" }, o)),
            Items(root, "dataSources", o => Common(new AttackDataSource { Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms") }, o)),
            Items(root, "dataComponents", o => Common(new AttackDataComponent
            {
                Id = "", StixId = "", Name = "", DataSourceName = o.String("dataSource"),
                LogSources = o.Objects("logSources").Select(l => new AttackLogSource(l.String("name") ?? "", l.String("channel"))).ToArray(),
            }, o)),
            Items(root, "detectionStrategies", o => Common(new AttackDetectionStrategy
            {
                Id = "", StixId = "", Name = "", Analytics = o.Strings("analytics"), Techniques = o.Strings("techniques"),
            }, o)),
            Items(root, "analytics", o => Common(new AttackAnalytic
            {
                Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms"), DetectionStrategy = o.String("detectionStrategy"),
                LogSourceReferences = o.Objects("logSourceReferences")
                    .Select(l => new AttackLogSourceReference(l.String("dataComponent") ?? "", l.String("name") ?? "", l.String("channel"))).ToArray(),
            }, o)),
            Items(root, "mitigations", o => Common(new AttackMitigation { Id = "", StixId = "", Name = "", Techniques = o.Strings("techniques") }, o)),
            Items(root, "others", o => Common(new AttackOtherObject { Id = "", StixId = "", Name = "", StixType = o.String("type") ?? "" }, o)))
        {
            TextLinks = root.Strings("textLinks"),
        };
    }

    private static IEnumerable<T> Items<T>(JsonElement root, string name, Func<JsonElement, T> read) =>
        root.Objects(name).Where(o => o.String("id") is not null && o.String("stixId") is not null).Select(read).ToArray();

    private static T Common<T>(T o, JsonElement e) where T : AttackObject => (T)(o with
    {
        Id = e.String("id")!, StixId = e.String("stixId")!, Name = e.String("name") ?? e.String("id")!,
        Created = e.String("created"), Modified = e.String("modified"), Version = e.String("version"),
        Domains = e.Strings("domains"), Revoked = e.Bool("revoked"), Deprecated = e.Bool("deprecated"),
        CreatedByRef = e.String("createdByRef"), ModifiedByRef = e.String("modifiedByRef"), MarkingRefs = e.Strings("markingRefs"),
        References = e.Objects("references").Select(r => new AttackReference(r.String("sourceName") ?? "", r.String("url"), r.String("description"), r.String("externalId"))).ToArray(),
    });
}
