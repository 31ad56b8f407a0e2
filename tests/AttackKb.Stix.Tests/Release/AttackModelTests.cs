using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Catalog;
using AttackKb.Stix.Reading;

namespace AttackKb.Stix.Tests.Releases;

/// <summary>
/// ATT&amp;CK's whole model from small synthetic bundles of the other domains (only Enterprise bundles exist in the
/// corpus): a Mobile one (cases/release/mobile.json) and the ICS changelog releases (cases/diff/changelog). Each is
/// also written as a catalog and read back: the catalog must keep every object and relationship text.
/// </summary>
public class AttackModelTests
{
    private static AttackRelease Read(params string[] path) =>
        AttackReleaseReader.Read(RepoPaths.Cases("AttackKb.Stix.Tests", path), new DiagnosticBag());

    private static AttackRelease ThroughCatalog(AttackRelease r) =>
        AttackReleaseReader.Read(CatalogWriter.Write(r), "catalog.json", new DiagnosticBag());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Mobile_groups_software_campaigns_and_their_relationships(bool catalog)
    {
        var r = Read("release", "mobile.json");
        if (catalog) r = ThroughCatalog(r);
        Assert.Equal("mobile-attack", r.Info.Domain);
        Assert.Equal("ATT&CK Mobile 18.1", r.Info.DisplayName);
        var phishing = r.Technique("T1660")!;
        Assert.Equal(["initial-access"], phishing.Tactics);

        var (user, procedure) = Assert.Single(r.ProceduresOf(phishing));
        var bot = Assert.IsType<AttackSoftware>(user);
        Assert.Equal(("S0999", "malware", "MBot"), (bot.Id, bot.StixType, Assert.Single(bot.Aliases)));
        Assert.Equal("relationship--aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", procedure.StixId);
        Assert.Contains("(Citation: Mobile Report)", procedure.Description, StringComparison.Ordinal);
        Assert.Equal("https://example.org/mobile", Assert.Single(procedure.References).Url);

        var (mitigation, how) = Assert.Single(r.MitigationsOf(phishing));
        Assert.Equal(("M1011", "Teach users to ignore SMS lures."), (mitigation.Id, how.Description));

        var group = Assert.Single(r.Groups);
        var campaign = Assert.Single(r.Campaigns);
        Assert.Equal("2023-01-01T00:00:00.000Z", campaign.FirstSeen);
        Assert.Contains(r.RelationshipsFrom(campaign.StixId), x => x.Type == "attributed-to" && x.TargetStixId == group.StixId);
        Assert.Equal("S0999", Assert.Single(r.UsedBy(campaign)).Used.Id);

        Assert.Equal("T1660", r.Technique("T1999")!.RevokedBy);
        Assert.Equal("T1999", Assert.Single(r.Revokes("T1660")).Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ics_assets_are_targeted_and_revoked_by_holds_for_every_kind(bool catalog)
    {
        // The diff's synthetic ICS release (one object of every kind) lives with the diff tests.
        var r = AttackReleaseReader.Read(
            RepoPaths.Cases("AttackKb.Core.Tests", "diff", "changelog", "new.json"), new DiagnosticBag());
        if (catalog) r = ThroughCatalog(r);
        Assert.Equal("ics-attack", r.Info.Domain);
        var asset = Assert.IsType<AttackAsset>(r.Find("A9005"));
        Assert.Contains(r.RelationshipsTo(asset.StixId), x => x.Type == "targets");
        Assert.Equal("S9002", r.Find("S9006")!.RevokedBy);
        Assert.Equal("G9002", r.Find("G9006")!.RevokedBy);
        Assert.Equal("M9006", Assert.Single(r.Revokes("M9002")).Id);
        // Each kind has nine objects on the new side (the tenth was deleted).
        Assert.Equal((9, 9, 9, 9), (r.Software.Count, r.Groups.Count, r.Campaigns.Count, r.Assets.Count));
    }

    [Fact]
    public void A_version_1_catalog_is_still_read()
    {
        var r = Read("release", "catalog-v1.json");
        Assert.Equal("T1553.004", r.Technique("T1130")!.RevokedBy);
        Assert.Equal("S0160", Assert.Single(r.Software).Id);
        Assert.Equal("tool", r.Software[0].StixType);
        Assert.Equal("G0016", Assert.Single(r.Groups).Id);
        Assert.Equal("C0024", Assert.Single(r.Campaigns).Id);
        Assert.Equal("https://attack.mitre.org/techniques/T1553/004", r.Technique("T1553.004")!.Url);
        Assert.Empty(r.Relationships);
    }
}
