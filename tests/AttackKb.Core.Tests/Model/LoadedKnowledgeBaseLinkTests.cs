using AttackKb.Core.Config;
using AttackKb.Notes.Loading;

namespace AttackKb.Core.Tests.Model;

/// <summary>
/// Technique ⇄ detection ⇄ test links on whole loaded knowledge bases (a dialect-B vault, the default KB): Sigma tags,
/// detection-note lists, canonical refs, dialect-B dataview/query tags.
/// </summary>
public class LoadedKnowledgeBaseLinkTests
{
    [Fact]
    public void A_dialect_b_vault_links_by_folder_and_case_insensitive_tag()
    {
        var kb = KnowledgeBaseLoader.Load(RepoPaths.Cases("AttackKb.Core.Tests", "links", "vault"), KbConfig.Default, release: null);
        Assert.Empty(kb.Diagnostics);

        var rules = kb.Links.DetectionsFor("T1553.004").Select(d => d.Path).ToArray();
        Assert.Equal(["Detection Rules/posh_ps_root_certificate_installed.md"], rules);
        var tests = kb.Links.TestsFor("T1553.004").Select(t => t.Path).ToArray();
        Assert.Equal(["atomics/T1553.004/T1553.004.md"], tests);

        // And back: the rule knows the technique it covers.
        var rule = kb.Detections.Single(d => d.Path.StartsWith("Detection Rules/", StringComparison.Ordinal));
        Assert.Equal(["T1553.004"], kb.Links.TechniquesOf(rule));
    }

    [Fact]
    public void Default_kb_links_every_certificate_technique_both_ways()
    {
        var kb = KnowledgeBaseLoader.Load(RepoPaths.Data, KbConfig.Load(Path.Combine(RepoPaths.Data, KbConfig.FileName)), release: null);
        foreach (string id in new[] { "T1588.004", "T1587.003", "T1608.003", "T1553.004", "T1649", "T1552.004", "T1587.002", "T1588.003", "T1553.002" })
        {
            var detections = kb.Links.DetectionsFor(id);
            Assert.True(detections.Count > 0, $"{id} has no detection");
            Assert.All(detections, d => Assert.Contains(id, kb.Links.TechniquesOf(d)));
        }
        Assert.Empty(kb.Links.DetectionsFor("T1596.003"));
        Assert.NotNull(kb.DetectionGapFor("T1596.003"));
    }
}
