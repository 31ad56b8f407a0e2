using System.Text;
using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Site.Model;
using AttackKb.Site.Output;

namespace AttackKb.Site.Search;

/// <summary>
/// The search index, built from the model at generation time (never by re-reading the HTML): one row per technique,
/// detection, ATT&amp;CK strategy, data component, tactic, test file and lint code — <c>[id, name, kind, url,
/// keywords]</c>. Written as a script that assigns a global (<c>window.AKB_SEARCH = {...}</c>) so it loads with a plain
/// <c>&lt;script src&gt;</c> from file:// and any static host, where fetch() of a local file is blocked. Kept small so
/// the first results arrive within 300 kB even for all of Enterprise ATT&amp;CK: names and short keywords, no full
/// text;
/// the url is "" when it is the kind's usual page (search.js rebuilds it the same way as <see cref="DefaultUrl"/>);
/// analytic ids ride in their strategy's keywords, and search.js treats an exact ID among the keywords as an exact hit
/// (linking <c>attack/DET….html#AN…</c>).
/// </summary>
public static class SearchIndex
{
    public const int Version = 1;

    public sealed record Row(string Id, string Name, string Kind, string Url, string Keywords);

    public static IReadOnlyList<Row> Rows(SiteMap map)
    {
        var rows = new List<Row>();
        foreach (var t in map.Techniques)
            rows.Add(new Row(t.Id, t.Name, "technique", t.Url, string.Join(' ', t.Tactics.Select(x => x.Name))));
        foreach (var d in map.Detections)
            rows.Add(new Row(
                d.DisplayId,
                d.Title,
                d.IsSigma ? "sigma" : "detection",
                d.Url,
                string.Join(' ', map.Kb.Links.TechniquesOf(d.Detection))));
        foreach (var s in map.Strategies)
            rows.Add(new Row(
                s.Strategy.Id,
                s.Strategy.Name,
                "strategy",
                s.Url,
                string.Join(' ', s.Analytics.Select(a => a.Id).Concat(s.Strategy.Techniques))));
        foreach (var dc in map.DataComponents)
            rows.Add(new Row(
                dc.Component.Id, dc.Component.Name, "component", dc.Url, dc.Component.DataSourceName ?? ""));
        foreach (var t in map.Tactics)
            rows.Add(new Row(t.AttackId ?? t.ShortName, t.Name, "tactic", t.Url, t.ShortName));
        foreach (var t in map.Tests)
            rows.Add(new Row(
                t.DisplayId, t.Title, "test", t.Url, string.Join(' ', t.Test.Tests.Select(x => x.Name.Value))));
        foreach (var d in DiagnosticCatalog.All)
            rows.Add(new Row(d.Id, d.Title, "rule", SitePaths.Rules + "#" + d.Id, ""));
        return rows;
    }

    /// <summary>The usual page of an ID of this kind; search.js's <c>defaultUrl</c> is the same function.</summary>
    public static string? DefaultUrl(string kind, string id) => kind switch
    {
        "technique" => "techniques/" + id + ".html",
        "detection" => "detections/" + id + ".html",
        "sigma" => "detections/sigma/" + id + ".html",
        "strategy" => "attack/" + id + ".html",
        "component" => "data-components/" + id + ".html",
        "tactic" => "tactics/" + id + ".html",
        "test" => "tests/" + id + ".html",
        "rule" => "rules.html#" + id,
        _ => null,
    };

    public static byte[] Script(SiteMap map)
    {
        using var stream = new MemoryStream();
        stream.Write("window.AKB_SEARCH = "u8);
        // Default encoder: escapes '<', '&', quotes and non-ASCII, so the file is plain ASCII JavaScript.
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("version", Version);
            w.WriteStartArray("fields");
            foreach (string f in new[] { "id", "name", "kind", "url", "keywords" }) w.WriteStringValue(f);
            w.WriteEndArray();
            w.WriteStartArray("rows");
            foreach (var r in Rows(map))
            {
                w.WriteStartArray();
                w.WriteStringValue(r.Id);
                w.WriteStringValue(r.Name);
                w.WriteStringValue(r.Kind);
                w.WriteStringValue(r.Url == DefaultUrl(r.Kind, r.Id) ? "" : r.Url);
                w.WriteStringValue(r.Keywords);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.Write(";\n"u8);
        return stream.ToArray();
    }
}
