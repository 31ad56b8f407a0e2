using AttackKb.Core.Attack;
using AttackKb.Core.Diff;
using AttackKb.Reporting.Diff;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using static AttackKb.Testing.TestReleases;

namespace AttackKb.Core.Tests.Diff;

/// <summary>How the diff sorts changes into MITRE's categories, for releases and knowledge bases.</summary>
public class ReleaseDiffTests
{
    [Fact]
    public void Sorts_changes_into_MITREs_categories()
    {
        var r = ReleaseDiff.Compare(
            DiffSide.FromRelease(ReleaseChangeSample.Old(), "old.json"), DiffSide.FromRelease(ReleaseChangeSample.New(), "new.json"));

        Assert.Equal("T1690", Assert.Single(r.Of("techniques", ChangeCategory.Additions)).Current.Id);
        var revoked = Assert.Single(r.Of("techniques", ChangeCategory.Revocations));
        Assert.Equal(("T1588.004", "T1649", "Steal or Forge Authentication Certificates"),
            (revoked.Current.Id, revoked.RevokedBy?.Id, revoked.RevokedBy?.Name));
        var major = Assert.Single(r.Of("techniques", ChangeCategory.MajorVersionChanges));
        Assert.Equal(("T1553", "1.0", "2.0"), (major.Current.Id, major.Old?.Version, major.New?.Version));
        Assert.Equal(["macOS"], major.Field("platforms")!.Removed);
        var minor = Assert.Single(r.Of("techniques", ChangeCategory.MinorVersionChanges));
        Assert.Equal(["stealth"], minor.Field("tactics")!.Added);
        var patch = Assert.Single(r.Of("techniques", ChangeCategory.Patches));
        Assert.Equal("T1553.004", patch.Current.Id);
        Assert.NotNull(patch.Field("description"));
        Assert.Equal("AN0002", Assert.Single(r.Of("analytics", ChangeCategory.Additions)).Current.Id);
        Assert.Empty(r.Of("techniques", ChangeCategory.Deletions));
        Assert.Equal(
            ["techniques additions T1690", "techniques majorVersionChanges T1553", "techniques minorVersionChanges T1649",
             "techniques patches T1553.004", "techniques revocations T1588.004", "analytics additions AN0002"],
            r.Entries.Select(e => $"{e.Kind} {ChangeCategories.Json(e.Category)} {e.Current.Id}"));
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
        var release = ReleaseChangeSample.New();

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
        Assert.Empty(r.Of("techniques", ChangeCategory.Additions));
        Assert.Empty(r.Of("techniques", ChangeCategory.Revocations)); // listed once, with the note, in KbStatus
        Assert.DoesNotContain(r.Entries, e => e.Field("tactics") is not null); // "Defense Evasion" is defense-evasion
        Assert.DoesNotContain(r.Entries, e => e.Field("name") is not null); // hand-written: own words
        Assert.All(r.Entries, e => Assert.Equal("techniques", e.Kind));
        Assert.Contains("#### Notes on revoked techniques (1)", DiffMarkdownWriter.Write(r), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_knowledge_bases_use_the_same_categories_keyed_on_stix_id_then_attack_id()
    {
        static Note N(string id, string version, string? stixId = null, string name = "Own words", params string[] platforms)
        {
            string path = $"notes/{id}.md";
            var at = SourceLocation.File(path);
            return new Note
            {
                Path = path, Dialect = SourceDialect.Canonical, AttackId = Located.At(id, at), Version = Located.At(version, at),
                Name = Located.At(name, at), StixId = stixId is null ? null : Located.At(stixId, at),
                Platforms = platforms.Select(p => Located.At(p, at)).ToArray(),
            };
        }
        static Detection Sigma(string id, params string[] techniques)
        {
            string path = $"detections/{id}.yml";
            var at = SourceLocation.File(path);
            return new Detection
            {
                Path = path, Dialect = SourceDialect.Sigma, Kind = DetectionKind.SigmaRule, Id = Located.At(id, at),
                Title = Located.At("Rule " + id, at), TechniqueIds = techniques.Select(t => Located.At(t, at)).ToArray(),
            };
        }
        const string Renumbered = "attack-pattern--2f6b4ed7-fef1-44ba-bcb8-1b4beb610b64";
        var @base = new KnowledgeBase("/base",
            [N("T1553", "1.0", platforms: "Windows"), N("T1001", "1.0", Renumbered), N("T1002", "1.0"), N("T1003", "1.0")],
            [Sigma("0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0001", "T1553"), Sigma("0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0002", "T1002")],
            [], [], [], release: null);
        var head = new KnowledgeBase("/head",
            [N("T1553", "1.0", platforms: ["Windows", "Linux"]), N("T1099", "2.0", Renumbered), N("T1002", "1.1"),
             N("T1004", "1.0")],
            [Sigma("0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0001", "T1553", "T1553.004")],
            [], [], [], release: null);

        var r = ReleaseDiff.Compare(DiffSide.FromKnowledgeBase(@base, "base", null), DiffSide.FromKnowledgeBase(head, "head", null));

        Assert.Equal(DiffMode.Full, r.Mode);
        Assert.Equal(
            ["techniques additions T1004", "techniques majorVersionChanges T1099", "techniques minorVersionChanges T1002",
             "techniques patches T1553", "techniques deletions T1003",
             "detections patches 0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0001", "detections deletions 0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0002"],
            r.Entries.Select(e => $"{e.Kind} {ChangeCategories.Json(e.Category)} {e.Current.Id}"));
        // Same STIX id, new ATT&CK ID: the same note, renumbered.
        Assert.Equal(("T1001", "T1099"), (r.Entries[1].Field("id")!.Old, r.Entries[1].Field("id")!.New));
        Assert.Equal(["Linux"], r.Entries[3].Field("platforms")!.Added);
        Assert.Equal(["0e8b2a7a-7d3e-4b5e-9c9f-1b5c0b8a0001 detects T1553.004"], r.Entries[5].Field("relationships")!.Added);
        Assert.Contains("| Detections (Sigma rules) | 0 | 0 | 0 | 0 | 1 | 0 | 0 | 1 |", DiffMarkdownWriter.Write(r), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.3", "2.0", ChangeCategory.MajorVersionChanges)]
    [InlineData("1.9", "1.10", ChangeCategory.MinorVersionChanges)]
    [InlineData("1.3", "3.0", ChangeCategory.OtherVersionChanges)]
    [InlineData("1.3", "1.5", ChangeCategory.OtherVersionChanges)]
    [InlineData("2.0", "1.9", ChangeCategory.OtherVersionChanges)]
    [InlineData("x", "1.0", ChangeCategory.OtherVersionChanges)]
    [InlineData("1.3", "1.3", null)]
    [InlineData("1", "1.0", null)]
    public void Versions_compare_as_numbers(string old, string @new, ChangeCategory? category) =>
        Assert.Equal(category, ReleaseDiff.VersionChange(old, @new));
}
