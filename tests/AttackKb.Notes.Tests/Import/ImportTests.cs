using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Import;
using static AttackKb.Testing.TestReleases;

namespace AttackKb.Notes.Tests.Import;

public class ImportTests
{
    private static AttackRelease Sample() => Release(
        [
            Technique("T1553", "Subvert Trust Controls", strategies: ["DET0001"]),
            Technique("T1553.004", "Install Root Certificate", version: "1.3", strategies: ["DET0001"]),
            Technique("T1588.004", "Digital Certificates", tactic: "resource-development"),
            Technique("T1130", "Install Root Certificate", revoked: true, revokedBy: "T1553.004"),
            Technique("T1099", "Timestomp", deprecated: true),
        ],
        [Strategy("DET0001", "Root certificate added", ["AN0001"], ["T1553.004", "T1553"])],
        [Analytic("AN0001", "Windows", "DC0063", "DET0001")],
        [Component("DC0063", "Windows Registry Key Modification")]);

    private static ImportResult Import(AttackRelease release, string target, ImportSelection? selection = null, bool force = false, bool detections = false, string? kb = null) =>
        ReleaseImporter.Run(new ImportRequest
        {
            Release = release,
            TargetFolder = target,
            Selection = selection ?? new ImportSelection.All(),
            Force = force,
            WithDetections = detections,
            KnowledgeBaseRoot = kb ?? target,
        });

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void Writes_one_note_per_live_technique_named_by_ID_under_its_first_tactic()
    {
        string target = RepoPaths.TempFolder("import");
        var result = Import(Sample(), target, detections: true);

        Assert.Equal(
            ["defense-evasion/T1553.004.md", "defense-evasion/T1553.md", "detections/DET0001.md", "resource-development/T1588.004.md"],
            Snapshot(target).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, result.Count(ImportAction.Created));
        Assert.Equal(2, result.Count(ImportAction.SkippedRevoked));
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Writer_output_matches_the_golden_notes()
    {
        string target = RepoPaths.TempFolder("import");
        using (new CultureScope("tr-TR")) Import(Sample(), target, detections: true);
        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Notes.Tests", "import", "writer", "T1553.004.md"),
            File.ReadAllText(Path.Combine(target, "defense-evasion", "T1553.004.md")));
        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Notes.Tests", "import", "writer", "DET0001.md"),
            File.ReadAllText(Path.Combine(target, "detections", "DET0001.md")));
    }

    [Fact]
    public void Importing_twice_changes_no_byte_and_touches_no_file()
    {
        string target = RepoPaths.TempFolder("import");
        Import(Sample(), target, detections: true);
        var before = Snapshot(target);
        var times = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = Import(Sample(), target, detections: true);

        Assert.Equal(4, again.Count(ImportAction.Unchanged));
        Assert.Equal(0, again.Count(ImportAction.Created) + again.Count(ImportAction.Updated));
        var after = Snapshot(target);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before) Assert.Equal(bytes, after[path]);
        foreach (var (file, time) in times) Assert.Equal(time, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public void A_new_release_updates_unedited_notes_in_place()
    {
        string target = RepoPaths.TempFolder("import");
        Import(Sample(), target);
        var next = Release([Technique("T1553.004", "Install Root Certificate", version: "1.4", tactic: "resource-development", description: "Changed.")], version: "19.0");

        var result = Import(next, target, new ImportSelection.Only(["T1553.004"]));

        Assert.Equal(ImportAction.Updated, Assert.Single(result.Files).Action);
        string text = File.ReadAllText(Path.Combine(target, "defense-evasion", "T1553.004.md"));
        Assert.Contains("version: '1.4'", text, StringComparison.Ordinal);
        Assert.Contains("imported_from: enterprise-attack 19.0", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(target, "resource-development")) && File.Exists(Path.Combine(target, "resource-development", "T1553.004.md")));
    }

    [Fact]
    public void An_edited_note_is_skipped_without_force_and_overwritten_with_it()
    {
        string target = RepoPaths.TempFolder("import");
        Import(Sample(), target);
        string path = Path.Combine(target, "defense-evasion", "T1553.004.md");
        string original = File.ReadAllText(path);
        string edited = original.Replace("## Description", "## Description\n\nOur team's own words.", StringComparison.Ordinal);
        File.WriteAllText(path, edited);
        var next = Release([Technique("T1553.004", "Install Root Certificate", version: "1.4")]);

        var skipped = Import(next, target, new ImportSelection.Only(["T1553.004"]));
        var file = Assert.Single(skipped.Files);
        Assert.Equal(ImportAction.SkippedEdited, file.Action);
        Assert.Contains("edited", file.Reason, StringComparison.Ordinal);
        Assert.Contains(skipped.Diagnostics, d => d.Id == ImportDiagnostics.EditedNoteSkipped.Id && d.Location!.Value.Path.EndsWith("T1553.004.md", StringComparison.Ordinal));
        Assert.Equal(edited, File.ReadAllText(path));

        var forced = Import(next, target, new ImportSelection.Only(["T1553.004"]), force: true);
        Assert.Equal(ImportAction.Updated, Assert.Single(forced.Files).Action);
        Assert.Contains("version: '1.4'", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.DoesNotContain("Our team's own words", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_hand_written_note_named_like_an_import_is_not_overwritten()
    {
        string target = RepoPaths.TempFolder("import");
        Directory.CreateDirectory(Path.Combine(target, "defense-evasion"));
        string path = Path.Combine(target, "defense-evasion", "T1553.004.md");
        File.WriteAllText(path, "---\nkind: technique\nname: Install Root Certificate\n---\n\n# Ours\n");

        var result = Import(Sample(), target, new ImportSelection.Only(["T1553.004"]));

        Assert.Equal(ImportAction.SkippedEdited, Assert.Single(result.Files).Action);
        Assert.Equal("---\nkind: technique\nname: Install Root Certificate\n---\n\n# Ours\n", File.ReadAllText(path));
    }

    [Fact]
    public void Revoked_and_deprecated_techniques_are_never_written_and_explicit_requests_name_the_replacement()
    {
        string target = RepoPaths.TempFolder("import");
        var result = Import(Sample(), target, new ImportSelection.Only(["T1130", "t1099"]));

        Assert.Empty(Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories));
        Assert.All(result.Files, f => Assert.Equal(ImportAction.SkippedRevoked, f.Action));
        var revoked = Assert.Single(result.Diagnostics, d => d.Message.StartsWith("T1130", StringComparison.Ordinal));
        Assert.Equal(ImportDiagnostics.SelectedRevoked.Id, revoked.Id);
        Assert.Contains("replaced by T1553.004 (Install Root Certificate)", revoked.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_KB_note_on_a_revoked_technique_is_reported_with_its_replacement()
    {
        string target = RepoPaths.TempFolder("import");
        Directory.CreateDirectory(Path.Combine(target, "defense-evasion"));
        File.WriteAllText(Path.Combine(target, "defense-evasion", "T1130.md"), "---\nkind: technique\n---\n");

        var result = Import(Sample(), target);

        var d = Assert.Single(result.Diagnostics, d => d.Id == ImportDiagnostics.RevokedInKb.Id);
        Assert.Equal("defense-evasion/T1130.md", d.Location!.Value.Path);
        Assert.Contains("replaced by T1553.004 (Install Root Certificate)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_selection_is_an_error()
    {
        var result = Import(Sample(), RepoPaths.TempFolder("import"), new ImportSelection.Only(["T9999"]));
        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Id == ImportDiagnostics.UnknownSelection.Id);
    }

    [Fact]
    public void Tactic_selection_takes_short_or_display_names()
    {
        var byShort = Import(Sample(), RepoPaths.TempFolder("import"), new ImportSelection.Tactic("resource-development"));
        var byDisplay = Import(Sample(), RepoPaths.TempFolder("import"), new ImportSelection.Tactic("Resource Development"));
        Assert.Equal("T1588.004", Assert.Single(byShort.Files).AttackId);
        Assert.Equal("T1588.004", Assert.Single(byDisplay.Files).AttackId);
    }

    [Theory]
    [InlineData("../../../escape")]
    [InlineData("T1553/../../x")]
    [InlineData("/etc/passwd")]
    [InlineData("T1553.004\n")]
    [InlineData("..")]
    public void Hostile_IDs_cannot_escape_the_target_folder(string id)
    {
        string root = RepoPaths.TempFolder("import");
        string target = Path.Combine(root, "kb", "notes");
        var hostile = Technique(id, "Hostile", tactic: "../../outside") with { StixId = "attack-pattern--00000000-0000-4000-8000-000000000000" };
        var hostileTactic = Technique("T1000", "Tactic escape", tactic: "../../outside");
        var hostileStrategy = Strategy("../DET0001", "Escape", [], ["T1000"]);
        var release = Release([hostile, hostileTactic with { DetectionStrategies = ["../DET0001"] }], [hostileStrategy]);

        var result = Import(release, target, detections: true);

        var written = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).ToArray();
        Assert.Equal(["kb/notes/no-tactic/T1000.md"], written);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == ImportDiagnostics.UnsafeId.Id));
        Assert.Equal(2, result.Count(ImportAction.Failed));
    }

    [Fact]
    public void Upstream_quality_problems_are_warnings_naming_the_object()
    {
        var broken = Technique("T1001", "", description: "", strategies: ["DET9999"]) with { Tactics = [] };
        var result = Import(Release([broken]), RepoPaths.TempFolder("import"));

        Assert.Equal(ImportAction.Created, Assert.Single(result.Files).Action);
        var messages = result.Diagnostics.Where(d => d.Id == ImportDiagnostics.UpstreamDataQuality.Id).Select(d => d.Message).ToArray();
        Assert.Contains(messages, m => m.StartsWith("T1001 (attack-pattern--", StringComparison.Ordinal) && m.EndsWith("empty name", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.EndsWith("empty description", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("DET9999 is not in the release", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }
}
