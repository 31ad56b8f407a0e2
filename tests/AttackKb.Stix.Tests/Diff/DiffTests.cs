using AttackKb.Core.Attack;
using AttackKb.Core.Diff;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Stix.Tests.Import;
using static AttackKb.Stix.Tests.Import.TestReleases;

namespace AttackKb.Stix.Tests.Diff;

public class DiffTests
{
    private static AttackRelease Old() => Release(
        [
            Technique("T1553", "Subvert Trust Controls", strategies: ["DET0001"]),
            Technique("T1553.004", "Install Root Certificate", version: "1.3", strategies: ["DET0001"]),
            Technique("T1588.004", "Digital Certificates", tactic: "resource-development", version: "1.2"),
            Technique("T1649", "Steal or Forge Authentication Certificates", tactic: "credential-access", version: "1.1"),
        ],
        [Strategy("DET0001", "Root certificate added", ["AN0001"], ["T1553.004", "T1553"])],
        [Analytic("AN0001", "Windows", "DC0063", "DET0001")],
        [Component("DC0063", "Windows Registry Key Modification")],
        version: "18.1");

    private static AttackRelease New() => Release(
        [
            Technique("T1553", "Subvert Trust Controls", strategies: ["DET0001"], version: "2.0", platforms: ["Linux", "Windows"]),
            Technique("T1553.004", "Install Root Certificate", version: "1.3", strategies: ["DET0001"], description: "A new description."),
            Technique("T1588.004", "Digital Certificates", tactic: "resource-development", version: "1.2", revoked: true, revokedBy: "T1649"),
            Technique("T1649", "Steal or Forge Authentication Certificates", tactics: ["credential-access", "stealth"], version: "1.2"),
            Technique("T1690", "Brand New", tactic: "stealth"),
        ],
        [Strategy("DET0001", "Root certificate added", ["AN0001", "AN0002"], ["T1553.004", "T1553"])],
        [Analytic("AN0001", "Windows", "DC0063", "DET0001"), Analytic("AN0002", "Linux", "DC0063", "DET0001")],
        [Component("DC0063", "Windows Registry Key Modification")],
        version: "19.0");

    [Fact]
    public void Groups_changes_as_the_release_notes_do()
    {
        var r = ReleaseDiff.Compare(DiffSide.FromRelease(Old(), "old.json"), DiffSide.FromRelease(New(), "new.json"));

        Assert.Equal("T1690", Assert.Single(r.Added).Id);
        var revoked = Assert.Single(r.Revoked);
        Assert.Equal(("T1588.004", "T1649", "Steal or Forge Authentication Certificates"), (revoked.Id, revoked.ReplacedBy, revoked.ReplacedByName));
        var major = Assert.Single(r.MajorVersionChanges);
        Assert.Equal(("T1553", "1.0", "2.0"), (major.Id, major.OldVersion, major.NewVersion));
        Assert.Equal(["macOS"], major.Field("platforms")!.Removed);
        var minor = Assert.Single(r.MinorVersionChanges);
        Assert.Equal(["stealth"], minor.Field("tactics")!.Added);
        Assert.Equal("T1553.004", Assert.Single(r.OtherChanges).Id);
        Assert.Equal("T1553.004", Assert.Single(r.DescriptionChanges).Id);
        Assert.Equal("T1649", Assert.Single(r.TacticChanges).Id);
        Assert.Equal("T1553", Assert.Single(r.PlatformChanges).Id);
        Assert.Equal("AN0002", Assert.Single(r.Analytics.Added).Id);
        Assert.Equal(["AN0002"], Assert.Single(r.DetectionStrategies.Changed).Field("analytics")!.Added);
        Assert.Empty(r.Removed);
        Assert.Equal(0, r.DataComponents.Count);
    }

    [Fact]
    public void Markdown_is_a_pull_request_comment()
    {
        var r = ReleaseDiff.Compare(DiffSide.FromRelease(Old(), "old.json"), DiffSide.FromRelease(New(), "new.json"));
        using (new CultureScope("tr-TR"))
        {
            Golden.AssertMatches(RepoPaths.Cases("AttackKb.Stix.Tests", "diff", "releases.md"), DiffMarkdownWriter.Write(r));
            Golden.AssertMatches(RepoPaths.Cases("AttackKb.Stix.Tests", "diff", "releases.json"), DiffJsonWriter.ToText(r));
        }
    }

    [Fact]
    public void Same_release_on_both_sides_has_no_changes()
    {
        var r = ReleaseDiff.Compare(DiffSide.FromRelease(Old(), "a"), DiffSide.FromRelease(Old(), "b"));
        Assert.Equal(0, r.ChangeCount);
        Assert.Equal("**No changes.**\n", DiffMarkdownWriter.Summary(r));
    }

    [Fact]
    public void Table_cells_escape_what_would_break_the_table_or_inject_HTML()
    {
        var old = Release([Technique("T1001", "Old")]);
        var @new = Release([Technique("T1001", "Old"), Technique("T1002", "a | b <script>alert(1)</script>")]);
        string md = DiffMarkdownWriter.Write(ReleaseDiff.Compare(DiffSide.FromRelease(old, "a"), DiffSide.FromRelease(@new, "b")));
        Assert.Contains("a \\| b &lt;script&gt;alert(1)&lt;/script&gt;", md, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_knowledge_base_against_a_release_reports_revoked_deprecated_stale_and_unknown_notes()
    {
        static Note N(string id, string version, string path, params string[] tactics) => new()
        {
            Path = path, Dialect = SourceDialect.Canonical,
            AttackId = Located.At(id, SourceLocation.File(path)),
            Version = Located.At(version, SourceLocation.File(path)),
            Tactics = tactics.Select(t => Located.At(t, SourceLocation.File(path))).ToArray(),
        };
        var kb = new KnowledgeBase("/kb",
            [
                N("T1553", "2.0", "notes/defense-evasion/T1553.md", "Defense Evasion") with { Name = Located.At("Subvert Trust Controls- in our words", SourceLocation.File("x")) },
                N("T1553.004", "1.2", "notes/defense-evasion/T1553.004.md", "defense-evasion"),
                N("T1588.004", "1.2", "notes/attack-extractor/x.md", "resource-development"),
                N("T9999", "1.0", "notes/custom/T9999.md", "defense-evasion"),
            ], [], [], [], [], release: null);
        var release = New();

        // Either order reads KB → release.
        var r = ReleaseDiff.Compare(DiffSide.FromRelease(release, "new.json"), DiffSide.FromKnowledgeBase(kb, "data", release));

        Assert.Equal(DiffMode.KnowledgeBaseAgainstRelease, r.Mode);
        Assert.Equal("knowledge-base", r.Old.Kind);
        var kbStatus = r.KnowledgeBase!;
        var revoked = Assert.Single(kbStatus.Revoked);
        Assert.Equal(("T1588.004", "notes/attack-extractor/x.md", "T1649"), (revoked.Id, revoked.Path, revoked.ReplacedBy));
        var stale = Assert.Single(kbStatus.Stale);
        Assert.Equal(("T1553.004", "1.2", "1.3"), (stale.Id, stale.NoteVersion, stale.ReleaseVersion));
        Assert.Equal("T9999", Assert.Single(kbStatus.NotInRelease).Id);
        Assert.Equal(2, kbStatus.ReleaseTechniquesWithoutNote); // T1649, T1690
        Assert.Empty(r.Added);
        Assert.Empty(r.Revoked);
        Assert.Empty(r.TacticChanges); // "Defense Evasion" is defense-evasion
        Assert.DoesNotContain(r.MajorVersionChanges.Concat(r.MinorVersionChanges).Concat(r.OtherChanges), c => c.Field("name") is not null); // hand-written: own words
        Assert.Contains("### Notes on revoked techniques (1)", DiffMarkdownWriter.Write(r), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.3", "2.0", 2)]
    [InlineData("1.9", "1.10", 1)]
    [InlineData("1.3", "1.3", 0)]
    [InlineData("2.0", "1.9", 0)]
    [InlineData("x", "1.0", 0)]
    public void Versions_compare_as_numbers(string old, string @new, int bump) =>
        Assert.Equal(bump, ReleaseDiff.Bump(old, @new));
}
