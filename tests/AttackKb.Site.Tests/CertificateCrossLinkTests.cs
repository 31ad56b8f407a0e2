using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// The product's promise for the certificate techniques: the hub shows each one, each technique page lists every
/// detection the model maps to it (in its Detections section, linked), and every detection page links back.
/// </summary>
public class CertificateCrossLinkTests
{
    /// <summary>The certificate techniques the product promises to cross-link (the README's list).</summary>
    public static readonly string[] Ids =
        ["T1596.003", "T1588.004", "T1587.003", "T1608.003", "T1587.002", "T1588.003", "T1553.004", "T1553.002", "T1649", "T1552.004"];

    public static TheoryData<string> CertificateTechniques => new(Ids);

    [Theory]
    [MemberData(nameof(CertificateTechniques))]
    public void Hub_shows_the_technique_with_a_link_to_its_page(string id)
    {
        string hub = Sites.Default.Read(SitePaths.Home);
        Assert.Contains($"id=\"{id}\"", hub);
        Assert.Contains($"href=\"{SitePaths.Technique(id)}\"", hub);
    }

    [Theory]
    [MemberData(nameof(CertificateTechniques))]
    public void Technique_page_lists_every_detection_mapped_to_it_and_each_links_back(string id)
    {
        var site = Sites.Default;
        string pagePath = SitePaths.Technique(id);
        string detections = DetectionsSection(site.Read(pagePath));
        var linked = HtmlLinks.Hrefs(detections).Select(h => HtmlLinks.Resolve(pagePath, h)?.File).OfType<string>().ToHashSet();

        var expected = site.Kb.Links.DetectionsFor(id);
        Assert.True(expected.Count > 0 || site.Kb.DetectionGapFor(id) is not null, $"{id}: the default KB should detect it or document a gap");
        foreach (var detection in expected)
        {
            string detectionPage = DetectionPageOf(site, detection.Path);
            Assert.Contains(detectionPage, linked);
            var back = HtmlLinks.Hrefs(site.Read(detectionPage)).Select(h => HtmlLinks.Resolve(detectionPage, h)?.File);
            Assert.Contains(pagePath, back);
        }
        foreach (var strategy in site.Kb.Links.StrategiesFor(id))
            Assert.Contains(SitePaths.Strategy(strategy.Id), linked);
        foreach (var test in site.Kb.Links.TestsFor(id))
            Assert.Contains(linked, l => l.StartsWith("tests/", StringComparison.Ordinal) && site.Read(l).Contains(test.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_detection_page_links_back_to_every_technique_it_covers()
    {
        var site = Sites.Default;
        Assert.NotEmpty(site.Kb.Detections);
        foreach (var detection in site.Kb.Detections)
        {
            string page = DetectionPageOf(site, detection.Path);
            var links = HtmlLinks.Hrefs(site.Read(page)).Select(h => HtmlLinks.Resolve(page, h)?.File).ToHashSet();
            foreach (string technique in site.Kb.Links.TechniquesOf(detection))
                Assert.True(links.Contains(SitePaths.Technique(technique)), $"{page} does not link back to {technique}");
        }
    }

    [Fact]
    public void Sigma_rules_are_listed_with_title_level_status_log_source_and_author()
    {
        var site = Sites.Default;
        string detections = DetectionsSection(site.Read(SitePaths.Technique("T1553.004")));
        var sigma = site.Kb.Links.DetectionsFor("T1553.004").Where(d => d.Kind == Core.Model.DetectionKind.SigmaRule).ToArray();
        Assert.NotEmpty(sigma);
        foreach (var rule in sigma)
        {
            Assert.Contains(rule.Title.Html("title"), detections);
            Assert.Contains(rule.Level.Required("level"), detections);
            Assert.Contains(rule.Status.Required("status"), detections);
            Assert.Contains(rule.LogSource!.Product?.Value ?? rule.LogSource.Category?.Value ?? "", detections);
            Assert.Contains(rule.Author.Html("author"), detections);
        }
    }

    [Fact]
    public void Same_named_techniques_are_told_apart_on_the_hub()
    {
        string hub = Sites.Default.Read(SitePaths.Home);
        Assert.Contains("Same name as T1588.004, T1587.003", hub);
        Assert.Contains("Same name as T1588.003", hub);
    }

    /// <summary>The HTML of the technique page's Detections section.</summary>
    internal static string DetectionsSection(string page)
    {
        int start = page.IndexOf("<section id=\"detections\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no Detections section");
        int end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }

    private static string DetectionPageOf(GeneratedSite site, string kbPath)
    {
        var page = site.Pages().Where(p => p.StartsWith("detections/", StringComparison.Ordinal))
            .FirstOrDefault(p => site.Read(p).Contains($"<code>{System.Net.WebUtility.HtmlEncode(kbPath)}</code>", StringComparison.Ordinal));
        Assert.True(page is not null, $"no detection page for {kbPath}");
        return page;
    }
}
