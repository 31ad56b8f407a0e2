using Microsoft.Playwright;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// One headless Chromium (Debian's, never a downloaded one) and one static server over the default KB's site, shared
/// by the browser tests of a class. Pages are opened through a <see cref="BrowserTest"/>, which owns them.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    private readonly Func<string> _siteFolder;

    public BrowserSession() : this(() => Sites.Default.Folder) { }

    /// <summary>A session over another generated site (built lazily, only when a browser is there to use it).</summary>
    protected BrowserSession(Func<string> siteFolder) => _siteFolder = siteFolder;

    // The flags this sandbox needs: no GPU, no sandbox as root, and no background calls to Google's hosts (the network
    // is closed, and a refused connection would be noise, not a finding).
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticServer? _server;

    public string BaseUrl => _server!.BaseUrl;
    public string SiteFolder => _siteFolder();

    /// <summary>Screenshots go here: ATTACKKB_ARTIFACTS, else tests/artifacts/browser in the repository (ignored by git).</summary>
    public static string ArtifactsFolder
    {
        get
        {
            string folder = Environment.GetEnvironmentVariable("ATTACKKB_ARTIFACTS") is { Length: > 0 } env
                ? Path.Combine(env, "browser")
                : Path.Combine(RepoPaths.Root, "tests", "artifacts", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath)) return;   // the tests skip (or fail when required) on their own
        _server = new StaticServer(_siteFolder());
        _playwright = await Playwright.CreateAsync();
        _browser = await LaunchChromiumAsync(_playwright);
    }

    /// <summary>Debian's Chromium, headless, with the flags this sandbox needs (also for `serve`'s browser test).
    /// </summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });

    /// <summary>A fresh browser context (no shared cache or storage) of the given size and color scheme.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height, ColorScheme scheme)
    {
        Assert.True(_browser is not null, $"{BrowserFactAttribute.ChromiumPath} is required (ATTACKKB_REQUIRE_BROWSER=1) but not installed");
        return await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
    }

    public async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _server?.Dispose();
    }
}
