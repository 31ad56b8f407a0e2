using System.Text.Json;
using System.Text.Json.Nodes;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Import;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;
using Xunit.Abstractions;

namespace AttackKb.Stix.Tests.Export;

/// <summary>
/// Round trip: every live attack-pattern of an official bundle (the certificates subset; the whole Enterprise 18.1),
/// imported as a canonical note and exported again, has the official value of every property we model. Revoked and
/// deprecated ones are not imported as live notes, by design (issue 6), and so not exported.
/// </summary>
public class RoundTripTests(ITestOutputHelper output)
{
    private static readonly string[] Modeled =
    [
        "id", "name", "description", "kill_chain_phases", "external_references", "created", "modified", "x_mitre_platforms",
        "x_mitre_is_subtechnique", "x_mitre_version", "x_mitre_domains", "x_mitre_contributors", "x_mitre_data_sources",
        "x_mitre_permissions_required", "x_mitre_system_requirements", "x_mitre_defense_bypassed", "x_mitre_detection",
    ];

    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusTheory]
    [InlineData("certificates-subset.json", 40)]
    [InlineData("enterprise-attack-18.1.json.gz", 691)]
    public void Imported_techniques_export_with_their_official_values(string bundleName, int atLeast)
    {
        string bundlePath = Corpus.Path("attack", bundleName);
        var release = AttackReleaseReader.Read(bundlePath, new DiagnosticBag());
        string kb = RepoPaths.TempFolder("roundtrip");
        ReleaseImporter.Run(new ImportRequest { Release = release, TargetFolder = kb, Selection = new ImportSelection.All(), KnowledgeBaseRoot = kb });
        var result = StixExport.Write(KnowledgeBaseLoader.Load(kb, KbConfig.Default, release), StixOptions.From(KbConfig.Default));
        var exported = JsonNode.Parse(result.Bundle)!["objects"]!.AsArray()
            .Where(o => (string?)o!["type"] == "attack-pattern").ToDictionary(o => (string)o!["id"]!, o => o!);

        using var official = JsonDocument.Parse(Bytes(bundlePath));
        int total = 0, matched = 0, techniques = 0;
        var mismatches = new List<string>();
        foreach (var o in official.RootElement.GetProperty("objects").EnumerateArray().Where(o => o.GetProperty("type").GetString() == "attack-pattern"))
        {
            if (o.TryGetProperty("revoked", out var r) && r.GetBoolean() || o.TryGetProperty("x_mitre_deprecated", out var d) && d.GetBoolean()) continue;
            techniques++;
            string id = o.GetProperty("id").GetString()!;
            Assert.True(exported.TryGetValue(id, out var ours), $"{id} was not exported");
            foreach (string property in Modeled)
            {
                string expected = Normalize(o.TryGetProperty(property, out var v) ? Official(property, v) : null);
                string actual = Normalize(ours![property]);
                total++;
                if (expected == actual) matched++;
                else mismatches.Add($"{id} {property}:\n  official {Truncate(expected)}\n  exported {Truncate(actual)}");
            }
        }
        output.WriteLine($"{techniques} techniques, {matched}/{total} modeled property values equal ({100.0 * matched / total:F2}%)");
        foreach (string m in mismatches.Take(20)) output.WriteLine(m);
        Assert.True(techniques >= atLeast, $"{techniques} live techniques");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    /// <summary>The official value as the reader models it: MITRE's HTML in text is markdown by design (issue 13).</summary>
    private static JsonNode? Official(string property, JsonElement value) =>
        property is "description" or "x_mitre_detection" && value.ValueKind == JsonValueKind.String
            ? JsonValue.Create(ReleaseMarkup.ToMarkdown(value.GetString()!, _ => { }))
            : JsonNode.Parse(value.GetRawText());

    /// <summary>Absent, null, "" and [] all mean "none"; strings compare without outer whitespace (markdown sections cannot keep it).</summary>
    private static string Normalize(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue(out string? s) => s.Trim() is var t && t.Length == 0 ? "" : JsonSerializer.Serialize(t),
        JsonArray a when a.Count == 0 => "",
        JsonArray a => "[" + string.Join(",", a.Select(Normalize)) + "]",
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => Normalize(p.Value).Length > 0).Select(p => $"{p.Key}:{Normalize(p.Value)}")) + "}",
        _ => node.ToJsonString(),
    };

    private static byte[] Bytes(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return File.ReadAllBytes(path);
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gz.CopyTo(memory);
        return memory.ToArray();
    }

    private static string Truncate(string s) => s.Length > 200 ? s[..200] + "…" : s;
}
