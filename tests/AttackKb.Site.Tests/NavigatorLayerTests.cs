using System.Text.Json;
using System.Text.RegularExpressions;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>The site's coverage.json: an ATT&amp;CK Navigator layer (format 4.5) whose links lead back to the site.</summary>
public class NavigatorLayerTests
{
    private static JsonElement Layer => JsonDocument.Parse(Sites.Default.Read(SitePaths.Layer)).RootElement;

    [Fact]
    public void Layer_declares_format_4_5_for_the_pinned_enterprise_release()
    {
        Assert.Equal("4.5", Layer.GetProperty("versions").GetProperty("layer").GetString());
        Assert.Equal("18", Layer.GetProperty("versions").GetProperty("attack").GetString());
        Assert.Equal("enterprise-attack", Layer.GetProperty("domain").GetString());
        Assert.False(string.IsNullOrWhiteSpace(Layer.GetProperty("name").GetString()));
    }

    [Fact]
    public void Every_technique_entry_is_well_formed_and_links_to_an_existing_page()
    {
        var site = Sites.Default;
        var tactics = TestKnowledgeBases.Pinned.Tactics.Select(t => t.ShortName).ToHashSet(StringComparer.Ordinal);
        var entries = Layer.GetProperty("techniques").EnumerateArray().ToArray();
        Assert.NotEmpty(entries);
        foreach (var e in entries)
        {
            string id = e.GetProperty("techniqueID").GetString()!;
            Assert.Matches(@"^T\d{4}(\.\d{3})?$", id);
            Assert.Contains(e.GetProperty("tactic").GetString()!, tactics);
            Assert.InRange(e.GetProperty("score").GetInt32(), 0, 4);
            Assert.Matches("^#[0-9a-f]{6}$", e.GetProperty("color").GetString()!);
            string url = e.GetProperty("links")[0].GetProperty("url").GetString()!;
            Assert.Equal(SitePaths.Technique(id), url);
            Assert.True(site.Exists(url), url);
        }
    }

    [Theory]
    [MemberData(nameof(CertificateCrossLinkTests.CertificateTechniques), MemberType = typeof(CertificateCrossLinkTests))]
    public void Certificate_techniques_are_scored_by_their_coverage(string id)
    {
        var entries = Layer.GetProperty("techniques").EnumerateArray().Where(e => e.GetProperty("techniqueID").GetString() == id).ToArray();
        Assert.NotEmpty(entries);
        var kb = Sites.Default.Kb;
        int expected = kb.Links.DetectionsFor(id).Count > 0 ? (kb.Links.TestsFor(id).Count > 0 ? 4 : 3) : kb.DetectionGapFor(id) is not null ? 2 : kb.Links.StrategiesFor(id).Count > 0 ? 1 : 0;
        Assert.All(entries, e => Assert.Equal(expected, e.GetProperty("score").GetInt32()));
    }

    [Fact]
    public void Layer_has_a_legend_for_every_score()
    {
        var legend = Layer.GetProperty("legendItems").EnumerateArray().Select(l => l.GetProperty("color").GetString()).ToArray();
        var colors = Layer.GetProperty("techniques").EnumerateArray().Select(e => e.GetProperty("color").GetString()).Distinct();
        Assert.All(colors, c => Assert.Contains(c, legend));
    }
}
