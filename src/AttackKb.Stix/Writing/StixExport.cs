using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>The result of an export: the bundle's bytes and what could not be exported.</summary>
public sealed record StixExportResult(byte[] Bundle, IReadOnlyList<Diagnostic> Diagnostics, int ObjectCount)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Writes a knowledge base as one STIX 2.1 bundle, deterministically: objects sorted by type then id, properties in
/// fixed order, '\n' newlines, invariant culture, no clock, no randomness; the bundle id is a UUIDv5 of the objects'
/// bytes. Shapes follow ATT&CK's own data (attack-pattern, x-mitre-tactic, x-mitre-detection-strategy,
/// x-mitre-analytic, x-mitre-collection) so ATT&CK tools accept it; Sigma rules become sigma indicators.
/// </summary>
public static class StixExport
{
    public const string AttackSpecVersion = "3.3.0";

    public static StixExportResult Write(KnowledgeBase kb, StixOptions options)
    {
        var builder = new StixBundleBuilder(kb, options);
        var objects = builder.Build();
        var ordered = objects.OrderBy(o => o.Type, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal).ToArray();

        // Pass 1: compact bytes of the objects name the bundle; pass 2: the indented bundle people diff.
        using var compact = new MemoryStream();
        using (var w = new Utf8JsonWriter(compact)) { w.WriteStartArray(); foreach (var o in ordered) o.Write(w); w.WriteEndArray(); }
        string bundleId = "bundle--" + StixId.UuidV5(StixId.ProjectNamespace, "bundle:" + Convert.ToHexStringLower(SHA256.HashData(compact.ToArray())));

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormat.Indented))
        {
            w.WriteStartObject();
            w.WriteString("type", "bundle");
            w.WriteString("id", bundleId);
            w.WriteStartArray("objects");
            foreach (var o in ordered) o.Write(w);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return new StixExportResult(stream.ToArray(), builder.Diagnostics.Order().ToArray(), ordered.Length);
    }

    /// <summary>Ids for our objects: the note's own, else the release's official one, else UUIDv5 of type and stable name.</summary>
    internal static string Mint(string type, string name) => StixId.Mint(type, name);

    internal static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);
}
