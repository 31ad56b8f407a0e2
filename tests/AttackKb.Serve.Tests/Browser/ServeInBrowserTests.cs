using System.Diagnostics;
using AttackKb.Site.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace AttackKb.Serve.Tests.Browser;

/// <summary>
/// `serve` as an analyst sees it in Chromium: a technique page open in the browser reloads by itself when its note
/// changes on disk and shows the new text; a lint error brings the banner, fixing it takes the banner away.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ServeInBrowserTests(ITestOutputHelper output)
{
    private const string Note = "notes/resource-development/T1588.003.md";

    [BrowserFact]
    public async Task An_open_page_follows_edits_on_disk_with_new_text_and_the_lint_banner()
    {
        await using var served = await ServedKb.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(served.Server.Url + "techniques/T1588.003.html");
        Assert.Equal(200, response!.Status);
        string good = File.ReadAllText(served.PathOf(Note));
        var wait = new LocatorWaitForOptions { Timeout = 20_000 };

        var clock = Stopwatch.StartNew();
        File.WriteAllText(served.PathOf(Note), good.Replace("## Description\n",
            "## Description\nSeen live in the browser.\n\n", StringComparison.Ordinal));
        await page.GetByText("Seen live in the browser.").WaitForAsync(wait);
        output.WriteLine($"edit -> new text visible: {clock.ElapsedMilliseconds} ms");

        File.WriteAllText(served.PathOf(Note),
            good.Replace("- resource-development", "- no-such-tactic", StringComparison.Ordinal));
        await page.Locator(".attackkb-serve-banner").WaitForAsync(wait);
        Assert.Contains("AKB3010", await page.Locator(".attackkb-serve-banner").InnerTextAsync());

        File.WriteAllText(served.PathOf(Note), good);
        await page.Locator(".attackkb-serve-banner")
            .WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        Assert.Equal(0, await page.GetByText("Seen live in the browser.").CountAsync());
    }
}
