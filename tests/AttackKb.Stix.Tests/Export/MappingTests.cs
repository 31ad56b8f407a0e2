using System.Text.Json.Nodes;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Core.Validation;
using AttackKb.Stix.Writing;

namespace AttackKb.Stix.Tests.Export;

/// <summary>The note → STIX mapping on hand-built model objects and a hand-built release: one rule per test.</summary>
public class MappingTests
{
    private const string RootStixId = "attack-pattern--c615231b-f253-4f58-9d47-d5b4cbdb6839";
    private const string TacticStixId = "x-mitre-tactic--78b23412-0651-46d7-a540-170a1ce8bd5a";

    private static readonly AttackRelease Release = new(
        new AttackReleaseInfo("enterprise-attack", "18.1", null, null, null),
        [
            new AttackTechnique
            {
                Id = "T1553", StixId = "attack-pattern--b83e166d-13d7-4b52-8677-dff90c548fd7", Name = "Subvert Trust Controls",
                Tactics = ["defense-evasion"], Created = "2020-01-31T12:32:08.228Z", Modified = "2025-04-15T19:58:03.000Z",
            },
            new AttackTechnique
            {
                Id = "T1553.004", StixId = RootStixId, Name = "Install Root Certificate", IsSubtechnique = true, ParentId = "T1553",
                Tactics = ["defense-evasion"], Platforms = ["Windows", "Linux", "macOS"], Version = "1.3", Domains = ["enterprise-attack"],
                Created = "2020-02-21T21:00:48.814Z", Modified = "2025-10-24T17:48:20.105Z",
                References = [new AttackReference("mitre-attack", "https://attack.mitre.org/techniques/T1553/004", null, "T1553.004")],
            },
        ],
        [
            new AttackTactic
            {
                Id = "TA0005", StixId = TacticStixId, Name = "Defense Evasion", ShortName = "defense-evasion",
                Created = "2018-10-17T00:14:20.652Z", Modified = "2025-04-25T14:45:32.408Z", Version = "1.0", Domains = ["enterprise-attack"],
                References = [new AttackReference("mitre-attack", "https://attack.mitre.org/tactics/TA0005", null, "TA0005")],
            },
        ],
        [],
        [new AttackDataComponent { Id = "DC0063", StixId = "x-mitre-data-component--da85d358-741a-410d-9433-20d6269a6170", Name = "Windows Registry Key Modification" }],
        [
            new AttackDetectionStrategy
            {
                Id = "DET0001", StixId = "x-mitre-detection-strategy--11111111-2222-4333-8444-555555555555", Name = "Official strategy",
                Created = "2025-10-21T15:10:28.402Z", Modified = "2025-10-21T15:10:28.402Z", Techniques = ["T1553.004"],
                References = [new AttackReference("mitre-attack", "https://attack.mitre.org/detectionstrategies/DET0001", null, "DET0001")],
            },
        ],
        [], [], []);

    private static SourceLocation At(string path) => new(path, 1, 1);
    private static Located<string> L(string value, string path = "T1553.004.md") => new(value, At(path));

    private static Note Technique(string attackId, Func<Note, Note>? with = null)
    {
        string path = attackId + ".md";
        var note = new Note
        {
            Path = path, Dialect = SourceDialect.Canonical, AttackId = L(attackId, path), Name = L("Install Root Certificate", path),
            Tactics = [L("defense-evasion", path)], Platforms = [L("Windows", path)],
            IdentityClaims = [new IdentityClaim(IdentitySource.FileName, attackId, attackId, At(path))],
            Sections = [new Section("Description", 2, At(path), "Adversaries may install a root certificate.\n", At(path))],
        };
        return with is null ? note : with(note);
    }

    private static (JsonArray Objects, StixExportResult Result) Export(IEnumerable<Note> notes, IEnumerable<Detection>? detections = null)
    {
        var noteList = notes.ToArray();
        var detectionList = (detections ?? []).ToArray();
        var kb = new KnowledgeBase(RepoPaths.TempFolder("mapping"), noteList, detectionList, [],
            noteList.Select(n => n.Path).Concat(detectionList.Select(d => d.Path)), [], Release);
        // Like a team with its own techniques: the config lowers AKB3004 (ID unknown to the release) to a warning.
        var options = StixOptions.Default with { Lint = new LintOptions(new Dictionary<string, Severity>(StringComparer.Ordinal) { ["AKB3004"] = Severity.Warning }) };
        var result = StixExport.Write(kb, options);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return (JsonNode.Parse(result.Bundle)!["objects"]!.AsArray(), result);
    }

    private static JsonNode Single(JsonArray objects, string type) => Assert.Single(objects, o => (string?)o!["type"] == type)!;

    [Fact]
    public void Display_name_tactics_become_short_names_and_the_tactic_is_the_release_object()
    {
        var (objects, _) = Export([Technique("T1553.004", n => n with { Tactics = [L("Defense Evasion")] })]);
        var phase = Single(objects, "attack-pattern")["kill_chain_phases"]![0]!;
        Assert.Equal("mitre-attack", (string?)phase["kill_chain_name"]);
        Assert.Equal("defense-evasion", (string?)phase["phase_name"]);
        var tactic = Single(objects, "x-mitre-tactic");
        Assert.Equal(TacticStixId, (string?)tactic["id"]);
        Assert.Equal("defense-evasion", (string?)tactic["x_mitre_shortname"]);
        Assert.Equal("2018-10-17T00:14:20.652Z", (string?)tactic["created"]);
    }

    [Fact]
    public void Ids_come_from_the_note_else_the_release_else_a_uuid5_of_the_attack_id()
    {
        // (A note's own id that differs from the official one is a lint error, so "own" matters for custom techniques.)
        const string own = "attack-pattern--0a0b0c0d-0000-4000-8000-000000000001";
        Assert.Equal(own, (string?)Single(Export([Technique("T1553.900", n => n with { StixId = L(own, n.Path) })]).Objects, "attack-pattern")["id"]);
        Assert.Equal(RootStixId, (string?)Single(Export([Technique("T1553.004")]).Objects, "attack-pattern")["id"]);

        // A custom technique the release does not know.
        var (objects, _) = Export([Technique("T1553.900", n => n with { Name = L("Team technique", "T1553.900.md") })]);
        var custom = Single(objects, "attack-pattern");
        Assert.Equal(StixId.Mint("attack-pattern", "T1553.900"), (string?)custom["id"]);
        Assert.Equal("T1553.900", (string?)custom["external_references"]![0]!["external_id"]);
        Assert.True((bool)custom["x_mitre_is_subtechnique"]!);
        var parent = Single(objects, "relationship");
        Assert.Equal("subtechnique-of", (string?)parent["relationship_type"]);
        Assert.Equal(Release.Technique("T1553")!.StixId, (string?)parent["target_ref"]); // the release's parent
    }

    [Fact]
    public void Dates_come_from_the_note_else_the_release_else_a_fixed_rule_with_milliseconds()
    {
        var fromNote = Single(Export([Technique("T1553.004", n => n with { Created = L("2020-10-01"), Modified = L("2021-01-02T03:04:05Z") })]).Objects, "attack-pattern");
        Assert.Equal("2020-10-01T00:00:00.000Z", (string?)fromNote["created"]);
        Assert.Equal("2021-01-02T03:04:05.000Z", (string?)fromNote["modified"]);

        var fromRelease = Single(Export([Technique("T1553.004")]).Objects, "attack-pattern");
        Assert.Equal("2020-02-21T21:00:48.814Z", (string?)fromRelease["created"]);
        Assert.Equal("2025-10-24T17:48:20.105Z", (string?)fromRelease["modified"]);

        var custom = Single(Export([Technique("T1553.900")]).Objects, "attack-pattern");
        Assert.Equal(StixOptions.FixedTimestamp, (string?)custom["created"]);
        Assert.Equal(StixOptions.FixedTimestamp, (string?)custom["modified"]);

        // modified before created is written as created: STIX requires modified ≥ created.
        var backwards = Single(Export([Technique("T1553.004", n => n with { Created = L("2022-01-01"), Modified = L("2021-01-01") })]).Objects, "attack-pattern");
        Assert.Equal("2022-01-01T00:00:00.000Z", (string?)backwards["modified"]);
    }

    [Fact]
    public void Nothing_empty_is_written_and_markdown_descriptions_are_kept()
    {
        var (objects, _) = Export([Technique("T1553.004", n => n with
        {
            Contributors = [L("  ")], DataSources = [],
            Sections = [new Section("Description", 2, At(n.Path), "Line one with **bold** and [a link](https://example.org).\n\n- item\n", At(n.Path)),
                        new Section("Detection", 2, At(n.Path), "\n", At(n.Path))],
        })]);
        var pattern = Single(objects, "attack-pattern");
        Assert.Equal("Line one with **bold** and [a link](https://example.org).\n\n- item", (string?)pattern["description"]);
        Assert.Null(pattern["x_mitre_detection"]);
        Assert.Null(pattern["x_mitre_contributors"]);
        Assert.Null(pattern["x_mitre_data_sources"]);
        foreach (var node in Walk(objects))
        {
            if (node is JsonArray a) Assert.True(a.Count > 0, $"empty array at {a.GetPath()}");
            if (node is JsonValue v && v.TryGetValue(out string? s)) Assert.True(s.Trim().Length > 0, $"empty string at {v.GetPath()}");
        }
    }

    [Fact]
    public void References_start_with_mitre_attack_then_the_notes_own_in_order()
    {
        var (objects, _) = Export([Technique("T1553.004", n => n with
        {
            References =
            [
                new Reference("mitre-attack", "https://attack.mitre.org/techniques/T1553/004", null, At(n.Path), "T1553.004"),
                new Reference("SpectorOps Code Signing Dec 2017", "https://posts.specterops.io/x", "Graeber, M. (2017).", At(n.Path)),
                new Reference("capec", "https://capec.mitre.org/data/definitions/479.html", null, At(n.Path), "CAPEC-479"),
                new Reference("No Url", null, "Only a description.", At(n.Path)),
            ],
        })]);
        var refs = Single(objects, "attack-pattern")["external_references"]!.AsArray();
        Assert.Equal(["mitre-attack", "SpectorOps Code Signing Dec 2017", "capec", "No Url"], refs.Select(r => (string)r!["source_name"]!));
        Assert.Equal("https://attack.mitre.org/techniques/T1553/004", (string?)refs[0]!["url"]);
        Assert.Equal("CAPEC-479", (string?)refs[2]!["external_id"]);
        Assert.Null(refs[3]!["url"]);
        Assert.Equal("Only a description.", (string?)refs[3]!["description"]);
    }

    [Fact]
    public void A_sigma_rule_is_an_indicator_crediting_its_author_valid_from_its_date_indicating_known_techniques()
    {
        const string ruleText = "title: Root cert\nid: 6a0c1f3e-2b7d-4c59-9f1e-5d3b8a7c4e21\nauthor: Jane Doe\ndate: 2023/05/17\ndetection:\n  sel:\n    Image|endswith: '\\certutil.exe'\n  condition: sel\n";
        const string path = "sigma/rule.yml";
        var rule = new Detection
        {
            Path = path, Dialect = SourceDialect.Sigma, Kind = DetectionKind.SigmaRule, Id = L("6a0c1f3e-2b7d-4c59-9f1e-5d3b8a7c4e21", path),
            Title = L("Root cert", path), Author = L("Jane Doe", path), Date = L("2023/05/17", path), RuleText = ruleText,
            Tags = [L("attack.t1553.004", path), L("attack.t1553.999", path)],
            TechniqueIds = [L("T1553.004", path), L("T1553.999", path)],
        };
        var (objects, result) = Export([Technique("T1553.004")], [rule]);

        var indicator = Single(objects, "indicator");
        Assert.Equal("sigma", (string?)indicator["pattern_type"]);
        Assert.Equal(ruleText, (string?)indicator["pattern"]);
        Assert.Equal("2023-05-17T00:00:00.000Z", (string?)indicator["valid_from"]);
        var author = Assert.Single(objects, o => (string?)o!["type"] == "identity" && (string?)o["name"] == "Jane Doe")!;
        Assert.Equal((string?)author["id"], (string?)indicator["created_by_ref"]);
        Assert.Equal("individual", (string?)author["identity_class"]);
        Assert.Contains(indicator["external_references"]!.AsArray(), r => (string?)r!["source_name"] == "Detection Rule License 1.1");

        var indicates = Assert.Single(objects, o => (string?)o!["relationship_type"] == "indicates")!;
        Assert.Equal(RootStixId, (string?)indicates["target_ref"]);
        Assert.Contains(result.Diagnostics, d => d.Id == "AKB7002" && d.Message.Contains("T1553.999", StringComparison.Ordinal));
    }

    [Fact]
    public void A_detection_note_is_a_strategy_with_analytics_referencing_data_components_and_detects_relationships()
    {
        const string path = "detections/DET-AKB-0001.md";
        var note = new Detection
        {
            Path = path, Dialect = SourceDialect.DetectionNote, Kind = DetectionKind.DetectionNote, Id = L("DET-AKB-0001", path),
            Title = L("Root certificate added", path), Date = L("2026-11-24", path), TechniqueIds = [L("T1553.004", path)],
            Analytics =
            [
                new AnalyticSpec
                {
                    Id = L("AN-AKB-0001", path), Platform = L("Windows", path), Description = "Registry writes under the root store.",
                    DataComponents = [L("DC0063", path)], Location = At(path),
                    LogSources = [new LogSourceRef(L("WinEventLog:Sysmon", path), L("EventCode=13", path), L("DC0063", path))],
                },
            ],
        };
        var mirror = note with { Path = "detections/DET0001.md", Id = L("DET0001", "detections/DET0001.md"), Analytics = [] };
        var (objects, _) = Export([Technique("T1553.004")], [note, mirror]);

        var analytic = Single(objects, "x-mitre-analytic");
        var logSource = analytic["x_mitre_log_source_references"]![0]!;
        Assert.Equal("x-mitre-data-component--da85d358-741a-410d-9433-20d6269a6170", (string?)logSource["x_mitre_data_component_ref"]);
        Assert.Equal("EventCode=13", (string?)logSource["channel"]);
        Assert.Equal(["Windows"], analytic["x_mitre_platforms"]!.AsArray().Select(p => (string)p!));

        var strategies = objects.Where(o => (string?)o!["type"] == "x-mitre-detection-strategy").ToArray();
        var ours = Assert.Single(strategies, s => (string?)s!["external_references"]![0]!["external_id"] == "DET-AKB-0001")!;
        Assert.Equal([(string)analytic["id"]!], ours["x_mitre_analytic_refs"]!.AsArray().Select(a => (string)a!));
        Assert.Equal("2026-11-24T00:00:00.000Z", (string?)ours["created"]);
        // A note mirroring an ATT&CK strategy keeps the official id, reference and dates.
        var official = Assert.Single(strategies, s => (string?)s!["id"] == "x-mitre-detection-strategy--11111111-2222-4333-8444-555555555555")!;
        Assert.Equal("mitre-attack", (string?)official["external_references"]![0]!["source_name"]);

        var detects = objects.Where(o => (string?)o!["relationship_type"] == "detects").ToArray();
        Assert.Equal(2, detects.Length);
        Assert.All(detects, r => Assert.Equal(RootStixId, (string?)r!["target_ref"]));
    }

    private static IEnumerable<JsonNode> Walk(JsonNode? node)
    {
        if (node is null) yield break;
        yield return node;
        var children = node switch
        {
            JsonArray a => a.AsEnumerable(),
            JsonObject o => o.Select(p => p.Value),
            _ => [],
        };
        foreach (var c in children)
            foreach (var n in Walk(c)) yield return n;
    }
}
