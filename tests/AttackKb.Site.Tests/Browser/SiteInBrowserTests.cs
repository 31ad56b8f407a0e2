using Microsoft.Playwright;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// The default KB's site in a real Chromium, served on 127.0.0.1 (and opened from file://): search, navigation between
/// techniques and detections, the hub, phone and dark layouts, no console errors. Screenshots are saved as artifacts.
/// </summary>
[Collection("browser")]
[Trait("Category", "Browser")]
public class SiteInBrowserTests(BrowserSession session) : BrowserTest(session)
{
    private static async Task<ILocator> SearchAsync(IPage page, string query)
    {
        await page.FillAsync("#q", query);
        var results = page.Locator("#search-results a");
        await results.First.WaitForAsync();
        return results;
    }

    [BrowserFact]
    public async Task Searching_an_id_in_any_case_puts_the_technique_first_and_opens_its_page()
    {
        var page = await OpenAsync(Session.BaseUrl);
        var results = await SearchAsync(page, "t1553.004");
        Assert.Contains("T1553.004", await results.First.TextContentAsync());
        Assert.Contains("Install Root Certificate", await results.First.TextContentAsync());
        await results.First.ClickAsync();
        await ArriveAsync(page, "**/techniques/T1553.004.html");
        Assert.Contains("Install Root Certificate", await page.Locator("h1").TextContentAsync());
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Searching_words_reaches_the_technique_page()
    {
        var page = await OpenAsync(Session.BaseUrl + "techniques/index.html");
        var results = await SearchAsync(page, "root certificate");
        var hit = page.Locator("#search-results a[href$='techniques/T1553.004.html']");
        Assert.Equal(1, await hit.CountAsync());
        Assert.Contains("T1553.004", await results.First.TextContentAsync());
        await hit.ClickAsync();
        await ArriveAsync(page, "**/techniques/T1553.004.html");
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Exact_ATTACK_detection_strategy_id_ranks_first()
    {
        var page = await OpenAsync(Session.BaseUrl + "detections/index.html");
        var results = await SearchAsync(page, "DET0056");
        Assert.EndsWith("attack/DET0056.html", await results.First.GetAttributeAsync("href"));
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Search_page_lists_results_for_the_query_in_its_url()
    {
        var page = await OpenAsync(Session.BaseUrl + "search.html?q=code+signing");
        var results = page.Locator("#search-page-results a");
        await results.First.WaitForAsync();
        Assert.True(await page.Locator("#search-page-results a[href$='techniques/T1553.002.html']").CountAsync() == 1);
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task From_a_technique_open_a_detection_and_come_back_through_its_technique_link()
    {
        var page = await OpenAsync(Session.BaseUrl + "techniques/T1553.004.html");
        await Session.ScreenshotAsync(page, "technique-T1553.004");
        await page.Locator("#detections a[href$='detections/DET-AKB-0001.html']").First.ClickAsync();
        await ArriveAsync(page, "**/detections/DET-AKB-0001.html");
        await page.Locator("#techniques a[href$='T1553.004.html']").ClickAsync();
        await ArriveAsync(page, "**/techniques/T1553.004.html");

        // A Sigma rule too: its page links back the same way.
        var sigma = page.Locator("#detections a[href*='detections/sigma/']").First;
        await sigma.ClickAsync();
        await ArriveAsync(page, "**/detections/sigma/*.html");
        await Session.ScreenshotAsync(page, "sigma-rule");
        await page.Locator("#techniques a[href$='T1553.004.html']").ClickAsync();
        await ArriveAsync(page, "**/techniques/T1553.004.html");
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Hub_shows_every_certificate_technique()
    {
        var page = await OpenAsync(Session.BaseUrl);
        foreach (string id in CertificateCrossLinkTests.Ids)
        {
            var card = page.Locator($"[id='{id}']");
            Assert.True(await card.IsVisibleAsync(), $"{id} is not visible on the hub");
            Assert.Contains(id, await card.Locator("h3").TextContentAsync());
        }
        await Session.ScreenshotAsync(page, "hub");
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Pages_fit_a_phone_screen_and_have_a_dark_theme()
    {
        foreach (string path in new[] { SitePaths.Home, SitePaths.Technique("T1553.004"), SitePaths.Matrix, "detections/DET-AKB-0001.html" })
        {
            var page = await OpenAsync(Session.BaseUrl + path, width: 390, height: 844, scheme: ColorScheme.Dark);
            int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} scrolls sideways on a phone by {overflow}px");
            string background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
            Assert.True(Luminance(background) < 0.3, $"{path}: dark scheme background is {background}");
            if (path == SitePaths.Home) await Session.ScreenshotAsync(page, "hub-phone-dark");
        }
        var light = await OpenAsync(Session.BaseUrl);
        Assert.True(Luminance(await light.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")) > 0.7);
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Search_works_when_the_site_is_opened_from_disk()
    {
        var page = await OpenAsync(new Uri(Path.Combine(Session.SiteFolder, "index.html")).AbsoluteUri);
        var results = await SearchAsync(page, "T1553.004");
        await results.First.ClickAsync();
        await ArriveAsync(page, "**/techniques/T1553.004.html");
        Assert.Contains("Install Root Certificate", await page.Locator("h1").TextContentAsync());
        AssertNoErrors();
    }

    [BrowserFact]
    public async Task Unknown_pages_get_the_styled_404_page()
    {
        // A static host serves 404.html for a missing path; its links are relative to the site's root folder, so this
        // holds for misses at the root (see README: the 404 page at deeper paths).
        var page = await OpenAsync(Session.BaseUrl + "techniques/index.html");
        var response = await page.GotoAsync(Session.BaseUrl + "no-such-page.html");
        Assert.Equal(404, response?.Status);
        Assert.Contains("not found", (await page.Locator("h1").TextContentAsync())!, StringComparison.OrdinalIgnoreCase);
        await page.Locator("a[href='index.html']").First.ClickAsync();
        await ArriveAsync(page, Session.BaseUrl + "index.html");
        // Chromium logs the document's own 404 status as a console error; nothing else may fail.
        Assert.Equal([$"{Session.BaseUrl}no-such-page.html: console error: Failed to load resource: the server responded with a status of 404 (Not Found)"], Errors);
    }

    [BrowserFact]
    public async Task With_its_base_url_known_the_404_page_works_at_any_depth()
    {
        string folder = RepoPaths.TempFolder("site-with-base-url");
        using var server = new StaticServer(folder);
        Sites.Generate(RepoPaths.Data, options: SiteOptions.Default.WithBaseUrl(server.BaseUrl, "test"), output: folder);

        var page = await OpenAsync(server.BaseUrl + "techniques/index.html");
        var response = await page.GotoAsync(server.BaseUrl + "no/such/page.html");
        Assert.Equal(404, response?.Status);
        var results = await SearchAsync(page, "T1553.004");
        await results.First.ClickAsync();
        await ArriveAsync(page, server.BaseUrl + "techniques/T1553.004.html");
        Assert.Equal([$"{server.BaseUrl}no/such/page.html: console error: Failed to load resource: the server responded with a status of 404 (Not Found)"], Errors);
    }

    /// <summary>Relative luminance (0 black … 1 white) of a computed "rgb(r, g, b)" color.</summary>
    private static double Luminance(string rgb)
    {
        var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Select(p => double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2];
    }
}
