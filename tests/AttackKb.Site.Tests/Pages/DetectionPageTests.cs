using System.Text.RegularExpressions;

namespace AttackKb.Site.Tests.Pages;

/// <summary>
/// The team's detection notes in the default site: each section once, their markdown rendered as markdown.
/// </summary>
public partial class DetectionPageTests
{
    public static TheoryData<string> TeamDetectionPages() =>
        new(Sites.Default.Pages()
            .Where(p => p.StartsWith("detections/DET-AKB-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    [Fact]
    public void All_seven_team_detection_notes_have_a_page()
    {
        Assert.Equal(7, TeamDetectionPages().Count);
    }

    [Theory]
    [MemberData(nameof(TeamDetectionPages))]
    public void Each_section_heading_appears_once(string page)
    {
        var headings = H2().Matches(Sites.Default.Read(page))
            .Select(m => m.Groups[1].Value).ToArray();
        Assert.Contains("Description", headings);
        Assert.Equal(headings.Distinct(StringComparer.OrdinalIgnoreCase).Count(), headings.Length);
    }

    /// <summary>An analytic's description is markdown: a code span is a code element, never raw backticks.</summary>
    [Theory]
    [MemberData(nameof(TeamDetectionPages))]
    public void Analytic_text_shows_no_raw_markdown(string page)
    {
        foreach (Match analytic in Analytic().Matches(Sites.Default.Read(page)))
        {
            string withoutQueries = Query().Replace(analytic.Value, "");
            Assert.DoesNotContain("`", withoutQueries, StringComparison.Ordinal);
            Assert.DoesNotContain("**", withoutQueries, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analytic_code_spans_render_as_code()
    {
        string analytics = Analytic().Matches(Sites.Default.Read("detections/DET-AKB-0001.html"))
            .Select(m => m.Value).Aggregate("", string.Concat);
        Assert.Contains(
            "<code>-w /usr/local/share/ca-certificates/ -p wa -k ca_trust</code>", analytics, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h2>([^<]*)</h2>")]
    private static partial Regex H2();

    [GeneratedRegex("<article class=\"analytic\".*?</article>", RegexOptions.Singleline)]
    private static partial Regex Analytic();

    [GeneratedRegex("<pre class=\"code\">.*?</pre>", RegexOptions.Singleline)]
    private static partial Regex Query();
}
