using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Diff;
using AttackKb.Reporting.Diff;
using AttackKb.Stix.Reading;

namespace AttackKb.Core.Tests.Diff;

/// <summary>
/// The changelog of every object type. cases/diff/changelog holds two small synthetic ICS releases with, for each of
/// the eleven kinds, one object in each category (plus an unchanged one and one deprecated on both sides, which is not
/// reported) and relationships added and removed; the 17.1 → 18.1 counts were first counted independently from the
/// two bundles (a script reading them by STIX id, README "Diff").
/// </summary>
public class ChangelogTests
{
    private static string Case(string file) => RepoPaths.Cases("AttackKb.Core.Tests", "diff", "changelog", file);

    [Fact]
    public void Synthetic_releases_give_one_object_in_every_category_of_every_kind()
    {
        var report = Compare(Case("old.json"), Case("new.json"));
        foreach (var (kind, _) in DiffKinds.All.Where(k => k.Json != "detections"))
            foreach (var category in ChangeCategories.All)
                Assert.True(report.Count(kind, category) == 1, $"{kind}.{ChangeCategories.Json(category)}: {report.Count(kind, category)}");
        var patch = Assert.Single(report.Of("techniques", ChangeCategory.Patches));
        Assert.Equal(["S9005 uses T0905", "T0905 targets A9005"], patch.Field("relationships")!.Added);
        Assert.Equal(["M9005 mitigates T0905"], patch.Field("relationships")!.Removed);
        Assert.All(report.Of("software", ChangeCategory.Revocations), e => Assert.Equal("S9002", e.RevokedBy?.Id));

        using (new CultureScope("tr-TR"))
        {
            Golden.AssertMatches(Case("expected.md"), DiffMarkdownWriter.Write(report));
            Golden.AssertMatches(Case("expected.json"), DiffJsonWriter.ToText(report));
        }
    }

    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Enterprise_17_1_to_18_1_counts()
    {
        var report = Compare(Corpus.Path("attack", "enterprise-attack-17.1.json.gz"), Corpus.EnterpriseBundle);
        using var json = JsonDocument.Parse(DiffJsonWriter.ToText(report));
        var counts = json.RootElement.GetProperty("counts");
        int Count(string kind, string category) => counts.GetProperty(kind).GetProperty(category).GetInt32();

        Assert.Equal(12, Count("techniques", "additions"));
        Assert.Equal(4, Count("techniques", "majorVersionChanges"));
        Assert.Equal(58, Count("techniques", "minorVersionChanges"));
        Assert.Equal(533, Count("techniques", "patches"));
        // 17.1's data components had no DC IDs: the same STIX objects, not new ones.
        Assert.Equal(0, Count("dataComponents", "additions"));
        Assert.Equal(106, Count("dataComponents", "majorVersionChanges"));
        Assert.Equal(0, Count("dataComponents", "deletions"));
        Assert.Equal(37, Count("dataSources", "deprecations"));
        Assert.Equal(6, Count("groups", "additions"));
        Assert.Equal(29, Count("software", "additions"));
        Assert.Equal(5, Count("campaigns", "additions"));
        Assert.Equal(691, Count("detectionStrategies", "additions"));
        Assert.Equal(1739, Count("analytics", "additions"));
        var dc = report.Of("dataComponents", ChangeCategory.MajorVersionChanges).First();
        Assert.StartsWith("DC", dc.New!.Id, StringComparison.Ordinal);
        Assert.Equal(dc.Old!.StixId, dc.Old.Id); // named by its STIX id in 17.1
    }

    private static DiffReport Compare(string old, string @new) => ReleaseDiff.Compare(
        DiffSide.FromRelease(AttackReleaseReader.Read(old, new DiagnosticBag()), Path.GetFileName(old)),
        DiffSide.FromRelease(AttackReleaseReader.Read(@new, new DiagnosticBag()), Path.GetFileName(@new)));
}
