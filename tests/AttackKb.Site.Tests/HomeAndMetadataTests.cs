using System.Text.RegularExpressions;
using AttackKb.Core.Config;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// site.home (the certificate hub or the overview), the navigation, and the meta description every page carries.
/// </summary>
public partial class HomeAndMetadataTests
{
    [GeneratedRegex("<meta name=\"description\" content=\"([^\"]*)\">", RegexOptions.CultureInvariant)]
    private static partial Regex Description();

    private static SiteOptions OptionsOf(string siteJson)
    {
        string folder = RepoPaths.TempFolder("home-config");
        string path = Path.Combine(folder, KbConfig.FileName);
        File.WriteAllText(path, "{ \"site\": " + siteJson + " }\n");
        return SiteOptions.From(KbConfig.Load(path));
    }

    [Fact]
    public void Site_home_is_the_hub_by_default_or_the_overview_and_nothing_else()
    {
        Assert.Equal(HomePage.Hub, SiteOptions.Default.Home);
        Assert.Equal(HomePage.Overview, OptionsOf("{ \"home\": \"overview\" }").Home);
        Assert.Equal(HomePage.Hub, OptionsOf("{ \"home\": \"hub\" }").Home);
        var e = Assert.Throws<ConfigException>(() => OptionsOf("{ \"home\": \"Overview\" }"));
        Assert.Contains("'site.home' must be \"hub\" or \"overview\"", e.Message);
        Assert.Throws<ConfigException>(() => OptionsOf("{ \"hom\": \"overview\" }"));   // a typo stays exit 2
    }

    [Fact]
    public void The_default_site_opens_on_the_hub_and_keeps_lint_rules_out_of_the_main_navigation()
    {
        var site = Sites.Default;
        string home = site.Read(SitePaths.Home);
        Assert.Contains("<h1>Certificate techniques across the attack lifecycle</h1>", home);
        Assert.False(site.Exists(SitePaths.Hub));
        string nav = home[home.IndexOf("<nav aria-label=\"Site\">", StringComparison.Ordinal)..];
        nav = nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.StartsWith("<nav aria-label=\"Site\"><ul><li><a href=\"index.html\" aria-current=\"page\">Certificate hub", nav);
        Assert.DoesNotContain(SitePaths.Rules, nav);
        Assert.Contains($"<a href=\"{SitePaths.Rules}\">", home[home.IndexOf("<footer", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void With_the_overview_home_the_hub_is_one_click_away()
    {
        var site = Sites.Generate(RepoPaths.Data, options: SiteOptions.Default with { Home = HomePage.Overview });
        string home = site.Read(SitePaths.Home);
        Assert.Contains("<h1>Coverage overview</h1>", home);
        Assert.Contains("<li><a href=\"index.html\" aria-current=\"page\">Overview</a></li>", home);
        Assert.Contains("<a href=\"hub.html\">certificate hub</a>", home);
        Assert.Contains("<h1>Certificate techniques across the attack lifecycle</h1>", site.Read(SitePaths.Hub));
        Assert.Empty(SiteChecks.BrokenLinks(site));
    }

    [Fact]
    public void Every_page_has_a_plain_text_description_of_at_most_160_characters()
    {
        var site = Sites.Default;
        foreach (string page in site.Pages())
        {
            var m = Description().Match(site.Read(page));
            Assert.True(m.Success, page);
            Assert.DoesNotContain("<", m.Groups[1].Value);   // escaped: text, never markup
            string text = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
            Assert.InRange(text.Length, 20, 160);
            Assert.DoesNotContain("(Citation:", text);
            Assert.DoesNotContain("**", text);
        }
        // A technique page's description is the first sentence of its note's first section.
        var t1553 = Description().Match(site.Read(SitePaths.Technique("T1553.004"))).Groups[1].Value;
        Assert.Equal("A root certificate is the anchor every chain ends in: whatever it signs, the host believes.", t1553);
    }
}
