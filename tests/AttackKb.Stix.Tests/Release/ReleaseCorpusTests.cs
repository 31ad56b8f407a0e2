using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Stix.Catalog;
using AttackKb.Stix.Reading;

namespace AttackKb.Stix.Tests.Releases;

/// <summary>The official Enterprise 18.1 bundle, read as users get it (gzip), and the compact catalog written from it.</summary>
public class ReleaseCorpusTests
{
    private static readonly Lazy<(AttackRelease Release, IReadOnlyList<Diagnostic> Diagnostics)> Enterprise = new(() =>
    {
        var bag = new DiagnosticBag();
        return (AttackReleaseReader.Read(Corpus.EnterpriseBundle, bag), bag.Items);
    });

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Enterprise_18_1_loads_with_its_counts()
    {
        var r = Enterprise.Value.Release;
        Assert.Equal("18.1", r.Info.Version);
        Assert.Equal("enterprise-attack", r.Info.Domain);
        Assert.Equal(835, r.Techniques.Count);
        Assert.Equal(14, r.Tactics.Count);
        Assert.Equal(691, r.DetectionStrategies.Count);
        Assert.Equal(1739, r.Analytics.Count);
        Assert.Equal(109, r.DataComponents.Count);
        Assert.Equal(38, r.DataSources.Count);
        Assert.Equal(268, r.Mitigations.Count);
        Assert.Equal(187, r.Groups.Count);
        Assert.Equal(787, r.Software.Count);
        Assert.Equal(52, r.Campaigns.Count);
        Assert.Equal(18740, r.Relationships.Count); // uses, mitigates, attributed-to (live)
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Install_Root_Certificate_has_its_mitigations_procedure_examples_and_the_technique_it_replaced()
    {
        var r = Enterprise.Value.Release;
        var t = r.Technique("T1553.004")!;
        Assert.Equal(["M1028", "M1054"], r.MitigationsOf(t).Select(m => m.Mitigation.Id));
        var procedures = r.ProceduresOf(t);
        Assert.Equal(["S0009", "S0148", "S0160", "S0281"], procedures.Select(p => p.User.Id));
        var certutil = procedures.Single(p => p.User.Id == "S0160");
        Assert.Contains("(Citation: Palo Alto Retefe)", certutil.Relationship.Description, StringComparison.Ordinal);
        Assert.Contains(certutil.Relationship.References, x => x.SourceName == "Palo Alto Retefe" && x.Url is not null);
        Assert.Equal("T1130", Assert.Single(r.Revokes("T1553.004")).Id);
        Assert.Equal("T1553.004", r.Technique("T1130")!.RevokedBy);
        var apt29 = (AttackGroup)r.Find("G0016")!;
        Assert.Contains(r.UsedBy(apt29), u => u.Used is AttackSoftware);
        Assert.Contains(r.Relationships, x => x.Type == "attributed-to" && x.TargetStixId == apt29.StixId);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Mitre_quirks_are_reported_once_each_never_fatal()
    {
        var diagnostics = Enterprise.Value.Diagnostics;
        Assert.All(diagnostics, d => Assert.NotEqual(Severity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.Id == "AKB8001" && d.Message.StartsWith("835 ", StringComparison.Ordinal) && d.Message.Contains("x_mitre_detection", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "AKB8001" && d.Message.StartsWith("791 ", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Id == "AKB8001" && d.Message.StartsWith("7 ", StringComparison.Ordinal) && d.Message.Contains("x_mitre_data_source_ref", StringComparison.Ordinal));
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Certificate_facts_resolve()
    {
        var r = Enterprise.Value.Release;
        var t = r.Technique("T1587.003")!;
        Assert.Equal("attack-pattern--1cec9319-743b-4840-bb65-431547bce82a", t.StixId);
        Assert.Equal(["resource-development"], t.Tactics);
        Assert.Equal("1.2", t.Version);
        Assert.Equal("T1587", t.ParentId);
        Assert.True(t.IsSubtechnique);
        Assert.Contains("DET0844", t.DetectionStrategies);
        var det = (AttackDetectionStrategy)r.Find("DET0844")!;
        Assert.Contains("T1587.003", det.Techniques);
        Assert.Equal("DC0104", r.DataComponent("Internet Scan: Response Content")!.Id);
        Assert.Equal("DC0093", r.DataComponent("Certificate: Certificate Registration")!.Id);
        Assert.Null(r.DataComponent("Nonsense: Response Content"));
        Assert.Equal("resource-development", r.Tactic("Resource Development")!.ShortName);
        Assert.Contains(t.References, x => x.SourceName == "Splunk Kovar Certificates 2017" && x.Url is not null);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Revoked_techniques_name_their_replacement()
    {
        var r = Enterprise.Value.Release;
        var revoked = r.Techniques.Where(t => t.Revoked).ToArray();
        Assert.Equal(132, revoked.Length);
        Assert.All(revoked.Where(t => t.RevokedBy is not null), t => Assert.NotNull(r.Technique(t.RevokedBy!)));
        Assert.True(revoked.Count(t => t.RevokedBy is not null) > 100);
        var one = revoked.First(t => t.RevokedBy is not null);
        Assert.False(r.Resolve(one.Id)!.Revoked);
    }

    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Catalog_keeps_every_fact_and_is_byte_stable_under_any_culture()
    {
        var bundle = Enterprise.Value.Release;
        byte[] first = CatalogWriter.Write(bundle);
        byte[] second;
        using (new CultureScope("tr-TR")) second = CatalogWriter.Write(bundle);
        Assert.Equal(first, second);

        var catalog = AttackReleaseReader.Read(first, "catalog.json", new DiagnosticBag());
        Assert.Equal(bundle.Info.SourceSha256, catalog.Info.SourceSha256);
        Assert.Equal(bundle.Info.Version, catalog.Info.Version);
        Assert.Equal(Facts(bundle), Facts(catalog));
        Assert.Equal(first, CatalogWriter.Write(catalog));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void The_pinned_catalog_in_data_is_the_one_the_writer_produces()
    {
        var pinned = AttackReleaseReader.Read(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json"), new DiagnosticBag());
        Assert.Equal("18.1", pinned.Info.Version);
        Assert.Equal(835, pinned.Techniques.Count);
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Data, "attack", "enterprise-attack-18.1.catalog.json")), CatalogWriter.Write(pinned));
    }

    /// <summary>Everything the catalog promises to keep, as comparable text (no descriptions: facts only).</summary>
    private static string Facts(AttackRelease r) => string.Join("\n",
        r.Techniques.Select(t => $"{t.Id}|{t.StixId}|{t.Name}|{t.Created}|{t.Modified}|{t.Version}|{t.Revoked}|{t.Deprecated}|{t.RevokedBy}|{t.ParentId}|{string.Join(",", t.Tactics)}|{string.Join(",", t.Platforms)}|{string.Join(",", t.DetectionStrategies)}|{string.Join(",", t.Mitigations)}|{string.Join(";", t.References.Select(x => $"{x.SourceName}>{x.Url}>{x.ExternalId}"))}")
        .Concat(r.Tactics.Select(t => $"{t.Id}|{t.ShortName}|{t.Name}"))
        .Concat(r.DataComponents.Select(d => $"{d.Id}|{d.Name}|{d.Deprecated}"))
        .Concat(r.DetectionStrategies.Select(s => $"{s.Id}|{string.Join(",", s.Analytics)}|{string.Join(",", s.Techniques)}"))
        .Concat(r.Analytics.Select(a => $"{a.Id}|{a.DetectionStrategy}|{string.Join(",", a.Platforms)}|{string.Join(";", a.LogSourceReferences.Select(l => $"{l.DataComponentId}>{l.Name}>{l.Channel}"))}"))
        .Concat(r.Others.Select(o => $"{o.Id}|{o.StixId}|{o.GetType().Name}|{o.Name}|{o.Version}|{o.Revoked}|{o.RevokedBy}|{o.Url}"))
        .Concat(r.Relationships.Select(x => $"{x.StixId}|{x.Type}|{x.SourceStixId}|{x.TargetStixId}|{x.Description}|{string.Join(";", x.References.Select(f => $"{f.SourceName}>{f.Url}>{f.Description}"))}")));
}
