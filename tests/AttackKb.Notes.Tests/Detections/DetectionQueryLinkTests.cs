using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Tests.Detections;

/// <summary>
/// How a note's dataview/query blocks and detection refs link detections and tests, both ways: the loaded two-vault
/// case (cases/detections/links-vault) and small hand-built models where a link can only come from the rule under test.
/// </summary>
public class DetectionQueryLinkTests
{
    private static string[] Paths(IEnumerable<Detection> ds) => ds.Select(d => d.Path).ToArray();
    private static string[] Paths(IEnumerable<TestProcedure> ts) => ts.Select(t => t.Path).ToArray();

    [Fact]
    public void A_dataview_block_lists_rules_of_its_own_vault_only()
    {
        var kb = DetectionCaseTests.Load("links-vault");
        // vault-b's T1588.004 note queries #T1587_003 (a copy-paste slip the catalogue really has): it gets vault-b's rule,
        // not vault-a's, although both carry the tag and sit in a "Detection Rules" folder.
        Assert.Equal(["vault-b/Detection Rules/cert_rule_b.md"], Paths(kb.Links.DetectionsFor("T1588.004")));
        var ruleA = kb.Detections.Single(d => d.Path == "vault-a/Detection Rules/cert_rule_a.md");
        var ruleB = kb.Detections.Single(d => d.Path == "vault-b/Detection Rules/cert_rule_b.md");
        Assert.Equal(["T1587.003"], kb.Links.TechniquesOf(ruleA));
        Assert.Equal(["T1587.003", "T1588.004"], kb.Links.TechniquesOf(ruleB));
        Assert.Equal(["vault-a/Detection Rules/cert_rule_a.md", "vault-b/Detection Rules/cert_rule_b.md"], Paths(kb.Links.DetectionsFor("T1587.003")));
        Assert.Equal(["vault-a/atomics/T1587.003/T1587.003.md"], Paths(kb.Links.TestsFor("T1587.003")));
        Assert.Empty(kb.Links.TestsFor("T1588.004"));
    }

    [Fact]
    public void A_canonical_note_links_detections_by_id_sigma_id_and_path()
    {
        var kb = DetectionCaseTests.Load("links-vault");
        Assert.Equal(
            ["detections/DET-AKB-0201.md", "detections/sigma/by-id.yml", "detections/sigma/kb-relative.yml", "detections/sigma/relative.yml"],
            Paths(kb.Links.DetectionsFor("T1553.004")));
        var note = kb.Notes.Single(n => n.Path == "notes/T1553.004.md");
        Assert.Equal("detections/DET-AKB-0201.md", kb.Links.ResolveDetectionRef(note, "DET-akb-0201")?.Path);
        Assert.Equal("detections/sigma/relative.yml", kb.Links.ResolveDetectionRef(note, "../detections/sigma/relative.yml")?.Path);
        Assert.Null(kb.Links.ResolveDetectionRef(note, "DET0844"));            // an ATT&CK strategy: the release's, not the KB's
        Assert.Null(kb.Links.ResolveDetectionRef(note, "../../etc/passwd"));   // climbing out of the KB resolves to nothing

        // The detection note says T1649 and a malformed "T1553/4" (kept for the linter, never linked).
        var det = kb.Detections.Single(d => d.Id?.Value == "DET-AKB-0201");
        Assert.Contains(det.TechniqueIds, t => t.Value == "T1553/4");
        Assert.Equal(["T1553.004", "T1649"], kb.Links.TechniquesOf(det));
        Assert.Empty(kb.Links.DetectionsFor("T1553/4"));
    }

    [Fact]
    public void Queries_link_by_case_insensitive_and_nested_tags_but_not_by_prefix()
    {
        var useCase = UseCase("V/Use Cases/T1587.003.md", "T1587.003", new TagQuery(TagQueryKind.Dataview, "Detection Rules", ["T1587_003"], "Detection Rule", At("V/Use Cases/T1587.003.md")));
        var parent = UseCase("V/Use Cases/T1587.md", "T1587", new TagQuery(TagQueryKind.Dataview, "Detection Rules", ["T1587"], "Detection Rule", At("V/Use Cases/T1587.md")));
        var exact = Rule("V/Detection Rules/lower.md", "t1587_003", "detection_rule");
        var nested = Rule("V/Detection Rules/nested.md", "T1587/custom", "detection_rule");
        var sibling = Rule("V/Detection Rules/sibling.md", "t1587_002", "detection_rule");
        var elsewhere = Rule("V/Archive/old.md", "t1587_003", "detection_rule");
        var kb = Kb([useCase, parent], [exact, nested, sibling, elsewhere], []);

        Assert.Equal(["V/Detection Rules/lower.md"], Paths(kb.Links.DetectionsFor("T1587.003")));
        // #T1587 matches the nested tag T1587/custom (Obsidian) but never t1587_003 or t1587_002.
        Assert.Equal(["V/Detection Rules/nested.md"], Paths(kb.Links.DetectionsFor("T1587")));
        Assert.Empty(kb.Links.TechniquesOf(sibling));
        Assert.Empty(kb.Links.TechniquesOf(elsewhere));
    }

    [Fact]
    public void A_query_block_ands_its_tags_and_a_kind_tag_alone_links_nothing()
    {
        string path = "V/Use Cases/T1553.004.md";
        var useCase = UseCase(path, "T1553.004",
            new TagQuery(TagQueryKind.Query, null, ["detection_rule", "T1553_004"], "Detection Rule", At(path)),
            new TagQuery(TagQueryKind.Query, null, ["atomic_test", "T1553_004"], "Rule Testing", At(path)));
        var index = UseCase("V/Detection Rules.md", "T1000", new TagQuery(TagQueryKind.Query, null, ["detection_rule"], "Detection Rules", At("V/Detection Rules.md")));
        var rule = Rule("V/Detection Rules/r.md", "t1553_004", "detection_rule");
        var notARule = Rule("V/Other/x.md", "t1553_004");   // tagged, but not a detection_rule: the first query must skip it
        var runbook = new TestProcedure { Path = "V/Testing Runbooks/T1553.004.md", Dialect = SourceDialect.DialectBRunbook, Tags = Tags("T1553_004", "atomic_test") };
        var kb = Kb([useCase, index], [rule, notARule], [runbook]);

        Assert.Equal(["V/Detection Rules/r.md"], Paths(kb.Links.DetectionsFor("T1553.004")));
        Assert.Equal(["V/Testing Runbooks/T1553.004.md"], Paths(kb.Links.TestsFor("T1553.004")));
        Assert.Empty(kb.Links.DetectionsFor("T1000"));
        Assert.Equal(["T1553.004"], kb.Links.TechniquesOf(runbook));
    }

    [Fact]
    public void Links_do_not_depend_on_input_order()
    {
        var a = DetectionCaseTests.Load("links-vault");
        var shuffled = new KnowledgeBase(a.Root, a.Notes.Reverse(), a.Detections.Reverse(), a.Tests.Reverse(), a.Files.Reverse(), a.Diagnostics, release: null);
        foreach (var d in a.Detections)
            Assert.Equal(a.Links.TechniquesOf(d), shuffled.Links.TechniquesOf(shuffled.Detections.Single(x => x.Path == d.Path)));
        foreach (string t in new[] { "T1553.004", "T1587.003", "T1588.004", "T1649" })
            Assert.Equal(Paths(a.Links.DetectionsFor(t)), Paths(shuffled.Links.DetectionsFor(t)));
    }

    private static SourceLocation At(string path) => new(path, 1, 1);

    private static IReadOnlyList<Located<string>> Tags(params string[] tags) => tags.Select(t => new Located<string>(t, new SourceLocation("x", 1, 1))).ToArray();

    private static Note UseCase(string path, string id, params TagQuery[] queries) =>
        new() { Path = path, Dialect = SourceDialect.DialectB, AttackId = new Located<string>(id, At(path)), Queries = queries };

    /// <summary>A rule note with tags but no technique IDs of its own: only a query can link it.</summary>
    private static Detection Rule(string path, params string[] tags) =>
        new() { Path = path, Dialect = SourceDialect.DialectBRule, Kind = DetectionKind.SigmaRule, Tags = Tags(tags) };

    private static KnowledgeBase Kb(Note[] notes, Detection[] detections, TestProcedure[] tests) =>
        new("/kb", notes, detections, tests, notes.Select(n => n.Path).Concat(detections.Select(d => d.Path)).Concat(tests.Select(t => t.Path)), [], release: null);
}
