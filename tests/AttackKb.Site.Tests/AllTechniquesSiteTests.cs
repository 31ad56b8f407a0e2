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
public partial class AllTechniquesSiteTests
{
    internal static readonly Lazy<GeneratedSite> Site = new(() =>
    {
        var release = AttackReleaseReader.Read(Corpus.EnterpriseBundle, new DiagnosticBag());
        string kb = RepoPaths.TempFolder("all-techniques-kb");
        ReleaseImporter.Run(new ImportRequest { Release = release, TargetFolder = Path.Combine(kb, "notes"), Selection = new ImportSelection.All(), KnowledgeBaseRoot = kb });
        RepoPaths.CopyFolder(Corpus.SigmaRules, Path.Combine(kb, "detections", "sigma"));
        // A KB of the whole release opens on the overview (site.home), the hub one click away.
        return Sites.Generate(kb, TestKnowledgeBases.Pinned, SiteOptions.Default with { Home = HomePage.Overview });
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

    /// <summary>The Nu Html Checker on every page of the all-18.1 site (about 2,900 pages).</summary>
    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    [Trait("Category", "Validators")]
    public void Every_page_is_valid_html()
    {
        string jar = ReferenceValidators.NodeModule("vnu-jar", "build", "dist", "vnu.jar");
        var run = ReferenceValidators.Run(
            "java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "text", Site.Value.Folder]);
        Assert.True(run.ExitCode == 0, $"vnu.jar found errors:\n{run.Stderr}{run.Stdout}");
    }

    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    public void No_page_passes_150_kB()
    {
        var site = Site.Value;
        var over = site.Pages().Where(page => new FileInfo(site.PathOf(page)).Length > 150 * 1024).ToArray();
        Assert.Empty(over);
    }

    /// <summary>
    /// Every mitigation, group, software, campaign and asset page (continued pages included) links to each technique
    /// it lists, and that technique's page links back to the object; and every object a technique page links to
    /// lists that technique. The whole release is in the KB, so every live object using a technique has a page.
    /// </summary>
    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    public void Object_pages_and_technique_pages_link_both_ways()
    {
        var site = Site.Value;
        var release = TestKnowledgeBases.Pinned;
        string[] folders = ["mitigations/", "groups/", "software/", "campaigns/", "assets/"];
        var objectPages = site.Pages()
            .Where(p => folders.Any(f => p.StartsWith(f, StringComparison.Ordinal)))
            .Where(p => !p.EndsWith("/index.html", StringComparison.Ordinal))
            .ToArray();
        Assert.True(objectPages.Length > 1000, $"only {objectPages.Length} object pages");
        var listedBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);   // object page → techniques
        foreach (string page in objectPages)
        {
            string first = FirstPageOf(page);
            if (!listedBy.TryGetValue(first, out var set))
                listedBy[first] = set = new HashSet<string>(StringComparer.Ordinal);
            string rows = Section(site.Read(page), "techniques");
            foreach (string id in HtmlLinks.Ids(rows).Where(id => id.StartsWith("t-", StringComparison.Ordinal)))
            {
                string technique = SitePaths.Technique(id[2..]);
                Assert.Contains(technique, LinkedPages(page, rows));
                set.Add(technique);
            }
        }
        foreach (var (objectPage, techniques) in listedBy)
        {
            Assert.NotEmpty(techniques);
            foreach (string technique in techniques)
                Assert.Contains(objectPage, ObjectsLinkedFrom(site, technique));
        }
        foreach (var t in release.Techniques.Where(t => !t.Revoked && !t.Deprecated))
        {
            string page = SitePaths.Technique(t.Id);
            var linked = ObjectsLinkedFrom(site, page);
            foreach (string o in linked) Assert.Contains(page, listedBy[o]);
            int expected = release.ProceduresOf(t).Count(x => !x.User.Revoked && !x.User.Deprecated)
                + release.MitigationsOf(t).Count(x => !x.Mitigation.Revoked && !x.Mitigation.Deprecated);
            Assert.True(linked.Count >= expected, $"{page} links {linked.Count} objects of {expected}");
        }
        Assert.True(site.Exists("software/S0002.html"), "Mimikatz has a page");
    }

    /// <summary>
    /// Groups, software and campaigns name each other as attack.mitre.org does: every live <c>uses</c> or
    /// <c>attributed-to</c> relationship between two of them (counted from the release, not from the pages) is a row
    /// on each end's page, linked to the other end's row naming it back; an end without a page is text, never a link.
    /// </summary>
    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    public void Groups_software_and_campaigns_link_each_other_both_ways()
    {
        var site = Site.Value;
        var release = TestKnowledgeBases.Pinned;
        Assert.Empty(SiteChecks.RelatedObjectsNotLinkedBack(site));
        var rows = SiteChecks.RelatedRows(site).Select(r => (r.Page, r.OtherId)).ToHashSet();
        int relationships = 0;
        foreach (var r in release.Relationships.Where(r => r.Type is "uses" or "attributed-to"))
        {
            if (Actor(release.FindByStixId(r.SourceStixId)) is not { } source
                || Actor(release.FindByStixId(r.TargetStixId)) is not { } target) continue;
            relationships++;
            foreach (var (self, other) in new[] { (source, target), (target, source) })
                if (site.Exists(self.Page)) Assert.Contains((self.Page, other.Object.Id), rows);
        }
        Assert.True(relationships > 1000, $"only {relationships} relationships between groups, software, campaigns");
    }

    /// <summary>A live group, software or campaign with the page the site would give it.</summary>
    private static (AttackObject Object, string Page)? Actor(AttackObject? o) => o switch
    {
        AttackGroup { Revoked: false, Deprecated: false } => (o, SitePaths.Group(o.Id)),
        AttackSoftware { Revoked: false, Deprecated: false } => (o, SitePaths.SoftwarePage(o.Id)),
        AttackCampaign { Revoked: false, Deprecated: false } => (o, SitePaths.Campaign(o.Id)),
        _ => null,
    };

    /// <summary>The object pages a technique page's "Procedure examples" and "Mitigations" link to.</summary>
    /// <summary>(Links inside procedure text go anywhere; the object's own link names this technique's row.)</summary>
    /// A technique with very many procedure examples lists the rest on its procedure pages (procedures/T1105.html…).
    private static HashSet<string> ObjectsLinkedFrom(GeneratedSite site, string techniquePage)
    {
        string id = Path.GetFileNameWithoutExtension(techniquePage);
        var pages = new List<string> { techniquePage };
        for (int n = 1; site.Exists(SitePaths.Continued(SitePaths.Procedures(id), n)); n++)
            pages.Add(SitePaths.Continued(SitePaths.Procedures(id), n));
        return pages.SelectMany(page =>
            {
                string html = site.Read(page);
                string sections = Section(html, "procedures") + Section(html, "mitigations") + Section(html, "assets");
                return HtmlLinks.Hrefs(sections)
                    .Select(href => HtmlLinks.Resolve(page, href));
            })
            .OfType<(string File, string? Fragment)>()
            .Where(r => r.Fragment == "t-" + id)
            .Select(r => FirstPageOf(r.File)).ToHashSet(StringComparer.Ordinal);
    }

    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    private static IEnumerable<string> LinkedPages(string page, string html) =>
        HtmlLinks.Hrefs(html).Select(href => HtmlLinks.Resolve(page, href))
            .OfType<(string File, string? Fragment)>().Select(r => r.File);

    /// <summary>"groups/G0016-2.html" → "groups/G0016.html": a continued page belongs to its object.</summary>
    private static string FirstPageOf(string page) => ContinuedPage().Replace(page, ".html");

    [System.Text.RegularExpressions.GeneratedRegex(@"-\d+\.html\z")]
    private static partial System.Text.RegularExpressions.Regex ContinuedPage();

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

    /// <summary>
    /// The matrix of all of Enterprise ATT&amp;CK stays under 100 kB with every tactic, every technique reachable,
    /// sub-techniques folded, coverage in words, and a page per platform.
    /// </summary>
    [CorpusFact]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    public void The_matrix_fits_100_kB_with_every_tactic_and_technique()
    {
        var site = Site.Value;
        string matrix = site.Read(SitePaths.Matrix);
        Assert.True(new FileInfo(site.PathOf(SitePaths.Matrix)).Length <= 100 * 1000, "matrix.html is over 100 kB");
        Assert.Equal(14, System.Text.RegularExpressions.Regex.Matches(matrix, "<section class=\"column\">").Count);
        foreach (var t in TestKnowledgeBases.Pinned.Techniques)
            if (!t.Revoked && !t.Deprecated && t.Tactics.Count > 0)
                Assert.Contains($"href=\"{SitePaths.Technique(t.Id)}\"", matrix);
        Assert.Contains("<details><summary>", matrix);
        Assert.Contains("<small>detected</small>", matrix);
        Assert.Contains("<a href=\"matrix-windows.html\">Windows</a>", matrix);
        Assert.True(site.Exists("matrix-windows.html"));
        Assert.Contains("<h1>Coverage overview</h1>", site.Read(SitePaths.Home));
    }
}
