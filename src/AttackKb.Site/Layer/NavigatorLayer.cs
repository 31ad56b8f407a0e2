using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Text;
using AttackKb.Site.Model;

namespace AttackKb.Site.Layer;

/// <summary>
/// An ATT&amp;CK Navigator layer (layer format 4.5) coloring the site's techniques by detection coverage: score = the
/// <see cref="CoverageLevel"/> (0–4), color per level, a comment with the counts, one entry per tactic of the
/// technique (so a multi-tactic technique is colored in each column), ATT&amp;CK's mitigations and procedure examples
/// (<see cref="LayerTechnique"/>), and links back to the site's pages (<see cref="SiteOptions.BaseUrl"/> + page path;
/// relative by default): each technique's, and the index of each kind of ATT&amp;CK object. Deterministic bytes.
/// </summary>
public static class NavigatorLayer
{
    public const string LayerFormat = "4.5";
    public const string NavigatorVersion = "4.9.1";

    public static byte[] Write(SiteMap map)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonFormat.Indented))
        {
            var release = map.Release;
            w.WriteStartObject();
            w.WriteString("name", map.Options.Title + " detection coverage");
            w.WriteStartObject("versions");
            w.WriteString("attack", release?.Info.Version is { } v ? MajorVersion(v) : "18");
            w.WriteString("navigator", NavigatorVersion);
            w.WriteString("layer", LayerFormat);
            w.WriteEndObject();
            w.WriteString("domain", release?.Info.Domain ?? "enterprise-attack");
            w.WriteString("description", "Detection coverage of the knowledge base" +
                (release is null ? "" : $" against {release.Info.DisplayName}") +
                ": score 0 none, 1 ATT&CK strategies only, 2 documented gap, 3 team detection, " +
                "4 team detection and Atomic test.");
            w.WriteStartObject("filters");
            w.WriteStartArray("platforms");
            foreach (string platform in (release?.Platforms ?? (IEnumerable<string>)map.Techniques
                         .SelectMany(t => t.View.Platforms)
                         .Distinct(StringComparer.Ordinal)
                         .Order(StringComparer.Ordinal)))
                w.WriteStringValue(platform);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteNumber("sorting", 0);
            w.WriteStartObject("layout");
            w.WriteString("layout", "side");
            w.WriteString("aggregateFunction", "max");
            w.WriteBoolean("showID", true);
            w.WriteBoolean("showName", true);
            w.WriteBoolean("showAggregateScores", false);
            w.WriteBoolean("countUnscored", false);
            w.WriteString("expandedSubtechniques", "annotated");
            w.WriteEndObject();
            w.WriteBoolean("hideDisabled", false);

            w.WriteStartArray("techniques");
            foreach (var t in map.Techniques)
            {
                var tactics = t.Tactics.Count > 0 ? t.Tactics.Select(x => (string?)x.ShortName) : [null];
                foreach (string? tactic in tactics) LayerTechnique.Write(w, map, t, tactic);
            }
            w.WriteEndArray();

            w.WriteStartObject("gradient");
            w.WriteStartArray("colors");
            foreach (var level in Enum.GetValues<CoverageLevel>()) w.WriteStringValue(Coverage.Color(level) + "ff");
            w.WriteEndArray();
            w.WriteNumber("minValue", 0);
            w.WriteNumber("maxValue", (int)CoverageLevel.Tested);
            w.WriteEndObject();
            w.WriteStartArray("legendItems");
            foreach (var level in Enum.GetValues<CoverageLevel>().Reverse())
            {
                w.WriteStartObject();
                w.WriteString("label", Coverage.Label(level));
                w.WriteString("color", Coverage.Color(level));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("metadata");
            if (release?.Info.SourceSha256 is { } sha) Metadata(w, "ATT&CK source SHA-256", sha);
            Metadata(w, "ATT&CK copyright", AttackNotice.Designation);
            w.WriteEndArray();
            w.WriteStartArray("links");
            Link(w, map.Options.Title + " site", map.Options.BaseUrl + Output.SitePaths.Home);
            foreach (var kind in ObjectKinds.All)
                if (map.Objects[kind].Count > 0)
                    Link(w, $"{map.Options.Title}: {ObjectKinds.Plural(kind).ToLowerInvariant()}",
                        map.Options.BaseUrl + ObjectKinds.IndexPage(kind));
            w.WriteEndArray();
            w.WriteBoolean("showTacticRowBackground", false);
            w.WriteString("tacticRowBackground", "#dddddd");
            w.WriteBoolean("selectTechniquesAcrossTactics", true);
            w.WriteBoolean("selectSubtechniquesWithParent", false);
            w.WriteBoolean("selectVisibleTechniques", false);
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A metadata entry of layer format 4.5: <c>{name, value}</c>.</summary>
    internal static void Metadata(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    /// <summary>A link of layer format 4.5: <c>{label, url}</c>.</summary>
    internal static void Link(Utf8JsonWriter w, string label, string url)
    {
        w.WriteStartObject();
        w.WriteString("label", label);
        w.WriteString("url", url);
        w.WriteEndObject();
    }

    /// <summary>Navigator names ATT&amp;CK versions by major number ("18"), the layer's
    /// <c>versions.attack</c>.</summary>
    private static string MajorVersion(string version)
    {
        int dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? version : version[..dot];
    }
}
