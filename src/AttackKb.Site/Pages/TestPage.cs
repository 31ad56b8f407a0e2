using AttackKb.Core.Model;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>An Atomic test file: each test with platforms, executor and commands shown as code (data, never run).</summary>
public static class TestPage
{
    /// <summary>A test's anchor on its page: its GUID when it has one, else its position.</summary>
    public static string Anchor(AtomicTest test, int index) =>
        "test-" + (test.Guid?.Value is { Length: > 0 } g ? SitePaths.Slug(g) : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Render(SiteMap map, TestEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var t = e.Test;
        p.IdHeading(e.DisplayId, e.Title);
        h.Open("p", "context").Text("Atomic tests for ");
        p.Join(map.Kb.Links.TechniquesOf(t), id => p.TechniqueLink(id));
        h.Close("p").Line();
        h.Open("p", "muted").Text("Source file: ").Element("code", t.Path).Text(". ").Text(Credits.AtomicCredit).Close("p").Line();
        for (int i = 0; i < t.Tests.Count; i++)
        {
            var a = t.Tests[i];
            h.Open("article", "atomic", ("id", Anchor(a, i))).Element("h2", a.Name.Value).Line();
            h.Open("dl");
            p.Fact("GUID", a.Guid?.Value);
            p.Fact("Platforms", string.Join(", ", a.Platforms.Select(x => x.Value)));
            p.Fact("Executor", a.Executor?.Value);
            p.Fact("Elevation required", a.ElevationRequired ? "yes" : "no");
            h.Close("dl");
            if (!string.IsNullOrWhiteSpace(a.Description)) h.Element("p", a.Description);
            if (!string.IsNullOrWhiteSpace(a.Command))
                h.Element("h3", "Command").Open("pre", "code").Open("code").Text(a.Command).Close("code").Close("pre");
            if (!string.IsNullOrWhiteSpace(a.CleanupCommand))
                h.Element("h3", "Cleanup").Open("pre", "code").Open("code").Text(a.CleanupCommand).Close("code").Close("pre");
            h.Close("article").Line();
        }
        return p.Finish($"{e.DisplayId} Atomic tests", "test");
    }
}
