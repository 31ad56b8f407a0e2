using System.Text;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Detections;

/// <summary>What the golden cases cannot show (the whole rule text) and the reading rules that matter most, stated directly.</summary>
public class DetectionReadingTests
{
    private static LoadedFile Read(string path, string text) => FileReader.ReadBytes(path, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Sigma_detection_block_is_a_slice_of_the_file_ending_before_the_next_key()
    {
        const string rule = "title: t\nlogsource:\n    product: windows\ndetection:\n    # why\n    sel:\n        A: 'x'   # keep me\n    condition: sel\nfalsepositives:\n    - none\nlevel: low\n";
        var d = Read("r.yml", rule).Detection!;
        Assert.Equal("    # why\n    sel:\n        A: 'x'   # keep me\n    condition: sel", d.Logic!.Value.Value);
        Assert.Equal((5, 1), (d.Logic.Value.Location.Line, d.Logic.Value.Location.Column));
        Assert.Equal(rule, d.RuleText);
    }

    [Fact]
    public void Sigma_detection_block_keeps_crlf_line_breaks_as_written()
    {
        const string rule = "title: t\r\nlogsource:\r\n    product: windows\r\ndetection:\r\n    sel:\r\n        A: 1\r\n    condition: sel\r\nlevel: low\r\n";
        Assert.Equal("    sel:\r\n        A: 1\r\n    condition: sel", Read("r.yml", rule).Detection!.Logic!.Value.Value);
    }

    [Fact]
    public void Sigma_technique_ids_come_from_attack_namespace_tags_only()
    {
        const string rule = "title: t\ntags:\n    - attack.T1553.004\n    - attack.t1553.004\n    - attack.defense-evasion\n    - t1649\n    - car.2016-04-005\n    - attack.t1587\nlogsource: {product: windows}\ndetection: {sel: {A: 1}, condition: sel}\n";
        var d = Read("r.yml", rule).Detection!;
        Assert.Equal(["T1553.004", "T1587"], d.TechniqueIds.Select(t => t.Value));
        Assert.Equal(3, d.TechniqueIds[0].Location.Line);     // located at the first tag that says it
        Assert.Equal(6, d.Tags.Count);                        // tags themselves stay exactly as written
        Assert.Equal("attack.T1553.004", d.Tags[0].Value);
    }

    [Fact]
    public void B_rule_note_binds_the_embedded_rule_with_positions_in_the_note()
    {
        var kb = DetectionCaseTests.Load("b-rule-note");
        var d = kb.Detections.Single(x => x.Path.EndsWith("proc_creation_win_certutil_certificate_installation.md", StringComparison.Ordinal));
        Assert.Equal(SourceDialect.DialectBRule, d.Dialect);
        Assert.Equal("oscd.community, @redcanary, Zach Stanford @svch0st", d.Author?.Value);
        Assert.StartsWith("title: New Root Certificate Installed Via Certutil.EXE\n", d.RuleText, StringComparison.Ordinal);
        Assert.EndsWith("level: medium", d.RuleText!.TrimEnd(), StringComparison.Ordinal);
        // The note's own text at the located line is the rule's id line.
        string[] lines = File.ReadAllLines(RepoPaths.Cases("AttackKb.Notes.Tests", "detections", "b-rule-note", "kb", d.Path));
        Assert.StartsWith("id: d2125259", lines[d.Id!.Value.Location.Line - 1], StringComparison.Ordinal);
        Assert.Equal("    # Example: certutil -addstore -f -user ROOT CertificateFileName.der", lines[d.Logic!.Value.Location.Line - 1]);
        Assert.Contains(d.Tags, t => t.Value == "t1553_004");                     // the tags Obsidian queries match
        Assert.Equal(["T1553.004"], d.TechniqueIds.Select(t => t.Value));
    }

    [Fact]
    public void B_rule_note_with_the_generators_broken_tags_is_a_located_error_and_still_a_detection()
    {
        var kb = DetectionCaseTests.Load("b-rule-note");
        const string path = "Detection Rules/win_security_user_logoff.md";
        var syntax = Assert.Single(kb.Diagnostics, d => d.Id == "AKB1020" && d.Location?.Path == path);
        Assert.Equal((6, 8), (syntax.Location!.Value.Line, syntax.Location.Value.Column));   // tags: [, detection_rule]
        var rule = Assert.Single(kb.Detections, d => d.Path == path);
        Assert.Equal("User Logoff Event", rule.Title?.Value);
        Assert.Equal("0badc0de-1111-4222-8333-944445555666", rule.Id?.Value);
        Assert.DoesNotContain(kb.Notes, n => n.Path == path);
    }

    [Fact]
    public void B_runbook_tests_read_executor_commands_and_cleanup_per_test()
    {
        var kb = DetectionCaseTests.Load("b-runbook");
        var v1 = kb.Tests.Single(t => t.Path == "atomics/T1553.004/T1553.004.md");
        Assert.Equal("T1553.004", v1.TechniqueId?.Value);
        Assert.Equal("Subvert Trust Controls: Install Root Certificate", v1.DisplayName?.Value);
        Assert.Equal(2, v1.Tests.Count);
        var linux = v1.Tests[0];
        Assert.Equal(("sh", true), (linux.Executor?.Value, linux.ElevationRequired));   // not the Dependencies' "Run with `bash`"
        Assert.StartsWith("openssl genrsa", linux.Command, StringComparison.Ordinal);
        Assert.StartsWith("rm /etc/pki", linux.CleanupCommand, StringComparison.Ordinal);
        Assert.Equal(["Windows", "macOS"], v1.Tests[1].Platforms.Select(p => p.Value));
        Assert.Null(v1.Tests[1].CleanupCommand);

        var manual = kb.Tests.Single(t => t.Path.StartsWith("Testing Runbooks/T1555.001", StringComparison.Ordinal)).Tests[1];
        Assert.Equal("manual", manual.Executor?.Value);
        Assert.Equal("1. Open Keychain Access.\n2. Select the identity and choose File > Export Items.", manual.Command);
    }

    [Fact]
    public void Atomic_technique_lists_and_odd_spellings_become_canonical_ids()
    {
        var kb = DetectionCaseTests.Load("atomic");
        var file = kb.Tests.Single(t => t.Path == "T1553.004/T1553.004.yaml");
        Assert.Equal(["T1553.004", "T1553.001"], file.TechniqueIds.Select(t => t.Value));
        Assert.Equal(["T1553.001", "T1553.004"], kb.Links.TechniquesOf(file));
        Assert.Equal("1. Open the trust store.\n2. Note the roots.\n", file.Tests[0].Command);   // manual executor: steps
        Assert.Contains(kb.Diagnostics, d => d.Id == "AKB6202" && d.Location?.Path == "T9999/T9999.yaml");
    }

    [Fact]
    public void Every_reading_diagnostic_is_in_the_catalog_with_its_range()
    {
        foreach (var d in DetectionDiagnostics.All)
        {
            Assert.Same(d, DiagnosticCatalog.Find(d.Id));
            Assert.Matches("^AKB6[0-3]\\d\\d$", d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Help));
        }
    }
}
