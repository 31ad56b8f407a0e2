using AttackKb.Site.Output;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// A browser session over the site of every Enterprise 18.1 technique; without the corpus (the tests skip) it serves
/// the default site, so the fixture itself never fails.
/// </summary>
public sealed class AllTechniquesBrowserSession() : BrowserSession(() =>
    Corpus.Root is null ? Sites.Default.Folder : AllTechniquesSiteTests.AllTechniquesSite.Folder);

/// <summary>A browser test over the corpus: skipped, with the reason, when Chromium or the corpus is missing.</summary>
public sealed class BrowserCorpusFactAttribute : FactAttribute
{
    public BrowserCorpusFactAttribute() => Skip = new BrowserFactAttribute().Skip ?? new CorpusFactAttribute().Skip;
}

/// <summary>
/// Every technique page of the all-18.1 site on a 390 px phone: none is wider than the screen (long code, URLs and
/// registry paths in MITRE's text wrap; tables scroll inside their wrapper).
/// </summary>
[Collection("browser")]
[Trait("Category", "Browser")]
[Trait("Category", "Corpus")]
public class AllTechniquesOnAPhoneTests(AllTechniquesBrowserSession session)
    : BrowserTest(session), IClassFixture<AllTechniquesBrowserSession>
{
    [BrowserCorpusFact]
    public async Task No_technique_page_scrolls_sideways_at_390_px()
    {
        var techniques = TestKnowledgeBases.Pinned.Techniques.Where(t => !t.Revoked && !t.Deprecated)
            .Select(t => SitePaths.Technique(t.Id)).ToArray();
        Assert.True(techniques.Length > 600);
        var page = await OpenAsync(Session.BaseUrl + techniques[0], width: 390, height: 844);
        var tooWide = new List<string>();
        foreach (string path in techniques)
        {
            await page.GotoAsync(Session.BaseUrl + path);
            int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > 390) tooWide.Add($"{path}: {width}px");
        }
        Assert.True(tooWide.Count == 0,
            $"{tooWide.Count} technique pages wider than 390 px:\n{string.Join("\n", tooWide.Take(20))}");
        await Session.ScreenshotAsync(page, "technique-phone-all-18.1");
        AssertNoErrors();
    }
}
