using System.Diagnostics;
using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Loading;
using AttackKb.Stix.Reading;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Tests.Export;

/// <summary>The default KB as STIX: valid against the OASIS schemas (ajv), official ids, detections attached, deterministic.</summary>
public class StixExportTests
{
    private static readonly string[] CertificateTechniques =
        ["T1588.004", "T1587.003", "T1608.003", "T1553.004", "T1649", "T1552.004", "T1587.002", "T1588.003", "T1553.002"];

    private static StixExportResult ExportData(string? folder = null)
    {
        string root = folder ?? RepoPaths.Data;
        var config = KbConfig.Load(Path.Combine(root, KbConfig.FileName));
        var release = AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), new DiagnosticBag());
        return StixExport.Write(KnowledgeBaseLoader.Load(root, config, release), StixOptions.From(config));
    }

    [Fact]
    public void Default_kb_exports_without_errors_with_official_ids_and_attached_detections()
    {
        var result = ExportData();
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        using var doc = JsonDocument.Parse(result.Bundle);
        var objects = doc.RootElement.GetProperty("objects").EnumerateArray().ToArray();
        var patterns = objects.Where(o => o.GetProperty("type").GetString() == "attack-pattern")
            .ToDictionary(o => o.GetProperty("external_references")[0].GetProperty("external_id").GetString()!, o => o.GetProperty("id").GetString()!);
        Assert.Equal("attack-pattern--19401639-28d0-4c3c-adcc-bc2ba22f6421", patterns["T1588.004"]);
        Assert.Equal("attack-pattern--0979abf9-4e26-43ec-9b6e-54efc4e70fca", patterns["T1596.003"]);
        Assert.Equal("attack-pattern--1cec9319-743b-4840-bb65-431547bce82a", patterns["T1587.003"]);
        var targets = objects.Where(o => o.GetProperty("type").GetString() == "relationship" && o.GetProperty("relationship_type").GetString() is "detects" or "indicates")
            .Select(o => o.GetProperty("target_ref").GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (string id in CertificateTechniques) Assert.True(targets.Contains(patterns[id]), $"{id} has no detects/indicates relationship");
        Assert.Contains(objects, o => o.GetProperty("type").GetString() == "x-mitre-collection");
        Assert.All(objects.Where(o => o.GetProperty("type").GetString() == "indicator"), o => Assert.Equal("sigma", o.GetProperty("pattern_type").GetString()));
    }

    [Fact]
    public void Bundle_bytes_do_not_depend_on_runs_file_order_or_culture()
    {
        byte[] first = ExportData().Bundle;
        Assert.Equal(first, ExportData().Bundle);
        byte[] turkish;
        using (new CultureScope("tr-TR")) turkish = ExportData().Bundle;
        Assert.Equal(first, turkish);

        // The same KB written in reverse order into a new folder (directory enumeration order differs).
        string copy = RepoPaths.TempFolder("kb-reversed");
        foreach (string file in Directory.GetFiles(RepoPaths.Data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse())
        {
            string target = Path.Combine(copy, Path.GetRelativePath(RepoPaths.Data, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Assert.Equal(first, ExportData(copy).Bundle);
        Assert.DoesNotContain((byte)'\r', first);
    }

    [Fact]
    public void Notes_with_errors_are_left_out_and_reported_while_the_bundle_is_still_written()
    {
        string kb = RepoPaths.TempFolder("kb-broken");
        File.Copy(Path.Combine(RepoPaths.Data, "notes", "defense-evasion", "T1553.004.md"), Path.Combine(kb, "T1553.004.md"));
        File.WriteAllText(Path.Combine(kb, "T1649.md"), "---\nkind: technique\nmitre_attack_url: https://attack.mitre.org/techniques/T1649\nname: [broken\n---\n# x\n");
        var release = AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), new DiagnosticBag());
        var result = StixExport.Write(KnowledgeBaseLoader.Load(kb, KbConfig.Default, release), StixOptions.From(KbConfig.Default));
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Id == "AKB7001");
        using var doc = JsonDocument.Parse(result.Bundle);
        Assert.Contains(doc.RootElement.GetProperty("objects").EnumerateArray(), o => o.GetProperty("id").GetString() == "attack-pattern--c615231b-f253-4f58-9d47-d5b4cbdb6839");
    }

    [CorpusFact]
    public void Every_object_validates_against_the_oasis_schemas()
    {
        string bundle = Path.Combine(RepoPaths.TempFolder("stix"), "bundle.json");
        File.WriteAllBytes(bundle, ExportData().Bundle);
        string validators = Path.Combine(RepoPaths.Root, "tests", "validators");
        Assert.True(Directory.Exists(Path.Combine(validators, "node_modules")), "tests/validators/node_modules is missing: run `bash tests/run.sh` (it runs npm ci there)");
        var psi = new ProcessStartInfo("node", [Path.Combine(validators, "validate-stix.js"), bundle, Corpus.StixSchemas])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        using var report = JsonDocument.Parse(output);
        Assert.True(report.RootElement.GetProperty("objects").GetInt32() > 50);
        Assert.True(report.RootElement.GetProperty("errors").GetArrayLength() == 0, output);
    }
}
