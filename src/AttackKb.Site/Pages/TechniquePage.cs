using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// A technique: its facts (note first, release otherwise), text with numbered references, sub-techniques and parent,
/// data components, and the Detections section — ATT&CK detection strategies → analytics → data components, the
/// team's detection notes and Sigma rules, Atomic tests, and the documented gap.
/// </summary>
public static class TechniquePage
{
    private static readonly HashSet<string> NotShownAsText = new(StringComparer.OrdinalIgnoreCase) { "External References", "Technical Details" };

    public static string Render(SiteMap map, TechniqueEntry t)
    {
        var p = new PageWriter(map, t.Url);
        var h = p.H;
        var note = t.Note;
        var official = t.Official;

        p.IdHeading(t.Id, t.Name);
        Context(p, t);

        var references = References(note, official);
        var citations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < references.Count; i++) citations.TryAdd(references[i].Source, i + 1);

        h.Open("section", "facts", ("aria-label", "Facts")).Open("dl").Line();
        p.Fact("ATT&CK ID", t.Id);
        p.Fact("STIX id", t.View.StixId);
        if (t.Tactics.Count > 0) p.Fact(t.Tactics.Count == 1 ? "Tactic" : "Tactics", () => p.Join(t.Tactics, p.TacticLink));
        p.Fact("Platforms", string.Join(", ", t.View.Platforms));
        p.Fact("Version", t.View.Version);
        p.Fact("Created", t.View.Created);
        p.Fact("Modified", t.View.Modified);
        if (t.View.DataSources.Count > 0)
            p.Fact("Data components", () => p.Join(t.View.DataSources, ds =>
            {
                if (ds.Component is { } dc) p.DataComponentLink(dc.Id);
                else p.H.Text(ds.Written);
            }));
        if (note is not null) NoteFacts(p, note);
        p.Fact("Official page", () => p.ExternalLink(OfficialUrl(t), "ATT&CK " + t.Id));
        if (official is null) p.Fact("ATT&CK release", map.Release is { } r ? $"unknown to {r.Info.DisplayName}" : "no release pinned");
        else if (official.Revoked || official.Deprecated)
            p.Fact("ATT&CK status", official.Revoked ? $"revoked{(official.RevokedBy is { } by ? " by " + by : "")}" : "deprecated");
        if (t.View.Notes.Count > 0)
            p.Fact(t.View.Notes.Count == 1 ? "Note" : "Notes", () => p.Join(t.View.Notes, n => p.H.Element("code", n.Path).Text($" ({n.Dialect.ToName()})")));
        h.Close("dl").Close("section").Line();

        CoverageSummary(p, t);

        if (note is not null)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in OrderedSections(note))
            {
                string id = SectionId(s.Name);
                for (int n = 2; !ids.Add(id); n++) id = SectionId(s.Name) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                h.Open("section", null, ("id", id)).Element("h2", s.Name).Line();
                p.Markdown(s.Markdown, note.Path, citations);
                h.Close("section").Line();
            }
        }
        else if (official is not null)
        {
            if (!string.IsNullOrWhiteSpace(official.Description))
            {
                h.Open("section", null, ("id", "description")).Element("h2", "Description").Line();
                p.Markdown(official.Description, null, citations);
                h.Close("section").Line();
            }
            else h.Open("p", "muted").Text("No note in the knowledge base; facts from ").Text(map.Release!.Info.DisplayName).Text(".").Close("p").Line();
            if (!string.IsNullOrWhiteSpace(official.DetectionText))
            {
                h.Open("section", null, ("id", "detection")).Element("h2", "Detection").Line();
                p.Markdown(official.DetectionText, null, citations);
                h.Close("section").Line();
            }
        }

        Detections(p, t);
        Relatives(p, t);
        ReferenceList(p, references);
        return p.Finish($"{t.Id} {t.Name}", "technique");
    }

    /// <summary>ID, tactic and parent next to the name: three techniques are called "Digital Certificates".</summary>
    private static void Context(PageWriter p, TechniqueEntry t)
    {
        var h = p.H;
        h.Open("p", "context");
        h.Text(t.ParentId is null ? "Technique" : "Sub-technique");
        if (t.ParentId is { } parent)
        {
            h.Text(" of ");
            p.TechniqueLink(parent);
        }
        if (t.Tactics.Count > 0)
        {
            h.Text(" · ");
            p.Join(t.Tactics, p.TacticLink);
        }
        h.Text(" · ");
        p.CoverageBadge(t.Coverage.Level);
        h.Close("p").Line();
    }

    /// <summary>The rest of what the note states about the technique (the facts above come from the merged view).</summary>
    private static void NoteFacts(PageWriter p, Note note)
    {
        static string Values(IReadOnlyList<Core.Text.Located<string>> values, string separator = ", ") => string.Join(separator, values.Select(v => v.Value));
        p.Fact("Domains", Values(note.Domains));
        p.Fact("Permissions required", Values(note.PermissionsRequired));
        p.Fact("System requirements", Values(note.SystemRequirements));
        p.Fact("Defenses bypassed", Values(note.DefensesBypassed));
        p.Fact("Contributors", Values(note.Contributors, "; "));   // a contributor is often "Name, @handle, Company"
        p.Fact("Revoked", note.Revoked?.Value);
        p.Fact("Deprecated", note.Deprecated?.Value);
        if (note.Tags.Count > 0) p.Fact("Tags", () => p.Join(note.Tags, tag => p.H.Element("code", tag.Value), " "));
    }

    private static void CoverageSummary(PageWriter p, TechniqueEntry t)
    {
        var c = t.Coverage;
        var h = p.H;
        h.Open("ul", "counts", ("aria-label", "Detection coverage"));
        Counts(p, c);
        h.Close("ul").Line();
    }

    /// <summary>The coverage counts as list items, zeros greyed (hub cards and technique pages).</summary>
    public static void Counts(PageWriter p, Coverage c)
    {
        foreach (var (n, noun) in c.Parts)
            p.H.Open("li", n == 0 ? "zero" : null).Element("strong", n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Text(" ").Text(noun).Close("li");
    }

    private static void Detections(PageWriter p, TechniqueEntry t)
    {
        var h = p.H;
        var map = p.Map;
        h.Open("section", null, ("id", "detections")).Element("h2", "Detections").Line();
        if (t.Coverage.Gap is { } gap)
            h.Open("div", "gap").Element("strong", "Documented gap: ").Text(gap).Close("div").Line();
        else if (t.Coverage.TeamDetections == 0)
            h.Open("div", "gap undocumented").Text("No team detection and no documented gap.").Close("div").Line();

        if (t.View.Strategies.Count > 0)
        {
            h.Element("h3", "ATT&CK detection strategies").Line();
            h.Open("ul", "tree");
            foreach (var s in t.View.Strategies)
            {
                var entry = map.Strategy(s.Id);
                h.Open("li").Open("a", null, ("href", p.Href(entry!.Url))).Element("span", s.Id, "id").Text(" ").Text(s.Name).Close("a");
                if (entry.Analytics.Count > 0)
                {
                    h.Open("ul");
                    foreach (var a in entry.Analytics) AttackAnalyticItem(p, entry, a);
                    h.Close("ul");
                }
                h.Close("li").Line();
            }
            h.Close("ul").Line();
        }

        var notes = t.View.Detections.Where(d => d.Kind == DetectionKind.DetectionNote).Select(map.Detection).ToArray();
        if (notes.Length > 0)
        {
            h.Element("h3", "Team detection notes").Line();
            h.Open("ul", "tree");
            foreach (var d in notes)
            {
                h.Open("li");
                p.DetectionLink(d);
                p.Badge(d.Detection.Level?.Value, "level");
                p.Badge(d.Detection.Status?.Value, "status");
                p.Author(d.Detection);
                if (d.Detection.Analytics.Count > 0)
                {
                    h.Open("ul");
                    foreach (var a in d.Detection.Analytics) TeamAnalyticItem(p, d, a);
                    h.Close("ul");
                }
                h.Close("li").Line();
            }
            h.Close("ul").Line();
        }

        var sigma = t.View.Detections.Where(d => d.Kind == DetectionKind.SigmaRule).Select(map.Detection).ToArray();
        if (sigma.Length > 0)
        {
            h.Element("h3", "Sigma rules").Line();
            h.Open("div", "table-wrap").Open("table").Open("thead").Open("tr");
            foreach (string col in new[] { "Rule", "Level", "Status", "Log source", "Author" }) h.Element("th", col);
            h.Close("tr").Close("thead").Open("tbody").Line();
            foreach (var d in sigma)
            {
                h.Open("tr").Open("td").Link(p.Href(d.Url), d.Title).Close("td");
                h.Element("td", d.Detection.Level?.Value).Element("td", d.Detection.Status?.Value).Element("td", LogSourceText(d.Detection.LogSource));
                h.Element("td", d.Detection.Author?.Value, "author").Close("tr").Line();
            }
            h.Close("tbody").Close("table").Close("div").Line();
        }

        if (t.View.Tests.Count > 0)
        {
            h.Element("h3", "Atomic tests").Line();
            h.Open("ul");
            foreach (var test in t.View.Tests)
            {
                var entry = map.Test(test);
                if (test.Tests.Count == 0) h.Open("li").Link(p.Href(entry.Url), entry.Title).Close("li").Line();
                for (int i = 0; i < test.Tests.Count; i++)
                {
                    var a = test.Tests[i];
                    h.Open("li").Link(p.Href(entry.Url) + "#" + TestPage.Anchor(a, i), a.Name.Value);
                    if (a.Platforms.Count > 0) h.Text(" (").Text(string.Join(", ", a.Platforms.Select(x => x.Value))).Text(")");
                    if (a.Executor?.Value is { } ex) h.Text(" · ").Element("code", ex);
                    h.Close("li").Line();
                }
            }
            h.Close("ul").Line();
        }
        if (t.View.Strategies.Count == 0 && t.View.Detections.Count == 0 && t.View.Tests.Count == 0)
            h.Element("p", "Nothing in the knowledge base or the ATT&CK release detects or tests this technique yet.", "muted").Line();
        h.Close("section").Line();
    }

    public static void AttackAnalyticItem(PageWriter p, StrategyEntry s, AttackAnalytic a)
    {
        var h = p.H;
        h.Open("li").Open("a", null, ("href", p.Href(s.Url) + "#" + a.Id)).Element("span", a.Id, "id").Close("a");
        h.Text(" ").Element("span", string.Join(", ", a.Platforms), "platform");
        if (a.LogSourceReferences.Count > 0)
        {
            h.Open("ul", "sources");
            foreach (var r in a.LogSourceReferences) p.LogSourceItem(r.Name, r.Channel, r.DataComponentId);
            h.Close("ul");
        }
        h.Close("li");
    }

    public static void TeamAnalyticItem(PageWriter p, DetectionEntry d, AnalyticSpec a)
    {
        var h = p.H;
        h.Open("li");
        if (a.Id?.Value is { } id) h.Open("a", null, ("href", p.Href(d.Url) + "#" + Output.SitePaths.Slug(id))).Element("span", id, "id").Close("a").Text(" ");
        h.Element("span", a.Platform.Value, "platform");
        if (a.LogSources.Count > 0)
        {
            h.Open("ul", "sources");
            foreach (var l in a.LogSources) p.LogSourceItem(l.Name.Value, l.Channel?.Value, l.DataComponent?.Value);
            h.Close("ul");
        }
        else if (a.DataComponents.Count > 0)
        {
            h.Text(" ← ");
            p.Join(a.DataComponents, dc => p.DataComponentLink(dc.Value), "; ");
        }
        h.Close("li");
    }

    public static string? LogSourceText(LogSource? ls) =>
        ls is null ? null : string.Join(" / ", new[] { ls.Product?.Value, ls.Category?.Value, ls.Service?.Value }.Where(x => !string.IsNullOrWhiteSpace(x)));

    private static void Relatives(PageWriter p, TechniqueEntry t)
    {
        if (t.Subtechniques.Count == 0) return;
        var h = p.H;
        h.Open("section", null, ("id", "subtechniques")).Element("h2", "Sub-techniques").Open("ul", "columns");
        foreach (string sub in t.Subtechniques)
        {
            h.Open("li");
            p.TechniqueLink(sub);
            if (p.Map.Technique(sub) is { } e) { h.Text(" "); p.CoverageBadge(e.Coverage.Level); }
            h.Close("li");
        }
        h.Close("ul").Close("section").Line();
    }

    private sealed record Ref(string Source, string? Url, string? Description);

    /// <summary>
    /// The page's numbered references: the note's own list; else (a note without one, like the dialect-B seeds, which
    /// still cite "(Citation: X)") the release's references of the technique, so citations link wherever they can. The
    /// release's ATT&amp;CK-ID entry is left out: the facts already link the official page.
    /// </summary>
    private static IReadOnlyList<Ref> References(Note? note, AttackTechnique? official) =>
        note is { References.Count: > 0 } ? note.References.Select(r => new Ref(r.SourceName, r.Url, r.Description)).ToArray()
        : official is not null ? official.References.Where(r => r.ExternalId is null).Select(r => new Ref(r.SourceName, r.Url, r.Description)).ToArray()
        : [];

    private static void ReferenceList(PageWriter p, IReadOnlyList<Ref> references)
    {
        if (references.Count == 0) return;
        var h = p.H;
        h.Open("section", null, ("id", "references")).Element("h2", "References").Open("ol", "refs").Line();
        for (int i = 0; i < references.Count; i++)
        {
            var r = references[i];
            h.Open("li", null, ("id", "ref-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            p.ExternalLink(r.Url, r.Source);
            if (!string.IsNullOrWhiteSpace(r.Description)) h.Text(": ").Text(r.Description);
            h.Close("li").Line();
        }
        h.Close("ol").Close("section").Line();
    }

    private static IEnumerable<Section> OrderedSections(Note note) =>
        note.Sections.Where(ShowsAsText)
            .OrderBy(s => s.Name.Equals("Description", StringComparison.OrdinalIgnoreCase) ? 0 : s.Name.Equals("Detection", StringComparison.OrdinalIgnoreCase) ? 1 : 2);

    /// <summary>"Defenses Bypassed" → "s-defenses-bypassed": never collides with the page's fixed ids.</summary>
    /// <summary>True for the sections the page shows as text, each in its own <c>section</c> with <see cref="SectionId"/>.</summary>
    internal static bool ShowsAsText(Section s) => !NotShownAsText.Contains(s.Name) && !string.IsNullOrWhiteSpace(s.Markdown);

    internal static string SectionId(string name) => "s-" + Output.SitePaths.Slug(name.ToLowerInvariant().Replace(' ', '-'));

    public static string OfficialUrl(TechniqueEntry t) =>
        t.Official?.Url ?? (t.Note?.Url?.Value is { } u && AttackId.ParseUrl(u) is not null ? u : AttackId.TechniqueUrl(t.Id));
}
