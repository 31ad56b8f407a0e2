using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Model;
using AttackKb.Stix.Reading;

namespace AttackKb.Stix.Catalog;

/// <summary>
/// Writes a release as a compact catalog (see <see cref="CatalogFormat"/>): deterministic bytes (objects in the
/// release's ID order, fixed property order, '\n', invariant culture), empty values omitted.
/// </summary>
public static class CatalogWriter
{
    /// <summary>One property per line (diffs in git stay readable) without indentation, a fifth of the bytes.</summary>
    private static JsonWriterOptions Options => Core.Text.JsonFormat.Indented with { IndentSize = 0 };

    public static byte[] Write(AttackRelease release)
    {
        var references = new ReferenceTable(release);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("format", CatalogFormat.Marker);
            w.WriteNumber("formatVersion", CatalogFormat.Version);
            w.WriteStartObject("release");
            w.WriteString("domain", release.Info.Domain);
            w.WriteString("version", release.Info.Version);
            Opt(w, "modified", release.Info.Modified);
            Opt(w, "collectionId", release.Info.CollectionStixId);
            Opt(w, "collectionName", release.Info.CollectionName);
            Opt(w, "sourceName", release.Info.SourceName);
            Opt(w, "sourceSha256", release.Info.SourceSha256);
            w.WriteEndObject();
            w.WriteString("notice", AttackNotice.Designation);
            w.WriteString("license", AttackNotice.License);
            references.Write(w);

            Section(w, "tactics", release.Tactics, t => w.WriteString("shortName", t.ShortName), references);
            Section(w, "techniques", release.Techniques, t =>
            {
                Strings(w, "tactics", t.Tactics);
                Strings(w, "platforms", t.Platforms);
                if (t.IsSubtechnique) w.WriteBoolean("subtechnique", true);
                Opt(w, "parent", t.ParentId);
                Strings(w, "dataSources", t.DataSources);
                Strings(w, "contributors", t.Contributors);
                Strings(w, "permissionsRequired", t.PermissionsRequired);
                Strings(w, "systemRequirements", t.SystemRequirements);
                Strings(w, "defensesBypassed", t.DefensesBypassed);
                Opt(w, "attackSpecVersion", t.AttackSpecVersion);
                Strings(w, "detectionStrategies", t.DetectionStrategies);
                Strings(w, "mitigations", t.Mitigations);
            }, references, withReferences: true);
            Section(w, "dataSources", release.DataSources, d => Strings(w, "platforms", d.Platforms), references);
            Section(w, "dataComponents", release.DataComponents, d =>
            {
                Opt(w, "dataSource", d.DataSourceName);
                if (d.LogSources.Count == 0) return;
                w.WriteStartArray("logSources");
                foreach (var l in d.LogSources)
                {
                    w.WriteStartObject();
                    w.WriteString("name", l.Name);
                    Opt(w, "channel", l.Channel);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }, references);
            Section(w, "detectionStrategies", release.DetectionStrategies, s =>
            {
                Strings(w, "analytics", s.Analytics);
                Strings(w, "techniques", s.Techniques);
            }, references);
            Section(w, "analytics", release.Analytics, a =>
            {
                Strings(w, "platforms", a.Platforms);
                Opt(w, "detectionStrategy", a.DetectionStrategy);
                if (a.LogSourceReferences.Count == 0) return;
                w.WriteStartArray("logSourceReferences");
                foreach (var l in a.LogSourceReferences)
                {
                    w.WriteStartObject();
                    w.WriteString("dataComponent", l.DataComponentId);
                    w.WriteString("name", l.Name);
                    Opt(w, "channel", l.Channel);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }, references);
            Section(w, "mitigations", release.Mitigations, m => Strings(w, "techniques", m.Techniques), references);
            Section(w, "groups", release.Groups, g => Strings(w, "aliases", g.Aliases), references);
            Section(w, "software", release.Software, s =>
            {
                w.WriteString("type", s.StixType);
                Strings(w, "aliases", s.Aliases);
                Strings(w, "platforms", s.Platforms);
            }, references);
            Section(w, "campaigns", release.Campaigns, c =>
            {
                Opt(w, "firstSeen", c.FirstSeen);
                Opt(w, "lastSeen", c.LastSeen);
            }, references);
            Section(w, "assets", release.Assets, a => Strings(w, "platforms", a.Platforms), references);
            // Procedure texts are half the catalog and only `show` and the site read them: stored compressed, they
            // cost loading nothing but a string scan (JSON inside: the same properties a plain "relationships" has).
            w.WriteBase64String("relationshipsGzip", Gzip(Relationships(release, references)));
            // The links MITRE's texts carry (another domain's T1660…): the catalog drops the texts, not what they
            // link. Only those the release cannot resolve itself are kept: a link to its own objects needs no
            // exception.
            Strings(w, "textLinks", AttackLinkResolution.LinkedByRelease(release)
                .Where(key => release.Find(key[(key.IndexOf('/', StringComparison.Ordinal) + 1)..]) is null)
                .Order(StringComparer.Ordinal).ToArray());
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static byte[] Relationships(AttackRelease release, ReferenceTable references)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Core.Text.JsonFormat.Indented with { Indented = false }))
        {
            w.WriteStartArray();
            foreach (var r in release.Relationships)
            {
                w.WriteStartObject();
                w.WriteString("id", r.StixId);
                w.WriteString("type", r.Type);
                w.WriteString("source", Endpoint(release, r.SourceStixId));
                w.WriteString("target", Endpoint(release, r.TargetStixId));
                Opt(w, "description", r.Description);
                references.WriteIndexes(w, r.References);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return stream.ToArray();
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(
                   output, System.IO.Compression.CompressionLevel.SmallestSize))
            gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>
    /// A relationship's end as its ATT&amp;CK ID when that ID finds exactly this object in the release (a tenth of the
    /// catalog's bytes), else as its STIX id (an ID shared by a revoked object and its reuse).
    /// </summary>
    private static string Endpoint(AttackRelease release, string stixId) =>
        release.FindByStixId(stixId) is { } o && release.Find(o.Id)?.StixId == stixId ? o.Id : stixId;

    private static void Section<T>(
        Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> specific, ReferenceTable references,
        bool withReferences = false)
        where T : AttackObject
    {
        w.WriteStartArray(name);
        foreach (var o in items)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("stixId", o.StixId);
            w.WriteString("name", o.Name);
            Opt(w, "created", o.Created);
            Opt(w, "modified", o.Modified);
            Opt(w, "version", o.Version);
            Strings(w, "domains", o.Domains);
            if (o.Revoked) w.WriteBoolean("revoked", true);
            if (o.Deprecated) w.WriteBoolean("deprecated", true);
            Opt(w, "revokedBy", o.RevokedBy);
            Opt(w, "createdByRef", o.CreatedByRef);
            Opt(w, "modifiedByRef", o.ModifiedByRef);
            Strings(w, "markingRefs", o.MarkingRefs);
            specific(o);
            references.WriteIndexes(w, ReferenceTable.Kept(o, withReferences));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Opt(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
