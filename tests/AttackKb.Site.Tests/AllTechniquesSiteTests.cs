using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Notes.Import;
using AttackKb.Site.Output;
using AttackKb.Stix.Reading;

namespace AttackKb.Site.Tests;

/// <summary>
/// The scale case: every Enterprise 18.1 technique imported as a note, plus the corpus's real Sigma rules (the KB the
/// benchmark measures). The site must keep every promise there too.
/// </summary>
public class AllTechniquesSiteTests
{
    private static readonly Lazy<GeneratedSite> Site = new(() =>
    {
        var release = AttackReleaseReader.Read(Corpus.EnterpriseBundle, new DiagnosticBag());
        string kb = RepoPaths.TempFolder("all-techniques-kb");
        ReleaseImporter.Run(new ImportRequest { Release = release, TargetFolder = Path.Combine(kb, "notes"), Selection = new ImportSelection.All(), KnowledgeBaseRoot = kb });
        CopyFolder(Corpus.SigmaRules, Path.Combine(kb, "detections", "sigma"));
        return Sites.Generate(kb, TestKnowledgeBases.Pinned);
    });

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Every_technique_gets_a_page_within_50_kB()
    {
        var site = Site.Value;
        var techniques = TestKnowledgeBases.Pinned.Techniques.Where(t => !t.Revoked && !t.Deprecated).ToArray();
        Assert.True(techniques.Length > 600);
        foreach (var t in techniques)
        {
            string page = SitePaths.Technique(t.Id);
            Assert.True(site.Exists(page), page);
            Assert.True(new FileInfo(site.PathOf(page)).Length <= 50 * 1024, $"{page} is over 50 kB");
        }
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Id == "AKB7103");
    }

    [Trait("Category", "Slow")]
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Every_internal_link_resolves_and_every_page_keeps_the_rules()
    {
        Assert.Empty(SiteChecks.BrokenLinks(Site.Value));
        Assert.Empty(SiteChecks.UnsafeOrInvalid(Site.Value));
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void First_search_results_need_at_most_300_kB()
    {
        Assert.InRange(SearchIndexTests.FirstResultsBytes(Site.Value), 1, 300 * 1024);
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Real_sigma_rules_link_to_their_techniques_and_back()
    {
        var site = Site.Value;
        var sigma = site.Kb.Detections.Where(d => d.Kind == Core.Model.DetectionKind.SigmaRule).ToArray();
        Assert.NotEmpty(sigma);
        foreach (var rule in sigma)
            foreach (string technique in site.Kb.Links.TechniquesOf(rule))
            {
                string page = site.Read(SitePaths.Technique(technique));
                Assert.Contains(rule.Title.Html("title"), CertificateCrossLinkTests.DetectionsSection(page));
            }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
