using Microsoft.Playwright;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// Base of the browser tests: xunit makes one instance per test, so each test owns the pages it opens (closed after
/// it) and the console errors and uncaught exceptions they record, which the tests assert to be none.
/// </summary>
public abstract class BrowserTest(BrowserSession session) : IClassFixture<BrowserSession>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<string> _errors = [];

    protected BrowserSession Session => session;

    /// <summary>What the pages of this test reported as errors so far.</summary>
    protected IReadOnlyList<string> Errors { get { lock (_errors) return _errors.ToArray(); } }

    protected void AssertNoErrors() => Assert.True(Errors.Count == 0, "the browser reported:\n" + string.Join("\n", Errors));

    protected async Task<IPage> OpenAsync(string url, int width = 1280, int height = 900, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await session.NewContextAsync(width, height, scheme);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error") lock (_errors) _errors.Add($"{page.Url}: console error: {message.Text}");
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add($"{page.Url}: uncaught: {error}"); };
        var response = await page.GotoAsync(url);
        if (!url.StartsWith("file:", StringComparison.Ordinal)) Assert.Equal(200, response?.Status);
        return page;
    }

    /// <summary>
    /// Waits until a navigation the test started (a click) has reached <paramref name="urlGlob"/> and the new page's
    /// heading is there. No load-state wait: the load event and network idle also wait for every other request of the
    /// page, and waiting for DOMContentLoaded after the URL matched timed out now and then on a loaded machine even
    /// though the page had loaded (Playwright's log: "Load" and "NetworkIdle" fired). Once the navigation has
    /// committed, the locator can only find the new document's heading; the assertions that follow wait for the
    /// content they need themselves.
    /// </summary>
    protected static async Task ArriveAsync(IPage page, string urlGlob)
    {
        await page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("h1").First.WaitForAsync();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
