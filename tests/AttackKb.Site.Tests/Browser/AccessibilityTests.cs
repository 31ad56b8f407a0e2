using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AttackKb.Site.Tests.Browser;

/// <summary>
/// axe-core (Deque) on one page of every kind, in the light and the dark theme: no violation of WCAG 2.2 AA, on the
/// default KB's site and on the site of a KB holding every Enterprise 18.1 technique.
/// </summary>
public sealed class AccessibilityTests(BrowserSession session) : BrowserTest(session)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>What each page kind's first page (in ordinal order) looks like, root-relative.</summary>
    private static readonly (string Kind, Regex Page)[] Kinds =
    [
        ("home", Pattern(@"^index\.html$")),
        ("hub beside the overview", Pattern(@"^hub\.html$")),
        ("technique", Pattern(@"^techniques/T\d+\.html$")),
        ("sub-technique", Pattern(@"^techniques/T\d+\.\d+\.html$")),
        ("technique list", Pattern(@"^techniques/index\.html$")),
        ("tactic", Pattern(@"^tactics/TA\d+\.html$")),
        ("matrix", Pattern(@"^matrix\.html$")),
        ("platform matrix", Pattern(@"^matrix-.+\.html$")),
        ("detection note", Pattern(@"^detections/DET-.+\.html$")),
        ("sigma rule", Pattern(@"^detections/sigma/.+\.html$")),
        ("strategy", Pattern(@"^attack/DET\d+\.html$")),
        ("data component", Pattern(@"^data-components/DC\d+\.html$")),
        ("test", Pattern(@"^tests/.+\.html$")),
        ("mitigation", Pattern(@"^mitigations/M\d+\.html$")),
        ("group", Pattern(@"^groups/G\d+\.html$")),
        ("software", Pattern(@"^software/S\d+\.html$")),
        ("campaign", Pattern(@"^campaigns/C\d+\.html$")),
        ("search", Pattern(@"^search\.html$")),
        ("credits", Pattern(@"^credits\.html$")),
        ("lint rules", Pattern(@"^rules\.html$")),
        ("not found", Pattern(@"^404\.html$")),
    ];

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.CultureInvariant);

    [BrowserFact]
    [Trait("Category", "Browser")]
    public async Task Every_page_kind_of_the_default_site_meets_wcag_22_aa_in_both_themes() =>
        await AssertNoViolationsAsync(Sites.Default, Session.BaseUrl, mustHave: 18);

    [BrowserFact]
    [Trait("Category", "Browser")]
    [Trait("Category", "Corpus")]
    [Trait("Category", "Slow")]
    public async Task Every_page_kind_of_the_all_techniques_site_meets_wcag_22_aa_in_both_themes()
    {
        if (Corpus.Root is null)
        {
            Assert.False(Corpus.Required, Corpus.MissingReason);
            return;
        }
        var site = AllTechniquesSiteTests.Site.Value;
        using var server = new StaticServer(site.Folder);
        await AssertNoViolationsAsync(site, server.BaseUrl, mustHave: 19);
    }

    private async Task AssertNoViolationsAsync(GeneratedSite site, string baseUrl, int mustHave)
    {
        var pages = site.Pages();
        var chosen = Kinds.Select(k => (k.Kind, Page: pages.FirstOrDefault(p => k.Page.IsMatch(p))))
            .Where(k => k.Page is not null).ToArray();
        Assert.True(chosen.Length >= mustHave, "page kinds found: " + string.Join(", ", chosen.Select(k => k.Kind)));
        var found = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            foreach (var (kind, page) in chosen)
            {
                // The search page with a query: its results are part of what a reader sees.
                string url = baseUrl + page + (kind == "search" ? "?q=certificate" : "");
                var tab = await OpenAsync(url, scheme: scheme);
                if (kind == "search") await tab.WaitForSelectorAsync("#search-page-results li");
                var result = await tab.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
                });
                foreach (var v in result.Violations)
                    found.Add($"{scheme} {kind} ({page}): {v.Id} {v.Help}: "
                        + string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html)));
                await tab.CloseAsync();
            }
        Assert.True(found.Count == 0, "axe-core found:\n" + string.Join("\n", found));
        AssertNoErrors();
    }
}
