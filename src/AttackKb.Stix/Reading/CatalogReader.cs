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

    private readonly Func<string, JsonElement> _section;

    private CatalogReader(Func<string, JsonElement> section)
    {
        _section = section;
        _references = Objects("references").Select(Reference).ToArray();
    }



    /// <param name="section">A top-level property of the catalog (default when absent). The document stays alive:
    /// the relationships (18,740 procedure texts in 18.1) are materialized from it only when first asked for.</param>
    public static AttackRelease Read(
        Func<string, JsonElement> section, string sha256, string sourceName, DiagnosticBag bag)
    {
        if (section("formatVersion") is not { ValueKind: JsonValueKind.Number } v || !v.TryGetInt32(out int version)
            || version > CatalogFormat.Version)
            throw new ReleaseReadException(
                $"{sourceName}: catalog format version is not supported by this attackkb "
                + $"(expected ≤ {CatalogFormat.Version})");
        var rel = section("release") is { ValueKind: JsonValueKind.Object } r ? r : default;
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
        return new CatalogReader(section).Release(info);
    }

    private AttackRelease Release(AttackReleaseInfo info)
    {
        var others = Items("groups", o => Common(new AttackGroup
            {
                Id = "", StixId = "", Name = "", Aliases = o.Strings("aliases"),
            }, o))
            .Concat<AttackObject>(Items("software", o => Common(new AttackSoftware
            {
                Id = "", StixId = "", Name = "", StixType = o.String("type") ?? "malware",
                Aliases = o.Strings("aliases"), Platforms = o.Strings("platforms"),
            }, o)))
            .Concat(Items("campaigns", o => Common(new AttackCampaign
            {
                Id = "", StixId = "", Name = "", FirstSeen = o.String("firstSeen"), LastSeen = o.String("lastSeen"),
            }, o)))
            .Concat(Items("assets", o => Common(new AttackAsset
            {
                Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms"),
            }, o)))
            .Concat(Items("others", Version1Other));
        AttackRelease? release = null;
        // Relationship ends are ATT&CK IDs where the writer found them unambiguous: resolved once the release exists.
        string? Resolve(string end) => end.Contains("--", StringComparison.Ordinal) ? end : release!.Find(end)?.StixId;
        return release = new AttackRelease(info,
            Items("techniques", o => Common(new AttackTechnique
            {
                Id = "", StixId = "", Name = "",
                Tactics = o.Strings("tactics"), Platforms = o.Strings("platforms"),
                IsSubtechnique = o.Bool("subtechnique"),
                ParentId = o.String("parent"), DataSources = o.Strings("dataSources"),
                Contributors = o.Strings("contributors"), PermissionsRequired = o.Strings("permissionsRequired"),
                SystemRequirements = o.Strings("systemRequirements"), DefensesBypassed = o.Strings("defensesBypassed"),
                AttackSpecVersion = o.String("attackSpecVersion"),
                DetectionStrategies = o.Strings("detectionStrategies"),
                Mitigations = o.Strings("mitigations"),
            }, o)),
            Items("tactics", o => Common(new AttackTactic
            {
                Id = "", StixId = "", Name = "", ShortName = o.String("shortName") ?? "",
            }, o)),
            Items("dataSources", o => Common(new AttackDataSource
            {
                Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms"),
            }, o)),
            Items("dataComponents", o => Common(new AttackDataComponent
            {
                Id = "", StixId = "", Name = "", DataSourceName = o.String("dataSource"),
                LogSources = o.Objects("logSources")
                    .Select(l => new AttackLogSource(l.String("name") ?? "", l.String("channel"))).ToArray(),
            }, o)),
            Items("detectionStrategies", o => Common(new AttackDetectionStrategy
            {
                Id = "", StixId = "", Name = "", Analytics = o.Strings("analytics"),
                Techniques = o.Strings("techniques"),
            }, o)),
            Items("analytics", o => Common(new AttackAnalytic
            {
                Id = "", StixId = "", Name = "", Platforms = o.Strings("platforms"),
                DetectionStrategy = o.String("detectionStrategy"),
                LogSourceReferences = o.Objects("logSourceReferences")
                    .Select(l => new AttackLogSourceReference(
                        l.String("dataComponent") ?? "", l.String("name") ?? "", l.String("channel")))
                    .ToArray(),
            }, o)),
            Items("mitigations", o => Common(new AttackMitigation
            {
                Id = "", StixId = "", Name = "", Techniques = o.Strings("techniques"),
            }, o)),
            others.ToArray(),
            Relationships(Resolve))
        {
            TextLinks = _section("textLinks") is { ValueKind: JsonValueKind.Array } links
                ? links.EnumerateArray()
                    .Where(l => l.ValueKind == JsonValueKind.String)
                    .Select(l => l.GetString()!)
                    .ToArray()
                : [],
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
    /// The relationships, enumerated when the release first asks (it asks once and keeps them): from
    /// <c>relationshipsGzip</c> (gzip-compressed JSON array, as the writer stores them) or a plain
    /// <c>relationships</c>.
    /// </summary>
    private IEnumerable<AttackRelationship> Relationships(Func<string, string?> resolve)
    {
        if (_section("relationshipsGzip") is { ValueKind: JsonValueKind.String } packed)
            return Unpacked(packed, resolve);
        return _section("relationships") is { ValueKind: JsonValueKind.Array } section ? Read(section, resolve) : [];
    }

    private IEnumerable<AttackRelationship> Unpacked(JsonElement packed, Func<string, string?> resolve)
    {
        byte[] json;
        try
        {
            using var input = new System.IO.Compression.GZipStream(
                new MemoryStream(packed.GetBytesFromBase64()), System.IO.Compression.CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            json = output.ToArray();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
        {
            yield break; // a damaged section: the release has no relationships rather than no release
        }
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 }); }
        catch (JsonException) { yield break; }
        using (doc)
            foreach (var r in Read(doc.RootElement, resolve)) yield return r;
    }

    private IEnumerable<AttackRelationship> Read(JsonElement array, Func<string, string?> resolve) =>
        array.ValueKind != JsonValueKind.Array
            ? []
            : array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
                .Select(e => Relationship(e, resolve)).OfType<AttackRelationship>();

    private AttackRelationship? Relationship(JsonElement e, Func<string, string?> resolve) =>
        e.String("id") is { } id && e.String("type") is { } type
        && e.String("source") is { } s && resolve(s) is { } source
        && e.String("target") is { } t && resolve(t) is { } target
            ? new AttackRelationship(id, type, source, target)
            {
                Description = e.String("description"), References = References(e),
            }
            : null;

    private IEnumerable<T> Items<T>(string name, Func<JsonElement, T> read) =>
        Objects(name).Where(o => o.String("id") is not null && o.String("stixId") is not null).Select(read).ToArray();

    private IEnumerable<JsonElement> Objects(string name) => _section(name) is { ValueKind: JsonValueKind.Array } items
        ? items.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.Object)
        : [];

    private T Common<T>(T o, JsonElement e) where T : AttackObject => (T)(o with
    {
        Id = e.String("id")!, StixId = e.String("stixId")!, Name = e.String("name") ?? e.String("id")!,
        Created = e.String("created"), Modified = e.String("modified"), Version = e.String("version"),
        Domains = e.Strings("domains"), Revoked = e.Bool("revoked"), Deprecated = e.Bool("deprecated"),
        RevokedBy = e.String("revokedBy"),
        CreatedByRef = e.String("createdByRef"), ModifiedByRef = e.String("modifiedByRef"),
        MarkingRefs = e.Strings("markingRefs"),
        References = References(e),
    });

    /// <summary>
    /// Indexes into the shared table (v2), or the references written inline (v1); bad indexes are skipped.
    /// </summary>
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
