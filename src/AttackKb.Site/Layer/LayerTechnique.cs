using System.Globalization;
using System.Text.Json;
using AttackKb.Site.Model;

namespace AttackKb.Site.Layer;

/// <summary>
/// One technique entry of the Navigator layer: its coverage (score, color, comment), metadata naming ATT&amp;CK's
/// procedure-example counts and mitigations (shown in the Navigator's tooltip), and links to the technique's page and
/// to its Procedure examples and Mitigations sections.
/// </summary>
internal static class LayerTechnique
{
    public static void Write(Utf8JsonWriter w, SiteMap map, TechniqueEntry t, string? tactic)
    {
        var c = t.Coverage;
        w.WriteStartObject();
        w.WriteString("techniqueID", t.Id);
        if (tactic is not null) w.WriteString("tactic", tactic);
        w.WriteNumber("score", (int)c.Level);
        w.WriteString("color", Coverage.Color(c.Level));
        string comment = $"{Coverage.Label(c.Level)}: {c.Counts()}" +
            (c.Gap is { } gap ? ". Gap: " + gap : "");
        w.WriteString("comment", comment);
        w.WriteBoolean("enabled", true);
        w.WriteStartArray("metadata");
        Metadata(w, t);
        w.WriteEndArray();
        w.WriteStartArray("links");
        string page = map.Options.BaseUrl + t.Url;
        NavigatorLayer.Link(w, $"{t.Id} on {map.Options.Title}", page);
        if (t.Procedures.Count > 0) NavigatorLayer.Link(w, $"{t.Id} procedure examples", page + "#procedures");
        if (t.Mitigations.Count > 0) NavigatorLayer.Link(w, $"{t.Id} mitigations", page + "#mitigations");
        w.WriteEndArray();
        w.WriteBoolean("showSubtechniques", t.Subtechniques.Any(s => map.Technique(s) is not null));
        w.WriteEndObject();
    }

    /// <summary>
    /// "Procedure examples: 4 (0 groups, 4 software, 0 campaigns)", then, after a divider, one "Mitigation" entry per
    /// mitigation (ID and name). Nothing when ATT&amp;CK names neither.
    /// </summary>
    private static void Metadata(Utf8JsonWriter w, TechniqueEntry t)
    {
        if (t.Procedures.Count > 0)
        {
            int Count(ObjectKind kind) => t.Procedures.Count(l => l.Object.Kind == kind);
            NavigatorLayer.Metadata(w, "Procedure examples", string.Create(CultureInfo.InvariantCulture,
                $"{t.Procedures.Count} ({Count(ObjectKind.Group)} groups, {Count(ObjectKind.Software)} software, " +
                $"{Count(ObjectKind.Campaign)} campaigns)"));
        }
        if (t.Procedures.Count > 0 && t.Mitigations.Count > 0)
        {
            w.WriteStartObject();
            w.WriteBoolean("divider", true);
            w.WriteEndObject();
        }
        foreach (var m in t.Mitigations)
            NavigatorLayer.Metadata(w, "Mitigation", $"{m.Object.Object.Id} {m.Object.Object.Name}");
    }
}
