using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;
using AttackKb.Site.Markdown;
using AttackKb.Stix.Reading;

namespace AttackKb.Site.Tests.Markdown;

/// <summary>
/// A text is rendered once for every page that shows it and filled in per page (<see cref="MarkdownTemplate"/>): the
/// filled template must be, byte for byte, the text rendered for that page alone — for every text of the 18.1
/// release, on pages in different folders that number their references differently, and on a page that lacks one of
/// the text's sources (where that citation stays text).
/// </summary>
public class MarkdownTemplateTests
{
    private static readonly Lazy<AttackRelease> Release =
        new(() => AttackReleaseReader.Read(Corpus.EnterpriseBundle, new DiagnosticBag()));

    /// <summary>ATT&amp;CK's own pages are site paths (relative to each page), everything else is written as it is.
    /// </summary>
    private static LinkHref? Resolve(string url, LinkClass kind) =>
        url.StartsWith("https://attack.mitre.org/", StringComparison.Ordinal)
            ? new LinkHref(url["https://attack.mitre.org/".Length..] + ".html", IsSitePath: true)
            : new LinkHref(url);

    [Trait("Category", "Corpus")]
    [CorpusFact]
    public void A_shared_template_filled_for_a_page_equals_the_text_rendered_for_it()
    {
        var release = Release.Value;
        var texts = release.Relationships.Select(r => r.Description)
            .Concat(release.Techniques.Select(t => t.Description))
            .Concat(release.Others.Select(o => o.Description))
            .OfType<string>().Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Assert.True(texts.Length > 15_000, $"only {texts.Length} texts read");
        var mismatches = new List<string>();
        int withCitations = 0, withLinks = 0;
        foreach (string text in texts)
        {
            var shared = SafeMarkdown.Template(text, Resolve, _ => true, MarkdownContext.NoteHeadingLevel);
            string[] sources = CitationSyntax.Find(text).Where(c => c.Terminated).Select(c => c.Name)
                .Distinct(StringComparer.Ordinal).ToArray();
            if (sources.Length > 0) withCitations++;
            if (text.Contains("](https://attack.mitre.org/", StringComparison.Ordinal)) withLinks++;
            foreach (var page in Pages(sources))
            {
                string alone = SafeMarkdown.Render(text, page);
                string filled = shared.Fits(page.Citations)
                    ? shared.Fill(page.Citations, page.PageHref)
                    : SafeMarkdown.Template(text, Resolve, page.Citations.ContainsKey, MarkdownContext.NoteHeadingLevel)
                        .Fill(page.Citations, page.PageHref);
                if (filled != alone) mismatches.Add($"{text[..Math.Min(80, text.Length)]}\n  {filled}\n  {alone}");
            }
        }
        Assert.True(withCitations > 10_000 && withLinks > 5_000, $"{withCitations} cite, {withLinks} link");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ, e.g.\n{string.Join("\n", mismatches.Take(3))}");
    }

    /// <summary>
    /// Three pages showing the text: numbers in citation order in a folder, numbers reversed and shifted at the top
    /// level, and (when it cites any) a page that lacks its last source.
    /// </summary>
    private static IEnumerable<MarkdownContext> Pages(string[] sources)
    {
        yield return Page("techniques/T1.html", sources.Select((s, i) => (s, i + 1)));
        yield return Page("index.html", sources.Reverse().Select((s, i) => (s, i + 40)));
        if (sources.Length > 0)
            yield return Page("groups/G1.html", sources[..^1].Select((s, i) => (s, i + 7)));
    }

    private static MarkdownContext Page(string path, IEnumerable<(string Source, int Number)> numbers) => new()
    {
        ResolveLink = Resolve,
        PageHref = target => Output.SitePaths.Relative(path, target),
        Citations = numbers.ToDictionary(n => n.Source, n => n.Number, StringComparer.Ordinal),
    };
}
