using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// On the default KB's site: groups, software and campaigns name each other (with the relationship's text), linked
/// both ways when both have pages; the Navigator layer names each technique's mitigations and procedure examples and
/// links to the object indexes; the credits page says which texts are MITRE's.
/// </summary>
public class ObjectCrossLinkTests
{
    [Fact]
    public void Related_groups_software_and_campaigns_link_both_ways_or_are_named_as_text()
    {
        var rows = SiteChecks.RelatedRows(Sites.Default);
        Assert.Contains(rows, r => r.Link is not null);
        Assert.Contains(rows, r => r.Link is null);
        Assert.Empty(SiteChecks.RelatedObjectsNotLinkedBack(Sites.Default));
    }

    [Theory]
    [InlineData("groups/G0016.html", "software", "S0002", "../software/S0002.html#o-G0016")]
    [InlineData("groups/G0016.html", "campaigns", "C0024", "../campaigns/C0024.html#o-G0016")]
    [InlineData("software/S0002.html", "groups", "G0016", "../groups/G0016.html#o-S0002")]
    [InlineData("campaigns/C0024.html", "groups", "G0016", "../groups/G0016.html#o-C0024")]
    public void An_object_page_lists_each_related_object_the_release_names(
        string page, string section, string otherId, string href)
    {
        var release = TestKnowledgeBases.Pinned;
        var self = release.Find(Path.GetFileNameWithoutExtension(page))!;
        string html = Section(Sites.Default.Read(page), section);
        Assert.Contains($"""<tr id="o-{otherId}"><td><a href="{href}">""", html, StringComparison.Ordinal);
        // Every live group, software or campaign the release joins to it (uses, attributed-to), counted from it.
        string kind = section switch { "groups" => "group", "software" => "software", _ => "campaign" };
        var expected = release.RelationshipsFrom(self.StixId).Select(r => r.TargetStixId)
            .Concat(release.RelationshipsTo(self.StixId).Select(r => r.SourceStixId))
            .Select(release.FindByStixId)
            .OfType<AttackObject>()
            .Where(o => !o.Revoked && !o.Deprecated && AttackKind.Of(o) == kind)
            .Select(o => o.Id).Distinct().ToArray();
        Assert.NotEmpty(expected);
        foreach (string id in expected) Assert.Contains($"""<tr id="o-{id}">""", html, StringComparison.Ordinal);
        Assert.Contains($"({expected.Length})</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_object_without_a_page_is_named_by_its_id_never_linked()
    {
        Assert.False(Sites.Default.Exists("software/S0029.html"));
        string html = Section(Sites.Default.Read("groups/G0016.html"), "software");
        Assert.Contains("""<tr id="o-S0029"><td><span class="id">S0029</span></td><td>PsExec</td>""", html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Layer_entries_name_mitigations_and_procedure_counts_and_link_to_their_sections()
    {
        var layer = JsonDocument.Parse(Sites.Default.Read(SitePaths.Layer)).RootElement;
        var entry = layer.GetProperty("techniques").EnumerateArray()
            .First(e => e.GetProperty("techniqueID").GetString() == "T1553.004");
        var metadata = entry.GetProperty("metadata").EnumerateArray().ToArray();
        // Layer format 4.5: a metadata entry is {name, value} or {divider: true}; a link is {label, url}.
        Assert.All(metadata, m => Assert.True(
            m.TryGetProperty("divider", out var d) ? d.GetBoolean() && m.EnumerateObject().Count() == 1
                : m.EnumerateObject().Select(p => p.Name).SequenceEqual(["name", "value"])));
        var named = metadata.Where(m => m.TryGetProperty("name", out _))
            .Select(m => (m.GetProperty("name").GetString(), m.GetProperty("value").GetString())).ToArray();
        Assert.Contains(("Procedure examples", "4 (0 groups, 4 software, 0 campaigns)"), named);
        Assert.Contains(("Mitigation", "M1028 Operating System Configuration"), named);
        Assert.Contains(("Mitigation", "M1054 Software Configuration"), named);
        var urls = entry.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()!).ToArray();
        string page = SitePaths.Technique("T1553.004");
        Assert.Equal([page, page + "#procedures", page + "#mitigations"], urls);
        string html = Sites.Default.Read(page);
        Assert.Contains("""<section id="procedures">""", html, StringComparison.Ordinal);
        Assert.Contains("""<section id="mitigations">""", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Layer_links_to_every_object_index_the_site_has()
    {
        var layer = JsonDocument.Parse(Sites.Default.Read(SitePaths.Layer)).RootElement;
        var urls = layer.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("url").GetString()!).ToArray();
        Assert.Equal(SitePaths.Home, urls[0]);
        string[] indexes = [SitePaths.Mitigations, SitePaths.Groups, SitePaths.Software, SitePaths.Campaigns];
        foreach (string index in indexes) Assert.Contains(index, urls);
        Assert.All(urls, url => Assert.True(Sites.Default.Exists(url), url));
    }

    [Fact]
    public void Credits_say_which_texts_are_mitres_and_whose_sources_they_cite()
    {
        string html = Sites.Default.Read(SitePaths.Credits);
        Assert.Contains(AttackKb.Site.Html.HtmlText.Escape(AttackNotice.TextsAreMitre), html, StringComparison.Ordinal);
        Assert.Contains(AttackKb.Site.Html.HtmlText.Escape(AttackNotice.Designation), html, StringComparison.Ordinal);
    }

    private static string Section(string html, string id)
    {
        int start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
