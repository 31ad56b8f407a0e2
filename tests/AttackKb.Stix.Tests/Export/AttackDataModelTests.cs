using System.Diagnostics;
using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Tests.Export;

/// <summary>
/// MITRE's @mitre-attack/attack-data-model judges our ATT&CK-shaped objects. Three of its rules cannot hold for
/// third-party content and are the only findings allowed (README "STIX export"):
/// x_mitre_modified_by_ref must be MITRE's own identity; detection strategies and analytics must carry MITRE's
/// DET####/AN#### ids (ours are DET-AKB-NNNN, to never collide with MITRE's); and it does not know STIX's
/// indicator type, so the `indicates` relationships of Sigma indicators are outside its model.
/// </summary>
public class AttackDataModelTests
{
    private static bool Allowed(string type, string path, string message) =>
        path == "x_mitre_modified_by_ref"
        || type is "x-mitre-detection-strategy" or "x-mitre-analytic" && path == "external_references.0.external_id"
        || type == "relationship" && (path == "relationship_type" && message.Contains("Invalid option", StringComparison.Ordinal)
                                      || path == "source_ref" && message.Contains("'indicator'", StringComparison.Ordinal));

    [CorpusFact]
    public void Our_attack_objects_pass_the_attack_data_model_except_the_documented_rules()
    {
        string validators = Path.Combine(RepoPaths.Root, "tests", "validators");
        Assert.True(Directory.Exists(Path.Combine(validators, "node_modules")), "tests/validators/node_modules is missing: run `bash tests/run.sh` (it runs npm ci there)");
        var config = KbConfig.Load(Path.Combine(RepoPaths.Data, KbConfig.FileName));
        var release = AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), new DiagnosticBag());
        string bundle = Path.Combine(RepoPaths.TempFolder("adm"), "bundle.json");
        File.WriteAllBytes(bundle, StixExport.Write(KnowledgeBaseLoader.Load(RepoPaths.Data, config, release), StixOptions.From(config)).Bundle);

        var psi = new ProcessStartInfo("node", [Path.Combine(validators, "validate-adm.js"), bundle])
            { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(psi)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);

        using var report = JsonDocument.Parse(output);
        Assert.True(report.RootElement.GetProperty("checked").GetInt32() > 50);
        var unexpected = report.RootElement.GetProperty("errors").EnumerateArray()
            .SelectMany(e => e.GetProperty("issues").EnumerateArray().Select(i =>
                (Type: e.GetProperty("type").GetString()!, Id: e.GetProperty("id").GetString()!, Path: i.GetProperty("path").GetString()!, Message: i.GetProperty("message").GetString()!)))
            .Where(i => !Allowed(i.Type, i.Path, i.Message))
            .Select(i => $"{i.Type} {i.Id} {i.Path}: {i.Message}")
            .ToArray();
        Assert.True(unexpected.Length == 0, string.Join("\n", unexpected));
    }
}
