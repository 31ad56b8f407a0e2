using System.Text.Json.Nodes;

namespace AttackKb.Stix.Tests.Export;

/// <summary>
/// Our bundles against the field's own validators (tests/validators): the OASIS STIX 2.1 JSON schemas must accept every
/// object; MITRE's ATT&amp;CK data model may report only the documented deviations (<see cref="StixValidators.IsDocumentedDeviation"/>).
/// </summary>
[Trait("Category", "Validators")]
public class ValidationTests
{
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Default_kb_bundle_passes_the_oasis_schemas_and_the_attack_data_model()
    {
        var result = Exports.Folder(RepoPaths.Data);
        AssertValid(StixValidators.Run(Exports.ToFile(result.Bundle)), result.ObjectCount);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Certificate_subset_exported_from_notes_passes_the_validators()
    {
        // MITRE's real texts and references, through our notes: markdown, citations, odd URLs.
        var (result, _) = Exports.CertificateSubset();
        AssertValid(StixValidators.Run(Exports.ToFile(result.Bundle)), result.ObjectCount);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Team_mappings_exported_as_uses_and_mitigates_pass_the_validators()
    {
        // Relationships from the release's group, software, campaign and mitigation (by official STIX id) to our
        // technique: the schemas must accept them as ATT&CK's own.
        var result = Exports.Folder(RepoPaths.Cases("AttackKb.Stix.Tests", "export", "mappings", "kb"));
        string bundle = System.Text.Encoding.UTF8.GetString(result.Bundle);
        Assert.Contains("\"relationship_type\": \"mitigates\"", bundle, StringComparison.Ordinal);
        AssertValid(StixValidators.Run(Exports.ToFile(result.Bundle, "mappings")), result.ObjectCount);
    }

    [CorpusFact]
    public void The_validators_reject_what_they_must()
    {
        // A check that cannot fail proves nothing: break a good bundle in ways each validator must notice.
        var bundle = JsonNode.Parse(Exports.Folder(RepoPaths.Data).Bundle)!;
        var objects = bundle["objects"]!.AsArray();
        var technique = objects.First(o => (string?)o!["type"] == "attack-pattern")!;
        technique["x_mitre_platforms"] = new JsonArray();                 // OASIS: no empty arrays in custom properties
        technique["created"] = "2020-10-01T00:00:00Z";                    // OASIS: timestamps carry milliseconds
        var tactic = objects.First(o => (string?)o!["type"] == "x-mitre-tactic")!.AsObject();
        tactic.Remove("x_mitre_shortname");                               // data model: a tactic has a short name
        var report = StixValidators.Run(Exports.ToFile(System.Text.Encoding.UTF8.GetBytes(bundle.ToJsonString()), "broken"));

        string techniqueId = (string)technique["id"]!;
        Assert.Contains(report.Oasis, i => i.Id == techniqueId && i.Path == "/x_mitre_platforms");
        Assert.Contains(report.Oasis, i => i.Id == techniqueId && i.Path == "/created");
        Assert.Contains(report.Adm, i => i.Id == (string)tactic["id"]! && i.Path == "x_mitre_shortname");
    }

    private static void AssertValid(StixValidators.Report report, int objectCount)
    {
        Assert.Equal(objectCount, report.Objects);
        Assert.True(report.Oasis.Count == 0, "OASIS schema errors:\n" + string.Join("\n", report.Oasis.Take(30)));
        var unexpected = report.Adm.Where(i => !StixValidators.IsDocumentedDeviation(i)).ToArray();
        Assert.True(unexpected.Length == 0, "ATT&CK data model errors:\n" + string.Join("\n", unexpected.Take(30)));
    }
}
