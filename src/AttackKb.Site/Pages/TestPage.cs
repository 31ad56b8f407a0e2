using AttackKb.Core.Model;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// An Atomic test file: each test with platforms, executor and commands shown as code (data, never run).
/// </summary>
public static class TestPage
{
    /// <summary>A test's anchor on its page: its GUID when it has one, else its position.</summary>
    public static string Anchor(AtomicTest test, int index) =>
        "test-" + (test.Guid?.Value is { Length: > 0 } g
            ? SitePaths.Slug(g)
            : (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static string Render(SiteMap map, TestEntry e)
    {
        var p = new PageWriter(map, e.Url);
        var h = p.H;
        var t = e.Test;
        p.IdHeading(e.DisplayId, e.Title);
        h.Html($"""<p class="context">Atomic tests for """);
        p.Join(map.Kb.Links.TechniquesOf(t), id => p.TechniqueLink(id));
        h.Html($"</p>").Line();
        h.Html($"""<p class="muted">Source file: <code>{t.Path}</code>. {Credits.AtomicCredit}</p>""").Line();
        for (int i = 0; i < t.Tests.Count; i++)
        {
            var a = t.Tests[i];
            h.Html($"""<article class="atomic" id="{Anchor(a, i)}"><h2>{a.Name.Value}</h2>""").Line();
            h.Html($"<dl>");
            p.Fact("GUID", a.Guid?.Value);
            p.Fact("Platforms", string.Join(", ", a.Platforms.Select(x => x.Value)));
            p.Fact("Executor", a.Executor?.Value);
            p.Fact("Elevation required", a.ElevationRequired ? "yes" : "no");
            h.Html($"</dl>");
            if (!string.IsNullOrWhiteSpace(a.Description)) h.Html($"<p>{a.Description}</p>");
            if (!string.IsNullOrWhiteSpace(a.Command))
                h.Html($"""<h3>Command</h3><pre class="code"><code>{a.Command}</code></pre>""");
            if (!string.IsNullOrWhiteSpace(a.CleanupCommand))
                h.Html($"""<h3>Cleanup</h3><pre class="code"><code>{a.CleanupCommand}</code></pre>""");
            h.Html($"</article>").Line();
        }
        return p.Finish($"{e.DisplayId} Atomic tests", "test");
    }
}
