using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// A technique, content first: ID and name, the short path (parent, tactics) with the coverage badge, then the text
/// with references numbered by first citation; the facts (note first, release otherwise) in a side panel that folds
/// away on phones. Then procedure examples, mitigations, the Detections section — ATT&amp;CK detection strategies →
/// analytics → data components, the team's detection notes and Sigma rules, Atomic tests, the documented gap — and
/// the sub-techniques (or, on a sub-technique, its siblings).
/// </summary>
public static class TechniquePage
{
    private static readonly HashSet<string> NotShownAsText = new(StringComparer.OrdinalIgnoreCase)
    {
        "External References", "Technical Details",
    };

    public static string Render(SiteMap map, TechniqueEntry t)
    {
        var p = new PageWriter(map, t.Url);
        var h = p.H;
        var note = t.Note;
        var official = t.Official;

        p.IdHeading(t.Id, t.Name);
        Context(p, t);

        var procedures = ProcedureExamples.ShownWithText(t);
        var references = References(note, official, t.Mitigations.Concat(procedures));
        references.NumberByFirstCitation(TextsInPageOrder(note, official, procedures, t.Mitigations));
        var citations = references.Citations;

        FactsPanel.Open(p);
        p.Fact("ATT&CK ID", t.Id);
        p.Fact("STIX id", t.View.StixId);
        if (t.Tactics.Count > 0)
            p.Fact(t.Tactics.Count == 1 ? "Tactic" : "Tactics", () => p.Join(t.Tactics, p.TacticLink));
        p.Fact("Platforms", string.Join(", ", t.View.Platforms));
        p.Fact("Version", t.View.Version);
        p.Fact("Created", FactsPanel.Date(t.View.Created));
        p.Fact("Modified", FactsPanel.Date(t.View.Modified));
        if (t.View.DataSources.Count > 0)
            p.Fact("Data components", () => p.Join(t.View.DataSources, ds =>
            {
                if (ds.Component is { } dc) p.DataComponentLink(dc.Id);
                else p.H.Text(ds.Written);
            }));
        if (note is not null) NoteFacts(p, note);
        p.Fact("Official page", () => p.ExternalLink(OfficialUrl(t), "ATT&CK " + t.Id));
        if (official is null)
            p.Fact("ATT&CK release", map.Release is { } r ? $"unknown to {r.Info.DisplayName}" : "no release pinned");
        else if (official.Revoked || official.Deprecated)
            p.Fact("ATT&CK status", official.Revoked
                ? $"revoked{(official.RevokedBy is { } by ? " by " + by : "")}"
                : "deprecated");
        if (official is not null && map.Release?.Revokes(t.Id).ToArray() is { Length: > 0 } old)
            p.Fact("Replaces", string.Join(", ", old.Select(o => $"{o.Id} {o.Name} (revoked by {t.Id})")));
        if (t.View.Notes.Count > 0)
            p.Fact(t.View.Notes.Count == 1 ? "Note" : "Notes",
                () => p.Join(t.View.Notes, n => p.H.Html($"<code>{n.Path}</code> ({n.Dialect.ToName()})")));
        FactsPanel.Close(p);

        if (note is not null)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in OrderedSections(note))
            {
                string id = SectionId(s.Name);
                for (int n = 2; !ids.Add(id); n++)
                    id = SectionId(s.Name) + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                h.Html($"""<section id="{id}"><h2>{s.Name}</h2>""").Line();
                p.Markdown(s.Markdown, note.Path, citations);
                h.Html($"</section>").Line();
            }
        }
        else if (official is not null)
        {
            if (!string.IsNullOrWhiteSpace(official.Description))
            {
                h.Html($"""<section id="description"><h2>Description</h2>""").Line();
                p.Markdown(official.Description, null, citations);
                h.Html($"</section>").Line();
            }
            else
            {
                string release = map.Release!.Info.DisplayName;
                h.Html($"""<p class="muted">No note in the knowledge base; facts from {release}.</p>""").Line();
            }
            if (!string.IsNullOrWhiteSpace(official.DetectionText))
            {
                h.Html($"""<section id="detection"><h2>Detection</h2>""").Line();
                p.Markdown(official.DetectionText, null, citations);
                h.Html($"</section>").Line();
            }
        }

        ProcedureExamples.Write(p, t, procedures, citations);
        ProcedureExamples.WriteMitigations(p, t, citations);
        ProcedureExamples.WriteTeamMappings(p, t);
        Detections(p, t);
        Relatives(p, t);
        references.Write(p);
        return p.Finish($"{t.Id} {t.Name}", "technique");
    }

    /// <summary>ID, tactic and parent next to the name: three techniques are called "Digital Certificates".</summary>
    private static void Context(PageWriter p, TechniqueEntry t)
    {
        var h = p.H;
        h.Html($"""<p class="context">{(t.ParentId is null ? "Technique" : "Sub-technique")}""");
        if (t.ParentId is { } parent)
        {
            h.Html($" of ");
            p.TechniqueLink(parent);
        }
        if (t.Tactics.Count > 0)
        {
            h.Html($" · ");
            p.Join(t.Tactics, p.TacticLink);
        }
        h.Html($" · ");
        p.CoverageBadge(t.Coverage.Level);
        h.Html($"</p>").Line();
    }

    /// <summary>
    /// The rest of what the note states about the technique (the facts above come from the merged view).
    /// </summary>
    private static void NoteFacts(PageWriter p, Note note)
    {
        static string Values(IReadOnlyList<Core.Text.Located<string>> values, string separator = ", ") =>
            string.Join(separator, values.Select(v => v.Value));
        p.Fact("Domains", Values(note.Domains));
        p.Fact("Permissions required", Values(note.PermissionsRequired));
        p.Fact("System requirements", Values(note.SystemRequirements));
        p.Fact("Defenses bypassed", Values(note.DefensesBypassed));
        p.Fact("Contributors", Values(note.Contributors, "; "));   // a contributor is often "Name, @handle, Company"
        p.Fact("Revoked", note.Revoked?.Value);
        p.Fact("Deprecated", note.Deprecated?.Value);
        if (note.Tags.Count > 0)
            p.Fact("Tags", () => p.Join(note.Tags, tag => p.H.Html($"<code>{tag.Value}</code>"), " "));
    }

    private static void CoverageSummary(PageWriter p, TechniqueEntry t)
    {
        var c = t.Coverage;
        var h = p.H;
        h.Html($"""<ul class="counts" aria-label="Detection coverage">""");
        Counts(p, c);
        h.Html($"</ul>").Line();
    }

    /// <summary>The coverage counts as list items, zeros greyed (hub cards and technique pages).</summary>
    public static void Counts(PageWriter p, Coverage c)
    {
        foreach (var (n, noun) in c.Parts)
        {
            if (n == 0) p.H.Html($"""<li class="zero"><strong>{n}</strong> {noun}</li>""");
            else p.H.Html($"<li><strong>{n}</strong> {noun}</li>");
        }
    }

    private static void Detections(PageWriter p, TechniqueEntry t)
    {
        var h = p.H;
        var map = p.Map;
        h.Html($"""<section id="detections"><h2>Detections</h2>""").Line();
        CoverageSummary(p, t);
        if (t.Coverage.Gap is { } gap)
            h.Html($"""<div class="gap"><strong>Documented gap: </strong>{gap}</div>""").Line();
        else if (t.Coverage.TeamDetections == 0)
            h.Html($"""<div class="gap undocumented">No team detection and no documented gap.</div>""").Line();

        if (t.View.Strategies.Count > 0)
        {
            h.Html($"<h3>ATT&amp;CK detection strategies</h3>").Line();
            h.Html($"""<ul class="tree">""");
            foreach (var s in t.View.Strategies)
            {
                var entry = map.Strategy(s.Id)!;
                h.Html($"""<li><a href="{p.Href(entry.Url)}"><span class="id">{s.Id}</span> {s.Name}</a>""");
                if (entry.Analytics.Count > 0)
                {
                    h.Html($"<ul>");
                    foreach (var a in entry.Analytics) AttackAnalyticItem(p, entry, a);
                    h.Html($"</ul>");
                }
                h.Html($"</li>").Line();
            }
            h.Html($"</ul>").Line();
        }

        var notes = t.View.Detections.Where(d => d.Kind == DetectionKind.DetectionNote).Select(map.Detection).ToArray();
        if (notes.Length > 0)
        {
            h.Html($"<h3>Team detection notes</h3>").Line();
            h.Html($"""<ul class="tree">""");
            foreach (var d in notes)
            {
                h.Html($"<li>");
                p.DetectionLink(d);
                p.Badge(d.Detection.Level?.Value, "level");
                p.Badge(d.Detection.Status?.Value, "status");
                p.Author(d.Detection);
                if (d.Detection.Analytics.Count > 0)
                {
                    h.Html($"<ul>");
                    foreach (var a in d.Detection.Analytics) TeamAnalyticItem(p, d, a);
                    h.Html($"</ul>");
                }
                h.Html($"</li>").Line();
            }
            h.Html($"</ul>").Line();
        }

        var sigma = t.View.Detections.Where(d => d.Kind == DetectionKind.SigmaRule).Select(map.Detection).ToArray();
        if (sigma.Length > 0)
        {
            h.Html($"<h3>Sigma rules</h3>").Line();
            h.Html($"""<div class="table-wrap"><table><thead><tr>""");
            h.Html($"<th>Rule</th><th>Level</th><th>Status</th><th>Log source</th><th>Author</th>");
            h.Html($"</tr></thead><tbody>").Line();
            foreach (var d in sigma)
            {
                var rule = d.Detection;
                h.Html($"""<tr><td><a href="{p.Href(d.Url)}">{d.Title}</a></td>""");
                h.Html($"<td>{rule.Level?.Value}</td><td>{rule.Status?.Value}</td>");
                h.Html($"<td>{LogSourceText(rule.LogSource)}</td>");
                h.Html($"""<td class="author">{rule.Author?.Value}</td></tr>""").Line();
            }
            h.Html($"</tbody></table></div>").Line();
        }

        if (t.View.Tests.Count > 0)
        {
            h.Html($"<h3>Atomic tests</h3>").Line();
            h.Html($"<ul>");
            foreach (var test in t.View.Tests)
            {
                var entry = map.Test(test);
                string href = p.Href(entry.Url);
                if (test.Tests.Count == 0) h.Html($"""<li><a href="{href}">{entry.Title}</a></li>""").Line();
                for (int i = 0; i < test.Tests.Count; i++)
                {
                    var a = test.Tests[i];
                    h.Html($"""<li><a href="{href}#{TestPage.Anchor(a, i)}">{a.Name.Value}</a>""");
                    if (a.Platforms.Count > 0) h.Html($" ({string.Join(", ", a.Platforms.Select(x => x.Value))})");
                    if (a.Executor?.Value is { } ex) h.Html($" · <code>{ex}</code>");
                    h.Html($"</li>").Line();
                }
            }
            h.Html($"</ul>").Line();
        }
        if (t.View.Strategies.Count == 0 && t.View.Detections.Count == 0 && t.View.Tests.Count == 0)
        {
            h.Html($"""<p class="muted">Nothing in the knowledge base or the ATT&amp;CK release detects or tests""");
            h.Html($" this technique yet.</p>").Line();
        }
        h.Html($"</section>").Line();
    }

    public static void AttackAnalyticItem(PageWriter p, StrategyEntry s, AttackAnalytic a)
    {
        var h = p.H;
        h.Html($"""<li><a href="{p.Href(s.Url)}#{a.Id}"><span class="id">{a.Id}</span></a>""");
        h.Html($""" <span class="platform">{string.Join(", ", a.Platforms)}</span>""");
        if (a.LogSourceReferences.Count > 0)
        {
            h.Html($"""<ul class="sources">""");
            foreach (var r in a.LogSourceReferences) p.LogSourceItem(r.Name, r.Channel, r.DataComponentId);
            h.Html($"</ul>");
        }
        h.Html($"</li>");
    }

    public static void TeamAnalyticItem(PageWriter p, DetectionEntry d, AnalyticSpec a)
    {
        var h = p.H;
        h.Html($"<li>");
        if (a.Id?.Value is { } id)
            h.Html($"""<a href="{p.Href(d.Url)}#{Output.SitePaths.Slug(id)}"><span class="id">{id}</span></a> """);
        h.Html($"""<span class="platform">{a.Platform.Value}</span>""");
        if (a.LogSources.Count > 0)
        {
            h.Html($"""<ul class="sources">""");
            foreach (var l in a.LogSources) p.LogSourceItem(l.Name.Value, l.Channel?.Value, l.DataComponent?.Value);
            h.Html($"</ul>");
        }
        else if (a.DataComponents.Count > 0)
        {
            h.Html($" ← ");
            p.Join(a.DataComponents, dc => p.DataComponentLink(dc.Value), "; ");
        }
        h.Html($"</li>");
    }

    public static string? LogSourceText(LogSource? ls) =>
        ls is null
            ? null
            : string.Join(
                " / ",
                new[] { ls.Product?.Value, ls.Category?.Value, ls.Service?.Value }
                    .Where(x => !string.IsNullOrWhiteSpace(x)));

    /// <summary>A parent's sub-techniques; on a sub-technique, the other sub-techniques of its parent.</summary>
    private static void Relatives(PageWriter p, TechniqueEntry t)
    {
        if (t.Subtechniques.Count > 0) TechniqueList(p, "subtechniques", "Sub-techniques", t.Subtechniques);
        if (t.ParentId is { } parentId && p.Map.Technique(parentId) is { } parent
            && parent.Subtechniques.Where(s => !string.Equals(s, t.Id, StringComparison.Ordinal)).ToArray()
                is { Length: > 0 } siblings)
            TechniqueList(p, "siblings", $"Other sub-techniques of {parentId}", siblings);
    }

    private static void TechniqueList(PageWriter p, string id, string heading, IEnumerable<string> techniques)
    {
        var h = p.H;
        h.Html($"""<section id="{id}"><h2>{heading}</h2><ul class="columns">""");
        foreach (string sub in techniques)
        {
            h.Html($"<li>");
            p.TechniqueLink(sub);
            if (p.Map.Technique(sub) is { } e)
            {
                h.Html($" ");
                p.CoverageBadge(e.Coverage.Level);
            }
            h.Html($"</li>");
        }
        h.Html($"</ul></section>").Line();
    }

    /// <summary>
    /// The page's numbered references: the note's own list; else (a note without one, like the dialect-B seeds, which
    /// still cite "(Citation: X)") the release's references of the technique, so citations link wherever they can.
    /// Then those of the procedure examples and mitigations shown with their text.
    /// </summary>
    private static PageReferences References(Note? note, AttackTechnique? official, IEnumerable<ObjectLink> shown)
    {
        var references = new PageReferences();
        // The entry naming the technique's own ATT&CK ID is the "Official page" fact, never a numbered reference.
        if (note is { References.Count: > 0 })
            foreach (var r in note.References.Where(r => r.ExternalId is null))
                references.Append(r.SourceName, r.Url, r.Description);
        else if (official is not null) references.AddAttack(official.References, skipKnown: false);
        foreach (var link in shown) references.AddAttack(link.Relationship.References);
        return references;
    }

    /// <summary>The markdown the page shows, top to bottom: where citations are first met.</summary>
    private static IEnumerable<string?> TextsInPageOrder(Note? note, AttackTechnique? official,
        IEnumerable<ObjectLink> procedures, IEnumerable<ObjectLink> mitigations)
    {
        var texts = note is not null
            ? OrderedSections(note).Select(s => (string?)s.Markdown)
            : [official?.Description, official?.DetectionText];
        return texts.Concat(procedures.Concat(mitigations).Select(l => l.Relationship.Description));
    }

    private static IEnumerable<Section> OrderedSections(Note note) =>
        note.Sections.Where(ShowsAsText)
            .OrderBy(s => s.Name.Equals("Description", StringComparison.OrdinalIgnoreCase) ? 0
                : s.Name.Equals("Detection", StringComparison.OrdinalIgnoreCase) ? 1
                : 2);

    /// <summary>"Defenses Bypassed" → "s-defenses-bypassed": never collides with the page's fixed ids.</summary>
    /// <summary>
    /// True for the sections the page shows as text, each in its own <c>section</c> with <see cref="SectionId"/>.
    /// </summary>
    internal static bool ShowsAsText(Section s) =>
        !NotShownAsText.Contains(s.Name) && !string.IsNullOrWhiteSpace(s.Markdown);

    internal static string SectionId(string name) =>
        "s-" + Output.SitePaths.Slug(name.ToLowerInvariant().Replace(' ', '-'));

    public static string OfficialUrl(TechniqueEntry t) =>
        t.Official?.Url
        ?? (t.Note?.Url?.Value is { } u && AttackId.ParseUrl(u) is not null ? u : AttackId.TechniqueUrl(t.Id));
}
