using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>The site of the default KB in data/: complete, linked, safe, small.</summary>
public class DefaultSiteTests
{
    [Fact]
    public void Every_internal_link_resolves()
    {
        Assert.Empty(SiteChecks.BrokenLinks(Sites.Default));
    }

    [Fact]
    public void Every_page_keeps_the_safety_and_markup_rules()
    {
        Assert.Empty(SiteChecks.UnsafeOrInvalid(Sites.Default));
    }

    [Fact]
    public void Generation_reports_no_site_diagnostics_for_the_default_kb()
    {
        Assert.Empty(Sites.Default.Result.Diagnostics);
    }

    [Theory]
    [InlineData(SitePaths.Home)]
    [InlineData(SitePaths.Matrix)]
    [InlineData(SitePaths.Techniques)]
    [InlineData(SitePaths.Detections)]
    [InlineData(SitePaths.DataComponents)]
    [InlineData(SitePaths.Tactics)]
    [InlineData(SitePaths.Rules)]
    [InlineData(SitePaths.Search)]
    [InlineData(SitePaths.NotFound)]
    [InlineData(SitePaths.Layer)]
    [InlineData(SitePaths.Robots)]
    [InlineData(SitePaths.SearchIndex)]
    [InlineData("tactics/TA0005.html")]
    [InlineData("data-components/DC0063.html")]
    [InlineData("attack/DET0056.html")]
    [InlineData("detections/DET-AKB-0001.html")]
    [InlineData("tests/T1553.002.html")]
    public void The_site_has_its_fixed_and_model_pages(string path)
    {
        Assert.True(Sites.Default.Exists(path), path);
    }

    [Fact]
    public void Technique_pages_stay_within_50_kB()
    {
        var site = Sites.Default;
        foreach (string page in site.Pages().Where(p => p.StartsWith("techniques/T", StringComparison.Ordinal)))
            Assert.True(new FileInfo(site.PathOf(page)).Length <= 50 * 1024, $"{page} is over 50 kB");
    }

    [Fact]
    public void Rules_page_lists_every_diagnostic_code()
    {
        string rules = Sites.Default.Read(SitePaths.Rules);
        foreach (var d in Core.Diagnostics.DiagnosticCatalog.All)
            Assert.Contains($"id=\"{d.Id}\"", rules);
    }

    [Fact]
    public void Technique_page_shows_the_notes_facts_references_and_the_official_link()
    {
        var site = Sites.Default;
        var note = site.Kb.NotesFor("T1553.004").Single();
        string page = site.Read(SitePaths.Technique("T1553.004"));
        Assert.Contains(note.StixId.Required("STIX id"), page);
        Assert.Contains("href=\"https://attack.mitre.org/techniques/T1553/004\"", page);
        Assert.Contains("<section id=\"references\">", page);
        Assert.Matches("<sup class=\"cite\"><a href=\"#ref-[0-9]+\">\\[[0-9]+\\]</a></sup>", page);
        for (int i = 1; i <= note.References.Count; i++) Assert.Contains($"id=\"ref-{i}\"", page);
        Assert.Contains("href=\"../tactics/TA0005.html\"", page);
        Assert.Contains("href=\"T1553.html\"", page);
        Assert.Contains("<dt>Domains</dt><dd>enterprise-attack</dd>", page);
        Assert.Contains("<dt>Contributors</dt><dd>" + string.Join("; ", note.Contributors.Select(c => System.Net.WebUtility.HtmlEncode(c.Value))) + "</dd>", page);
    }

    [Fact]
    public void Citations_of_a_note_without_a_reference_list_link_to_the_releases_references()
    {
        // The dialect-B seed cites "(Citation: Splunk Kovar Certificates 2017)" but lists no references of its own.
        var site = Sites.Default;
        Assert.Empty(site.Kb.NotesFor("T1587.003").Single().References);
        string page = site.Read(SitePaths.Technique("T1587.003"));
        var cite = System.Text.RegularExpressions.Regex.Match(page, "<sup class=\"cite\"><a href=\"#(ref-[0-9]+)\">");
        Assert.True(cite.Success, "no linked citation");
        Assert.Matches($"<li id=\"{cite.Groups[1].Value}\"><a class=\"ext\" href=\"https://[^\"]+\">Splunk Kovar Certificates 2017</a>", page);
        Assert.DoesNotContain(">mitre-attack<", page);
    }

    [Fact]
    public void Every_page_links_to_the_navigator_layer_from_the_hub_and_the_matrix()
    {
        Assert.Contains("href=\"coverage.json\"", Sites.Default.Read(SitePaths.Home));
        Assert.Contains("href=\"coverage.json\"", Sites.Default.Read(SitePaths.Matrix));
    }
}

/// <summary>The site's base URL: only the links that cannot be relative use it.</summary>
public class BaseUrlTests
{
    private static readonly Lazy<GeneratedSite> WithBaseUrl = new(() =>
        Sites.Generate(RepoPaths.Data, options: SiteOptions.Default.WithBaseUrl("https://cti.example/kb", "test")));

    [Fact]
    public void The_404_page_links_absolutely_and_every_other_page_relatively()
    {
        var site = WithBaseUrl.Value;
        string notFound = site.Read(SitePaths.NotFound);
        Assert.Contains("href=\"https://cti.example/kb/assets/style.css\"", notFound);
        Assert.Contains("href=\"https://cti.example/kb/techniques/index.html\"", notFound);
        Assert.All(site.Pages().Where(p => p != SitePaths.NotFound), p => Assert.DoesNotContain("https://cti.example/", site.Read(p)));
        Assert.Contains("\"url\": \"https://cti.example/kb/techniques/T1553.004.html\"", site.Read(SitePaths.Layer));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//cti.example/")]
    [InlineData("https://cti.example/kb?x=\"><script>")]
    [InlineData("ftp://cti.example/")]
    public void Only_http_urls_are_accepted(string url)
    {
        Assert.Throws<Core.Config.ConfigException>(() => SiteOptions.Default.WithBaseUrl(url, "test"));
    }
}

/// <summary>The built-in hub on a KB that is not about certificates.</summary>
public class BuiltInHubTests
{
    [Fact]
    public void Without_a_configured_hub_or_a_release_the_hub_says_how_to_choose_and_nothing_is_reported()
    {
        string kb = RepoPaths.TempFolder("no-config-kb");
        File.WriteAllText(Path.Combine(kb, "T1059.md"),
            "---\nkind: technique\nmitre_attack_url: https://attack.mitre.org/techniques/T1059\nname: Command and Scripting Interpreter\n---\n\n# Command and Scripting Interpreter\n");
        var loaded = AttackKb.Notes.Loading.KnowledgeBaseLoader.Load(kb, Core.Config.KbConfig.Default, release: null);
        string output = RepoPaths.TempFolder("no-config-site");

        var result = SiteGenerator.Generate(loaded, SiteOptions.Default, output);

        Assert.Empty(result.Diagnostics);
        string hub = File.ReadAllText(Path.Combine(output, SitePaths.Home));
        Assert.Contains("none of the certificate techniques", hub);
        Assert.DoesNotContain("class=\"card", hub);
    }

    [Fact]
    public void With_a_release_the_built_in_hub_follows_every_certificate_technique_it_knows()
    {
        string kb = RepoPaths.TempFolder("no-config-kb");
        var site = Sites.Generate(kb);   // no notes, the pinned 18.1 catalog
        Assert.Empty(site.Result.Diagnostics);
        string hub = site.Read(SitePaths.Home);
        foreach (string id in SiteOptions.DefaultHub) Assert.Contains($"id=\"{id}\"", hub);
    }
}
