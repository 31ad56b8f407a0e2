using System.Globalization;
using System.Text.RegularExpressions;
using AttackKb.Site.Output;

namespace AttackKb.Site.Tests;

/// <summary>
/// Faithful text and content-first pages on the site of every Enterprise 18.1 technique (issue 13): MITRE's HTML is
/// markdown by the time a page is written, and references are numbered as a reader meets them.
/// </summary>
public partial class AllTechniquesSiteTests
{
    /// <summary>The all-18.1 site, for the browser tests that read it.</summary>
    internal static GeneratedSite AllTechniquesSite => Site.Value;

    /// <summary>
    /// No HTML element shows as escaped text. Placeholders MITRE writes in angle brackets (<c>&lt;username&gt;</c>)
    /// are text and may show; HTML element names may not.
    /// </summary>
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void No_page_shows_an_escaped_tag()
    {
        var site = Site.Value;
        var found = site.Pages()
            .SelectMany(page => EscapedTag().Matches(site.Read(page)).Select(m => $"{page}: {m.Value}"))
            .ToArray();
        Assert.True(found.Length == 0, $"{found.Length} escaped tags, e.g.\n{string.Join("\n", found.Take(10))}");
        string powershell = site.Read(SitePaths.Technique("T1059.001"));
        Assert.Contains("<code>Start-Process</code>", powershell, StringComparison.Ordinal);
    }

    /// <summary>
    /// The first citation on a page is [1], the next new one [2]…; the ATT&amp;CK self-reference is no entry.
    /// </summary>
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void References_are_numbered_by_first_citation()
    {
        var site = Site.Value;
        int pagesWithCitations = 0;
        foreach (var t in TestKnowledgeBases.Pinned.Techniques.Where(t => !t.Revoked && !t.Deprecated))
        {
            string html = site.Read(SitePaths.Technique(t.Id));
            if (AssertNumberedByFirstCitation(SitePaths.Technique(t.Id), html)) pagesWithCitations++;
            string references = ReferencesSection().Match(html).Value;
            Assert.DoesNotContain(">mitre-attack</a>", references, StringComparison.Ordinal);
        }
        Assert.True(pagesWithCitations > 600, $"{pagesWithCitations} pages with citations");
    }

    /// <summary>
    /// Group, software, campaign and mitigation pages (each page of a long list) and the full procedure lists number
    /// their references the same way.
    /// </summary>
    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Object_and_procedure_list_pages_number_references_by_first_citation()
    {
        var site = Site.Value;
        string[] folders = ["groups/", "software/", "campaigns/", "mitigations/", "procedures/"];
        var pages = site.Pages().Where(page => folders.Any(f => page.StartsWith(f, StringComparison.Ordinal)))
            .ToArray();
        int pagesWithCitations = pages.Count(page => AssertNumberedByFirstCitation(page, site.Read(page)));
        Assert.True(pagesWithCitations > 900, $"{pagesWithCitations} of {pages.Length} pages with citations");
    }

    /// <summary>Asserts the page's citations are first met as [1], [2], [3]…; false when it has none.</summary>
    private static bool AssertNumberedByFirstCitation(string page, string html)
    {
        var firstSeen = CitationLink().Matches(html)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToArray();
        Assert.True(firstSeen.SequenceEqual(Enumerable.Range(1, firstSeen.Length)),
            $"{page}: citations first met in the order {string.Join(",", firstSeen.Take(12))}");
        return firstSeen.Length > 0;
    }

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void Sub_technique_pages_list_their_siblings_and_dates_are_dates()
    {
        string html = Site.Value.Read(SitePaths.Technique("T1059.001"));
        Assert.Contains(
            "<section id=\"siblings\"><h2>Other sub-techniques of T1059</h2>", html, StringComparison.Ordinal);
        string siblings = Regex.Match(html, "<section id=\"siblings\">.*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("T1059.003", siblings, StringComparison.Ordinal);
        Assert.Matches("<dt>Created</dt><dd>\\d{4}-\\d{2}-\\d{2}</dd>", html);
        Assert.True(html.IndexOf("<section id=\"s-description\"", StringComparison.Ordinal)
            < html.IndexOf("<section id=\"detections\"", StringComparison.Ordinal));
    }

    /// <summary>Escaped HTML element names; the first group of this list is what MITRE's text uses.</summary>
    [GeneratedRegex(@"&lt;/?(?:code|br|b|i|em|strong|a|sup|sub|p|pre|span|div|ul|ol|li|table|tr|td|img)(?:\s|/?&gt;)",
        RegexOptions.IgnoreCase)]
    private static partial Regex EscapedTag();

    [GeneratedRegex("<sup class=\"cite\"><a href=\"#ref-(\\d+)\">")]
    private static partial Regex CitationLink();

    [GeneratedRegex("<section id=\"references\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex ReferencesSection();
}
