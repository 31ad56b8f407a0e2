using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Model;

namespace AttackKb.Reporting.Model;

/// <summary>
/// The machine rendering of a <see cref="TechniqueView"/> (`show --format json`): stable property order.
/// </summary>
public static class TechniqueJson
{
    public static void Write(TextWriter w, KnowledgeBase kb, TechniqueView v)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("attackId", v.AttackId);
            Optional(json, "stixId", v.StixId);
            Optional(json, "name", v.Name);
            Strings(json, "tactics", v.Tactics);
            Strings(json, "platforms", v.Platforms);
            Optional(json, "version", v.Version);
            Optional(json, "created", v.Created);
            Optional(json, "modified", v.Modified);
            if (kb.Release is { } release)
            {
                json.WriteStartObject("release");
                json.WriteString("name", release.Info.DisplayName);
                json.WriteString("status", v.Official switch
                {
                    null => "unknown",
                    { Revoked: true } => "revoked",
                    { Deprecated: true } => "deprecated",
                    _ => "current",
                });
                Optional(json, "revokedBy", v.Official?.RevokedBy);
                json.WriteEndObject();
            }
            Optional(json, "detectionGap", kb.DetectionGapFor(v.AttackId));
            json.WriteStartArray("dataComponents");
            foreach (var (written, dc) in v.DataSources)
            {
                json.WriteStartObject();
                json.WriteString("written", written);
                Optional(json, "id", dc?.Id);
                Optional(json, "name", dc?.Name);
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteStartArray("notes");
            foreach (var note in v.Notes) ModelJson.WriteNote(json, note);
            json.WriteEndArray();
            json.WriteStartArray("detections");
            foreach (var d in v.Detections) ModelJson.WriteDetection(json, d);
            json.WriteEndArray();
            json.WriteStartArray("tests");
            foreach (var t in v.Tests) ModelJson.WriteTest(json, t);
            json.WriteEndArray();
            json.WriteStartArray("attackDetectionStrategies");
            foreach (var s in v.Strategies) WriteStrategy(json, kb.Release!, s);
            json.WriteEndArray();
            json.WriteStartArray("mitigations");
            foreach (var (m, how) in v.Mitigations) WriteRelated(json, m, how);
            json.WriteEndArray();
            json.WriteStartArray("procedureExamples");
            foreach (var (user, procedure) in v.Procedures) WriteRelated(json, user, procedure);
            json.WriteEndArray();
            WriteTeam(json, TeamMapping.Of(v.Notes, kb.Release));
            json.WriteStartObject("revocations");
            json.WriteStartArray("replaces");
            foreach (var old in v.Replaces) WriteIdentity(json, old);
            json.WriteEndArray();
            if (v.ReplacedBy is { } by)
            {
                json.WritePropertyName("replacedBy");
                WriteIdentity(json, by);
            }
            else json.WriteNull("replacedBy");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        JsonOutput.Write(w, stream);
    }

    /// <summary>A mitigation or a procedure example: the object, the relationship's text and its references.</summary>
    private static void WriteRelated(Utf8JsonWriter json, AttackObject o, AttackRelationship relationship)
    {
        json.WriteStartObject();
        IdentityProperties(json, o);
        json.WriteString("kind", AttackKind.Of(o));
        json.WriteString("relationshipId", relationship.StixId);
        Optional(json, "description", relationship.Description);
        json.WriteStartArray("references");
        foreach (var r in relationship.References)
        {
            json.WriteStartObject();
            json.WriteString("sourceName", r.SourceName);
            Optional(json, "url", r.Url);
            Optional(json, "description", r.Description);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIdentity(Utf8JsonWriter json, AttackObject o)
    {
        json.WriteStartObject();
        IdentityProperties(json, o);
        json.WriteEndObject();
    }

    private static void IdentityProperties(Utf8JsonWriter json, AttackObject o)
    {
        json.WriteString("id", o.Id);
        json.WriteString("stixId", o.StixId);
        json.WriteString("name", o.Name);
    }

    private static void WriteStrategy(Utf8JsonWriter json, AttackRelease release, AttackDetectionStrategy s)
    {
        json.WriteStartObject();
        IdentityProperties(json, s);
        json.WriteStartArray("analytics");
        foreach (var an in s.Analytics.Select(release.Find).OfType<AttackAnalytic>())
        {
            json.WriteStartObject();
            json.WriteString("id", an.Id);
            Strings(json, "platforms", an.Platforms);
            json.WriteStartArray("logSources");
            foreach (var l in an.LogSourceReferences)
            {
                json.WriteStartObject();
                json.WriteString("dataComponent", l.DataComponentId);
                Optional(json, "dataComponentName", release.Find(l.DataComponentId)?.Name);
                json.WriteString("name", l.Name);
                Optional(json, "channel", l.Channel);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The team's own mappings (canonical notes' mitigations, groups, software, campaigns), apart from
    /// ATT&amp;CK's: key, ID as written, the release's name and status, and the note that states it.</summary>
    private static void WriteTeam(Utf8JsonWriter json, IReadOnlyList<TeamMapping> mappings)
    {
        json.WriteStartArray("teamMappings");
        foreach (var m in mappings)
        {
            json.WriteStartObject();
            json.WriteString("kind", m.Kind.Noun);
            json.WriteString("id", m.Id.Value);
            Optional(json, "name", m.Object?.Name);
            json.WriteString("status", m.Status);
            json.WriteString("note", m.NotePath);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }
}
