using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Reading;

namespace AttackKb.Stix.Tests.Releases;

/// <summary>Bad release files: unusable ones are a clear ReleaseReadException (exit 2), bad objects are diagnostics.</summary>
public class MalformedReleaseTests
{
    [Theory]
    [InlineData("not json at all", "not valid JSON")]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("{\"type\": \"bundle\", \"objects\": {}}", "not a STIX bundle")]
    [InlineData("{\"type\": \"indicator\"}", "not a STIX bundle")]
    public void Unusable_files_throw_a_clear_exception(string content, string expected)
    {
        var e = Assert.Throws<ReleaseReadException>(() => AttackReleaseReader.Read(Encoding.UTF8.GetBytes(content), "bad.json", new DiagnosticBag()));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.json:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_gzip_is_a_clear_exception()
    {
        byte[] gz = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xAB, 0x56];
        var e = Assert.Throws<ReleaseReadException>(() => AttackReleaseReader.Read(gz, "cut.json.gz", new DiagnosticBag()));
        Assert.Contains("gzip", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_objects_become_diagnostics_and_the_rest_loads()
    {
        const string bundle = """
        {"type": "bundle", "id": "bundle--0d1c0f5e-0000-4000-8000-000000000000", "objects": [
          42,
          {"type": "attack-pattern"},
          {"type": "attack-pattern", "id": "attack-pattern--00000000-0000-4000-8000-000000000001", "name": "No ID"},
          {"type": "attack-pattern", "id": "attack-pattern--00000000-0000-4000-8000-000000000002", "name": "Good",
           "external_references": [{"source_name": "mitre-attack", "external_id": "T9999", "url": "https://attack.mitre.org/techniques/T9999"}],
           "kill_chain_phases": [{"kill_chain_name": "mitre-attack", "phase_name": "execution"}], "x_mitre_platforms": "not a list",
           "x_mitre_detection": "", "x_unknown_property": {"nested": true}},
          {"type": "x-future-thing", "id": "x-future-thing--00000000-0000-4000-8000-000000000003"},
          {"type": "relationship", "id": "relationship--00000000-0000-4000-8000-000000000004", "relationship_type": "subtechnique-of",
           "source_ref": "attack-pattern--00000000-0000-4000-8000-000000000002", "target_ref": "attack-pattern--99999999-0000-4000-8000-000000000000", "description": ""}
        ]}
        """;
        var bag = new DiagnosticBag();
        var release = AttackReleaseReader.Read(Encoding.UTF8.GetBytes(bundle), "odd.json", bag);
        var t = Assert.Single(release.Techniques);
        Assert.Equal("T9999", t.Id);
        Assert.Empty(t.Platforms);
        Assert.Null(t.ParentId);
        var codes = bag.Items.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["AKB8001", "AKB8001", "AKB8002", "AKB8003", "AKB8004", "AKB8005", "AKB8005", "AKB8006"], codes);
    }
}
