using System.Text.RegularExpressions;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>Untrusted note text (cases/hostile): the site is generated, nothing unsafe reaches it, nothing escapes the folder.</summary>
public class HostileSiteTests
{
    private static readonly Lazy<GeneratedSite> Hostile = new(() => Sites.Generate(RepoPaths.Cases("AttackKb.Site.Tests", "hostile", "kb")));

    [Fact]
    public void The_site_is_generated_and_passes_every_check()
    {
        var site = Hostile.Value;
        Assert.True(site.Exists(SitePaths.Technique("T1553.004")));
        Assert.Empty(SiteChecks.BrokenLinks(site));
        Assert.Empty(SiteChecks.UnsafeOrInvalid(site));
    }

    [Fact]
    public void No_markup_from_notes_reaches_a_page()
    {
        var site = Hostile.Value;
        foreach (string page in site.Pages())
        {
            string html = site.Read(page);
            Assert.DoesNotMatch(new Regex("<(img|iframe|svg|div onclick|b>bold)", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("""href="(javascript|data|vbscript):|href="//""", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex("<script>alert", RegexOptions.IgnoreCase), html);
        }
        // The text stays readable, escaped.
        Assert.Contains("&lt;script&gt;alert('raw')&lt;/script&gt;", site.Read(SitePaths.Technique("T1553.004")));
    }

    [Fact]
    public void Allowed_links_are_kept_and_relative_links_map_to_site_pages()
    {
        string page = Hostile.Value.Read(SitePaths.Technique("T1553.004"));
        Assert.Contains("href=\"mailto:cti@example.org\"", page);
        Assert.Contains("href=\"https://example.org/?a=1&amp;b=%3C2%3E\"", page);
        Assert.Contains("href=\"T1553.004.html\"", page);     // ../notes/T1553.004.md, the note's own page
        Assert.DoesNotContain("passwd", HtmlLinks.Hrefs(page).Aggregate("", string.Concat));
    }

    [Fact]
    public void Unpublished_links_and_bad_hub_entries_are_reported_with_their_location()
    {
        var codes = Hostile.Value.Result.Diagnostics.Select(d => $"{d.Id} {d.Location?.Path}:{d.Location?.Line}").ToArray();
        Assert.Contains("AKB7101 notes/T1553.004.md:18", codes);
        Assert.Contains("AKB7101 detections/evil-1.md:14", codes);
        Assert.Contains("AKB7102 notes/T1553.004.md:22", codes);
        Assert.Contains(codes, c => c.StartsWith("AKB7104 ", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.StartsWith("AKB7105 ", StringComparison.Ordinal));
        Assert.Equal(5, codes.Count(c => c.StartsWith("AKB7101 notes/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_file_stays_inside_the_output_folder_and_duplicate_ids_get_their_own_pages()
    {
        var site = Hostile.Value;
        Assert.All(site.Files(), f => Assert.DoesNotContain("..", f));
        Assert.All(site.Files(), f => Assert.Matches("^[A-Za-z0-9_./-]+$", f));
        Assert.True(site.Exists("detections/DET-EVIL-1.html"));
        Assert.True(site.Exists("detections/DET-EVIL-1-2.html"));
        Assert.Equal(3, site.Pages().Count(p => p.StartsWith("detections/", StringComparison.Ordinal) && p != SitePaths.Detections));
    }

    [Fact]
    public void Generation_refuses_to_write_into_the_knowledge_base()
    {
        string kb = RepoPaths.Cases("AttackKb.Site.Tests", "hostile", "kb");
        var loaded = TestKnowledgeBases.Load(kb);
        Assert.Throws<ArgumentException>(() => SiteGenerator.Generate(loaded, SiteOptions.Default, Path.Combine(kb, "out")));
        Assert.Throws<ArgumentException>(() => SiteGenerator.Generate(loaded, SiteOptions.Default, Path.GetDirectoryName(kb)!));
        Assert.False(Directory.Exists(Path.Combine(kb, "out")));
    }
}

/// <summary>A note too long for a phone-sized technique page: the page is still written, and the budget is reported.</summary>
public class PageBudgetTests
{
    [Fact]
    public void A_technique_page_over_50_kB_is_written_and_reported_as_AKB7103()
    {
        string kb = RepoPaths.TempFolder("huge-note");
        string paragraph = string.Concat(Enumerable.Repeat("Adversaries may install a root certificate to subvert trust. ", 20)) + "\n\n";
        File.WriteAllText(Path.Combine(kb, "T1553.004.md"),
            "---\nkind: technique\nmitre_attack_url: https://attack.mitre.org/techniques/T1553/004\nname: Install Root Certificate\n---\n\n# Install Root Certificate\n\n## Description\n" +
            string.Concat(Enumerable.Repeat(paragraph, 60)));

        var site = Sites.Generate(kb);

        long size = new FileInfo(site.PathOf(SitePaths.Technique("T1553.004"))).Length;
        Assert.True(size > 50 * 1024);
        var d = Assert.Single(site.Result.Diagnostics, d => d.Id == "AKB7103");
        Assert.Equal("T1553.004.md", d.Location?.Path);
        Assert.Contains(size.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message);
    }
}
