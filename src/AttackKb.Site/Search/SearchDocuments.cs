using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Search;

/// <summary>
/// The documents of the search index, read from the <see cref="SiteMap"/> (never from the rendered HTML), in a fixed
/// order: by kind (<see cref="Kinds"/>), then as the site map orders them (ID order). Lint rules come last so the
/// script can leave them out by position unless the reader asks for them.
/// </summary>
public static class SearchDocuments
{
    /// <summary>Every kind in index order; search.js labels them and offers them as a filter.</summary>
    public static readonly IReadOnlyList<string> Kinds =
    [
        "technique", "detection", "sigma", "strategy", "test", "mitigation", "group", "software", "campaign",
        "asset", "component", "tactic", "rule",
    ];

    public static IReadOnlyList<SearchDocument> From(SiteMap map)
    {
        var docs = new List<SearchDocument>();
        foreach (var t in map.Techniques) docs.Add(Technique(t));
        foreach (var d in map.Detections) docs.Add(Detection(map, d));
        foreach (var s in map.Strategies) docs.Add(Strategy(map, s));
        foreach (var t in map.Tests) docs.Add(Test(map, t));
        foreach (var kind in ObjectKinds.All)
            foreach (var o in map.Objects[kind])
                docs.Add(new SearchDocument(
                    ObjectKinds.SearchKind(kind), o.Object.Name, o.Url, [o.Object.Id], Aliases(o.Object),
                    Texts(o.Object.Description)));
        foreach (var c in map.DataComponents)
            docs.Add(new SearchDocument(
                "component", c.Component.Name, c.Url, [c.Component.Id], Texts(c.Component.DataSourceName),
                Texts(c.Component.Description)));
        foreach (var t in map.Tactics)
            docs.Add(new SearchDocument(
                "tactic", t.Name, t.Url, [t.AttackId ?? t.ShortName], [t.ShortName], Texts(t.Official?.Description)));
        foreach (var d in DiagnosticCatalog.All)
            docs.Add(new SearchDocument("rule", d.Title, SitePaths.Rules + "#" + d.Id, [d.Id], [], Texts(d.Help)));
        return docs.OrderBy(d => KindOrder(d.Kind)).ToArray();
    }

    public static int KindOrder(string kind)
    {
        for (int i = 0; i < Kinds.Count; i++) if (kind == Kinds[i]) return i;
        return Kinds.Count;
    }

    private static SearchDocument Technique(TechniqueEntry t)
    {
        var text = new List<string>();
        var headings = new List<string>();
        if (t.Note is { } note)
            foreach (var s in note.Sections.Where(Pages.TechniquePage.ShowsAsText))
            {
                headings.Add(s.Name);
                Add(text, s.Markdown);
            }
        else
        {
            Add(text, t.Official?.Description);
            Add(text, t.Official?.DetectionText);
        }
        return new SearchDocument("technique", t.Name, t.Url, [t.Id], headings, text)
        {
            Tactics = t.Tactics.Select(x => x.Name).ToArray(),
            Platforms = Distinct(t.View.Platforms),
        };
    }

    private static SearchDocument Detection(SiteMap map, DetectionEntry d)
    {
        var det = d.Detection;
        var text = new List<string>();
        Add(text, det.Description?.Value);
        foreach (var s in det.Sections) Add(text, s.Markdown);
        foreach (var a in det.Analytics) Add(text, a.Description);
        foreach (var f in det.FalsePositives) Add(text, f.Value);
        var platforms = det.Analytics.Select(a => a.Platform.Value).ToList();
        if (det.LogSource?.Product?.Value is { Length: > 0 } product) platforms.Add(product);
        var ids = new List<string> { d.DisplayId };
        ids.AddRange(det.Analytics.Select(a => a.Id?.Value).OfType<string>());
        return new SearchDocument(
            d.IsSigma ? "sigma" : "detection", d.Title, d.Url, ids, det.Sections.Select(s => s.Name).ToArray(), text)
        {
            Tactics = TacticsOf(map, map.Kb.Links.TechniquesOf(det)),
            Platforms = Distinct(platforms),
        };
    }

    private static SearchDocument Strategy(SiteMap map, StrategyEntry s)
    {
        var text = Texts(s.Strategy.Description).ToList();
        foreach (var a in s.Analytics) Add(text, a.Description);
        return new SearchDocument(
            "strategy", s.Strategy.Name, s.Url, [s.Strategy.Id, .. s.Analytics.Select(a => a.Id)], [], text)
        {
            Tactics = TacticsOf(map, s.Strategy.Techniques),
            Platforms = Distinct(s.Analytics.SelectMany(a => a.Platforms)),
        };
    }

    private static SearchDocument Test(SiteMap map, TestEntry t)
    {
        var text = new List<string>();
        foreach (var x in t.Test.Tests)
        {
            Add(text, x.Description);
            Add(text, x.Command);
        }
        return new SearchDocument(
            "test", t.Title, t.Url, [t.DisplayId], t.Test.Tests.Select(x => x.Name.Value).ToArray(), text)
        {
            Tactics = TacticsOf(map, map.Kb.Links.TechniquesOf(t.Test)),
            Platforms = Distinct(t.Test.Tests.SelectMany(x => x.Platforms).Select(p => p.Value)),
        };
    }

    private static string[] TacticsOf(SiteMap map, IEnumerable<string> techniques) =>
        Distinct(techniques.Select(map.Technique).OfType<TechniqueEntry>().SelectMany(t => t.Tactics)
            .Select(x => x.Name));

    private static string[] Distinct(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    /// <summary>A group's or software's other names, so searching "Cozy Bear" finds APT29.</summary>
    private static IReadOnlyList<string> Aliases(AttackObject o) => o switch
    {
        AttackGroup g => g.Aliases,
        AttackSoftware s => s.Aliases,
        _ => [],
    };

    private static IReadOnlyList<string> Texts(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [SearchText.Readable(text)];

    private static void Add(List<string> text, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) text.Add(SearchText.Readable(value));
    }
}
