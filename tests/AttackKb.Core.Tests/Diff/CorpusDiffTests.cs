using System.Text.Json;
using System.Text.Json.Nodes;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Diff;
using AttackKb.Reporting.Diff;
using AttackKb.Stix.Reading;

namespace AttackKb.Core.Tests.Diff;

/// <summary>
/// The acceptance fixture: the certificate subset against a copy the test builds with one technique revoked
/// (T1596.003, by T1587.003), one description changed (T1553.004) and one analytic added (AN9999 in DET0230).
/// </summary>
public class CorpusDiffTests
{
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Subset_against_a_modified_copy_reports_exactly_its_changes()
    {
        string folder = RepoPaths.TempFolder("diff");
        string changed = Path.Combine(folder, "certificates-changed.json");
        File.WriteAllText(changed, ModifiedCopy(File.ReadAllText(Corpus.CertificatesSubset)));

        var old = DiffSide.FromRelease(AttackReleaseReader.Read(Corpus.CertificatesSubset, new DiagnosticBag()), "certificates-subset.json");
        var @new = DiffSide.FromRelease(AttackReleaseReader.Read(changed, new DiagnosticBag()), "certificates-changed.json");
        var report = ReleaseDiff.Compare(old, @new);
        string json = DiffJsonWriter.ToText(report);

        var revoked = Assert.Single(report.Of("techniques", ChangeCategory.Revocations));
        Assert.Equal(("T1596.003", "T1587.003", "Digital Certificates"), (revoked.Current.Id, revoked.RevokedBy?.Id, revoked.RevokedBy?.Name));
        var patch = Assert.Single(report.Of("techniques", ChangeCategory.Patches));
        Assert.Equal(("T1553.004", "1.3", "1.3"), (patch.Current.Id, patch.Old!.Version, patch.New!.Version));
        Assert.Equal(["description"], patch.Changes.Select(c => c.Field));
        Assert.Equal("AN9999", Assert.Single(report.Of("analytics", ChangeCategory.Additions)).Current.Id);
        // DET0230 gained an analytic but MITRE did not touch its `modified`: the relationship is not a patch of it.
        Assert.Equal(3, report.ChangeCount);
        var counts = JsonNode.Parse(json)!["counts"]!;
        Assert.Equal(1, counts["techniques"]!["revocations"]!.GetValue<int>());
        Assert.Equal(1, counts["analytics"]!["additions"]!.GetValue<int>());

        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Core.Tests", "diff", "certificates.json"), json);
        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Core.Tests", "diff", "certificates.md"), DiffMarkdownWriter.Write(report));
    }

    /// <summary>The three edits, made on the bundle's JSON so the real reader reads both sides.</summary>
    private static string ModifiedCopy(string bundleJson)
    {
        var bundle = JsonNode.Parse(bundleJson)!.AsObject();
        var objects = bundle["objects"]!.AsArray();
        JsonObject ByAttackId(string id) => objects.OfType<JsonObject>().Single(o =>
            o["external_references"] is JsonArray refs && refs.Count > 0 && (string?)refs[0]!["external_id"] == id && o["revoked"]?.GetValue<bool>() != true);

        var revoked = ByAttackId("T1596.003");
        var replacement = ByAttackId("T1587.003");
        revoked["revoked"] = true;
        objects.Add(new JsonObject
        {
            ["type"] = "relationship", ["spec_version"] = "2.1",
            ["id"] = "relationship--00000000-0000-4000-8000-000000000001",
            ["created"] = "2026-04-28T00:00:00.000Z", ["modified"] = "2026-04-28T00:00:00.000Z",
            ["relationship_type"] = "revoked-by",
            ["source_ref"] = (string?)revoked["id"], ["target_ref"] = (string?)replacement["id"],
        });

        var described = ByAttackId("T1553.004");
        described["description"] = (string?)described["description"] + "\n\nA sentence the new release added.";

        var strategy = ByAttackId("DET0230");
        var template = objects.OfType<JsonObject>().First(o => (string?)o["type"] == "x-mitre-analytic" && o["x_mitre_log_source_references"] is JsonArray);
        var analytic = template.DeepClone().AsObject();
        analytic["id"] = "x-mitre-analytic--00000000-0000-4000-8000-000000009999";
        analytic["name"] = "Analytic 9999";
        analytic["x_mitre_platforms"] = new JsonArray("Linux");
        analytic["external_references"] = new JsonArray(new JsonObject
        {
            ["source_name"] = "mitre-attack", ["url"] = "https://attack.mitre.org/detectionstrategies/DET0230#AN9999", ["external_id"] = "AN9999",
        });
        objects.Add(analytic);
        strategy["x_mitre_analytic_refs"]!.AsArray().Add((string?)analytic["id"]);
        return bundle.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
