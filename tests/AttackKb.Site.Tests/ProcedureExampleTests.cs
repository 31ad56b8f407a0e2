using System.Net;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// ATT&amp;CK's procedure examples and mitigations on the default KB's technique page for T1553.004 (the example,
/// as `show T1553.004` lists them), and their own pages linking back.
/// </summary>
public class ProcedureExampleTests
{
    private static string Page => Sites.Default.Read(SitePaths.Technique("T1553.004"));

    [Theory]
    [InlineData("mitigations", "M1028", "Operating System Configuration")]
    [InlineData("mitigations", "M1054", "Software Configuration")]
    [InlineData("procedures", "S0160", "certutil")]
    [InlineData("procedures", "S0281", "Dok")]
    [InlineData("procedures", "S0009", "Hikit")]
    [InlineData("procedures", "S0148", "RTM")]
    public void Technique_page_lists_the_object_with_its_text_and_its_page_links_back(
        string section, string id, string name)
    {
        var release = TestKnowledgeBases.Pinned;
        var o = release.Find(id)!;
        var technique = release.Technique("T1553.004")!;
        var relationship = release.RelationshipsFrom(o.StixId)
            .Single(r => r.TargetStixId == technique.StixId && r.Type is "uses" or "mitigates");
        string html = SectionOf(Page, section);
        string folder = section == "mitigations" ? "mitigations" : "software";
        Assert.Contains($"""href="../{folder}/{id}.html#t-T1553.004">""", html, StringComparison.Ordinal);
        Assert.Contains($"<td>{WebUtility.HtmlEncode(name)}</td>", html, StringComparison.Ordinal);
        // The procedure text's first words (markdown rendered: its links and citations become markup).
        string firstWords = string.Join(' ', relationship.Description!.Split(' ').Skip(1).Take(3));
        Assert.Contains(WebUtility.HtmlEncode(firstWords), html, StringComparison.Ordinal);

        string objectPage = Sites.Default.Read($"{folder}/{id}.html");
        Assert.Contains(
            """<tr id="t-T1553.004"><td><a href="../techniques/T1553.004.html">""", objectPage, StringComparison.Ordinal);
    }

    [Fact]
    public void Procedure_citations_link_to_the_page_references_which_include_the_relationship_references()
    {
        string procedures = SectionOf(Page, "procedures");
        string references = SectionOf(Page, "references");
        var cited = HtmlLinks.Hrefs(procedures).Where(h => h.StartsWith("#ref-", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(cited);
        foreach (string href in cited)
            Assert.Contains($"""<li id="{href[1..]}">""", references, StringComparison.Ordinal);
        var rtm = TestKnowledgeBases.Pinned.Find("S0148")!;
        var source = TestKnowledgeBases.Pinned.RelationshipsFrom(rtm.StixId)
            .SelectMany(r => r.References).First().SourceName;
        Assert.Contains(WebUtility.HtmlEncode(source), references, StringComparison.Ordinal);
    }

    [Fact]
    public void Technique_page_says_which_technique_it_replaces()
    {
        Assert.Contains("T1130 Install Root Certificate (revoked by T1553.004)", Page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_teams_own_mappings_are_shown_beside_attacks_and_marked_as_the_teams()
    {
        var site = Sites.Generate(RepoPaths.Cases("AttackKb.Core.Tests", "lint", "mappings", "kb", "pass"));
        string html = SectionOf(site.Read(SitePaths.Technique("T1553.004")), "team-mappings");
        Assert.Contains("<h2>The team's own mappings</h2>", html, StringComparison.Ordinal);
        foreach (string id in new[] { "M1028", "G0016", "S0160" })
            Assert.Contains(id, html, StringComparison.Ordinal);
        Assert.Contains("<td>the team's note</td>", html, StringComparison.Ordinal);
    }

    private static string SectionOf(string html, string id)
    {
        int start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
