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
    /// Waits until a navigation the test started (a click) has reached <paramref name="urlGlob"/> and its document is
    /// parsed. Not the load event or network idle: those also wait for every other request of the page, which made
    /// the tests flaky on a loaded machine; the assertions that follow wait for the content they need themselves.
    /// </summary>
    protected static Task ArriveAsync(IPage page, string urlGlob) =>
        page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.DOMContentLoaded });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
