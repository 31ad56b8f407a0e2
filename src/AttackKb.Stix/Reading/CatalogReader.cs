using AttackKb.Stix.Catalog;
using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Reads the compact catalog written by <see cref="Catalog.CatalogWriter"/> back into an <see cref="AttackRelease"/>.
/// Version 2 lists each distinct reference once (<c>references</c>) and objects and relationships point at it by
/// index (<c>refs</c>); version 1 (references inline, groups/software/campaigns as <c>others</c>) is still read.
/// </summary>
internal sealed class CatalogReader
{
    private readonly AttackReference[] _references;

    private CatalogReader(JsonElement root)
    {
        _references = root.Objects("references").Select(Reference).ToArray();
    }

    /// <param name="relationships">The <c>relationships</c> array's bytes when <see cref="CatalogSections"/> cut them
    /// out of <paramref name="root"/>; empty when they are still in it (a catalog whose first property is not "format").</param>
    public static AttackRelease Read(
        JsonElement root, ReadOnlyMemory<byte> relationships, string sha256, string sourceName, DiagnosticBag bag)
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
        return new CatalogReader(root).Release(root, relationships, info);
    }

    private AttackRelease Release(JsonElement root, ReadOnlyMemory<byte> relationships, AttackReleaseInfo info)
    {
        var others = Items(root, "groups", o => Common(new AttackGroup
            {
                Id = "", StixId = "", Name = "", Aliases = o.Strings("aliases"),
            }, o))
            .Concat<AttackObject>(Items(root, "software", o => Common(new AttackSoftware
            {
                Id = "", StixId = "", Name = "", StixType = o.String("type") ?? "malware", Aliases = o.Strings("aliases"),
                Platforms = o.Strings("platforms"),
            }, o)))
            .Concat(Items(root, "campaigns", o => Common(new AttackCampaign
            {
                Id = "", StixId = "", Name = "", FirstSeen = o.String("firstSeen"), LastSeen = o.String("lastSeen"),
            }, o)))
            .Concat(Items(root, "assets", o => Common(new AttackAsset
            {
                Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms"),
            }, o)))
            .Concat(Items(root, "others", Version1Other));
        return new AttackRelease(info,
            Items(root, "techniques", o => Common(new AttackTechnique
            {
                Id = "", StixId = "", Name = "",
                Tactics = o.Strings("tactics"), Platforms = o.Strings("platforms"), IsSubtechnique = o.Bool("subtechnique"),
                ParentId = o.String("parent"), DataSources = o.Strings("dataSources"),
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
            others.ToArray(),
            relationships.IsEmpty ? Relationships(root) : Relationships(relationships))
        {
            TextLinks = root.Strings("textLinks"),
        };
    }

    /// <summary>Version 1 kept groups, software and campaigns as bare identities under <c>others</c>.</summary>
    private AttackObject Version1Other(JsonElement o) => o.String("type") switch
    {
        "intrusion-set" => Common(new AttackGroup { Id = "", StixId = "", Name = "" }, o),
        "campaign" => Common(new AttackCampaign { Id = "", StixId = "", Name = "" }, o),
        "x-mitre-asset" => Common(new AttackAsset { Id = "", StixId = "", Name = "" }, o),
        var type => Common(new AttackSoftware { Id = "", StixId = "", Name = "", StixType = type ?? "malware" }, o),
    };

    /// <summary>
    /// The relationships, read when first asked for: their section is cloned (a copy of its bytes that outlives the
    /// document), so loading the catalog does not pay for 18,740 procedure texts that linting never reads.
    /// </summary>
    private IEnumerable<AttackRelationship> Relationships(JsonElement root)
    {
        if (!root.TryGetProperty("relationships", out var section) || section.ValueKind != JsonValueKind.Array) return [];
        var kept = section.Clone();
        return kept.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(Relationship).OfType<AttackRelationship>();
    }

    /// <summary>The relationships from their own bytes, parsed when first enumerated (the release asks once).</summary>
    private IEnumerable<AttackRelationship> Relationships(ReadOnlyMemory<byte> json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
        if (doc.RootElement.ValueKind != JsonValueKind.Array) yield break;
        foreach (var e in doc.RootElement.EnumerateArray())
            if (e.ValueKind == JsonValueKind.Object && Relationship(e) is { } r) yield return r;
    }

    private AttackRelationship? Relationship(JsonElement e) =>
        e.String("id") is { } id && e.String("type") is { } type && e.String("source") is { } source
        && e.String("target") is { } target
            ? new AttackRelationship(id, type, source, target) { Description = e.String("description"), References = References(e) }
            : null;

    private static IEnumerable<T> Items<T>(JsonElement root, string name, Func<JsonElement, T> read) =>
        root.Objects(name).Where(o => o.String("id") is not null && o.String("stixId") is not null).Select(read).ToArray();

    private T Common<T>(T o, JsonElement e) where T : AttackObject => (T)(o with
    {
        Id = e.String("id")!, StixId = e.String("stixId")!, Name = e.String("name") ?? e.String("id")!,
        Created = e.String("created"), Modified = e.String("modified"), Version = e.String("version"),
        Domains = e.Strings("domains"), Revoked = e.Bool("revoked"), Deprecated = e.Bool("deprecated"),
        RevokedBy = e.String("revokedBy"),
        CreatedByRef = e.String("createdByRef"), ModifiedByRef = e.String("modifiedByRef"), MarkingRefs = e.Strings("markingRefs"),
        References = References(e),
    });

    /// <summary>Indexes into the shared table (v2), or the references written inline (v1); bad indexes are skipped.</summary>
    private IReadOnlyList<AttackReference> References(JsonElement e)
    {
        if (!e.TryGetProperty("refs", out var refs) || refs.ValueKind != JsonValueKind.Array)
            return e.Objects("references").Select(Reference).ToArray();
        var list = new List<AttackReference>(refs.GetArrayLength());
        foreach (var i in refs.EnumerateArray())
            if (i.TryGetInt32(out int index) && index >= 0 && index < _references.Length) list.Add(_references[index]);
        return list;
    }

    private static AttackReference Reference(JsonElement r) =>
        new(r.String("sourceName") ?? "", r.String("url"), r.String("description"), r.String("externalId"));
}
