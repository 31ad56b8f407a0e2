using AttackKb.Core.Validation;
using AttackKb.Site;
using AttackKb.Site.Markdown;
using AttackKb.Stix.Writing;

namespace AttackKb.Cli.Tests.Properties;

/// <summary>
/// Inputs that once crashed a stage (found by hand or by <see cref="NeverCrashProperties"/>), kept as case folders
/// cases/crash-*/kb so they stay fixed: the lint report (then the site's diagnostics) must match expected.txt, and no
/// stage may report an internal error or throw.
/// </summary>
public class CrashCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(RepoPaths.Cases("AttackKb.Cli.Tests"), "crash-*").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_reported_located_and_no_stage_crashes(string name)
    {
        string folder = RepoPaths.Cases("AttackKb.Cli.Tests", name);
        var kb = TestKnowledgeBases.Load(Path.Combine(folder, "kb"));
        var lint = Validator.Run(kb);
        var site = SiteGenerator.Generate(kb, new SiteOptions { Parallel = false }, RepoPaths.TempFolder(name));
        StixExport.Write(kb, new StixOptions(StixOptions.DefaultOwner, StixOptions.DefaultMarking), lint);

        string report = string.Concat(lint.Diagnostics.Concat(site.Diagnostics).Select(d => d + "\n"));
        Golden.AssertMatches(Path.Combine(folder, "expected.txt"), report);
        Assert.False(lint.HadInternalError, report);
        Assert.DoesNotContain(site.Diagnostics, d => d.Id == "AKB7106");
    }

    /// <summary>
    /// The site's own guard (pre-scan, then the exact depth of the parsed document) for text that reaches rendering
    /// without the reader's check: shown verbatim, escaped, never a Markdig exception.
    /// </summary>
    [Theory]
    [InlineData(">", " deep")]      // the pre-scan stops it
    [InlineData("[<http://a]>", "")] // brackets "closed" inside autolinks: the pre-scan stops it
    [InlineData("]`[][<", "")]       // a shape the pre-scan estimates too low: the parsed depth stops it
    public void Markdown_too_deep_to_render_is_published_verbatim(string unit, string tail)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 300)) + tail;
        string html = SafeMarkdown.Render(text, new MarkdownContext { ResolveLink = (url, _) => new LinkHref(url) });
        Assert.Equal("<pre>" + AttackKb.Site.Html.HtmlText.Escape(text) + "</pre>\n", html);
    }
}
