using AttackKb.Site.Markdown;

namespace AttackKb.Site.Tests.Markdown;

/// <summary>
/// Citations on the site go through the reader's grammar as a Markdig inline parser and renderer
/// (cases/markdown/citations.txt): numbered where the page lists the source, code where they stand in code.
/// </summary>
public class SafeMarkdownCitationTests
{
    public static TheoryData<int, string, string> Cases =>
        GrammarCases.Read(RepoPaths.Cases("AttackKb.Site.Tests", "markdown", "citations.txt"));

    private static readonly MarkdownContext Page = new()
    {
        ResolveLink = (url, _) => new LinkHref(url),
        Citations = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["A"] = 1, ["Foo_Bar *x*"] = 2, ["Müller 2024"] = 3,
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Citations_render_as_the_case_file_says(int line, string markdown, string expected)
    {
        GrammarCases.AssertFound(line, expected, [SafeMarkdown.Render(markdown, Page)]);
    }

    [Fact]
    public void Without_references_every_citation_stays_text() =>
        Assert.Equal("<p>Seen.(Citation: A)</p>\n",
            SafeMarkdown.Render("Seen.(Citation: A)", Page with { Citations = new Dictionary<string, int>() }));
}
