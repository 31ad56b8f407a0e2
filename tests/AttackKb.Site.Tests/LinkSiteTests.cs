using AttackKb.Core.Attack;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// Links in note text (cases/links): a link to an ATT&amp;CK ID the pinned release does not know is shown as text
/// (it would open ATT&amp;CK's 404), MITRE's own cross-domain link stays live, look-alike ATT&amp;CK URLs are never
/// links, and a heading anchor the linter accepts lands on the section that holds the heading.
/// </summary>
public class LinkSiteTests
{
    /// <summary>
    /// The pinned catalog keeps no descriptions, so the release here is the pinned one with T1598.003's description as
    /// Enterprise 18.1 writes it: it links Mobile's T1660, unknown to Enterprise.
    /// </summary>
    private static readonly Lazy<GeneratedSite> Site = new(() =>
    {
        var p = TestKnowledgeBases.Pinned;
        var techniques = p.Techniques.Select(t => t.Id == "T1598.003"
            ? t with { Description = "a user’s mobile device (i.e., [Phishing](https://attack.mitre.org/techniques/T1660))" }
            : t);
        var release = new AttackRelease(p.Info, techniques, p.Tactics, p.DataSources, p.DataComponents,
            p.DetectionStrategies, p.Analytics, p.Mitigations, p.Others);
        return Sites.Generate(RepoPaths.Cases("AttackKb.Site.Tests", "links", "kb"), release);
    });

    private static string Page => Site.Value.Read(SitePaths.Technique("T1553.004"));

    [Fact]
    public void Links_to_ids_the_release_does_not_know_are_shown_as_text()
    {
        Assert.DoesNotContain("T9999", string.Concat(HtmlLinks.Hrefs(Page)));
        Assert.DoesNotContain("T1553/099", string.Concat(HtmlLinks.Hrefs(Page)));
        Assert.Contains("dead technique", Page);
        Assert.Contains("T1553.html", HtmlLinks.Hrefs(Page));   // a known ID still links (here: its site page)
    }

    [Fact]
    public void Mitres_own_cross_domain_link_stays_live()
    {
        Assert.Contains("href=\"https://attack.mitre.org/techniques/T1660\"", Page);
    }

    [Fact]
    public void Look_alike_attack_urls_are_never_links()
    {
        var hrefs = string.Concat(HtmlLinks.Hrefs(Page));
        Assert.DoesNotContain("evil.example", hrefs);
        Assert.DoesNotContain("T1649", hrefs);
        Assert.Contains("dots", Page);
    }

    [Fact]
    public void Heading_anchors_land_on_the_section_holding_the_heading()
    {
        var hrefs = HtmlLinks.Hrefs(Page).ToArray();
        Assert.Contains("#s-detection", hrefs);
        Assert.Contains("#s-description", hrefs);   // the inner heading is in the Description section
        Assert.Contains("T1553.004.html", hrefs);   // the title has no section: the page itself
        Assert.Empty(SiteChecks.BrokenLinks(Site.Value));
    }
}
